import { describe, expect, it } from 'vitest';
import { avoidHits, isAuthoritative, phoneNumbers, TRIAGE } from './content-rules';

describe('content rules', () => {
  it('finds stigmatizing words but allows official names', () => {
    expect(avoidHits('Many addicts suffer from stigma.')).toHaveLength(2);
    expect(avoidHits('The Substance Abuse and Mental Health Services Administration runs a helpline.')).toEqual([]);
    expect(avoidHits('Groups like Alcoholics Anonymous meet weekly.')).toEqual([]);
    expect(avoidHits('Avoid substance abuse wording.')).toEqual(['"substance abuse" (use: substance use)']);
    expect(avoidHits('TIP 47: Substance Abuse: Clinical Issues in Intensive Outpatient Treatment')).toEqual([]);
  });
  it('finds phone numbers and short codes', () => {
    expect(phoneNumbers('Call 555-123-4567 or (555) 765-4321 now. Or call 988, or text 741741.')).toEqual([
      '555-123-4567', '(555) 765-4321', '988', '741741',
    ]);
    expect(phoneNumbers('At least 9 hours a week since 2024.')).toEqual([]);
  });
  it('accepts government and journal hosts, rejects treatment-center sites', () => {
    expect(isAuthoritative('https://www.medicare.gov/coverage/x')).toBe(true);
    expect(isAuthoritative('https://pmc.ncbi.nlm.nih.gov/articles/PMC1/')).toBe(true);
    expect(isAuthoritative('https://americanaddictioncenters.org/rehab')).toBe(false);
    expect(isAuthoritative('https://www.aetna.com/asam')).toBe(false);
  });
  it('flags triage wording', () => {
    expect(TRIAGE.some((re) => re.test('Based on this, you need IOP.'))).toBe(true);
    expect(TRIAGE.some((re) => re.test('A clinician can help you decide.'))).toBe(false);
  });
});
