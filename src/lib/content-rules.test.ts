import { describe, expect, it } from 'vitest';
import {
  numbersIn,
  unsourcedNumbers,
  avoidHits,
  isAuthoritative,
  phoneNumbers,
  TRIAGE,
  typedWeeklyHours,
} from './content-rules';

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
      '555-123-4567',
      '(555) 765-4321',
      '988',
      '741741',
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
  it('finds hand-typed weekly hour figures but not daily ones or data-driven ones', () => {
    expect(typedWeeklyHours('IOP is 9 hours a week. PHP is 20 or more hours per week.')).toEqual([
      '9 hours a week',
      '20 or more hours per week',
    ]);
    expect(typedWeeklyHours('Teens spend 6 to 19 hours of treatment each week.')).toEqual([
      '6 to 19 hours of treatment each week',
    ]);
    expect(typedWeeklyHours('About 3 hours a day, 3 to 5 days a week. Within 72 hours.')).toEqual([]);
    expect(typedWeeklyHours('at least <N k="iop.hours.adults.min" /> hours a week')).toEqual([]);
  });
});

describe('numbers in FAQ answers', () => {
  it('finds the numbers a reader sees, not link targets or level keys', () => {
    expect(
      numbersIn(
        'You have 180 days. In 2011, 39% to 59% won. See [42 CFR Part 2](/glossary/#42-cfr-part-2) and <N k="iop.hours.adults.min" />. 1,250 hours.',
      ),
    ).toEqual(['180', '2011', '39', '59', '42', '2', '1250']);
  });
  it('lists only the numbers no source or article states', () => {
    expect(
      unsourcedNumbers('Appeal within 180 days, or 60 days for Medicare Advantage.', [
        'ACA plans: 180 days',
        'Medicare Advantage: 600 days',
      ]),
    ).toEqual(['60']);
    expect(unsourcedNumbers('No numbers here.', [])).toEqual([]);
  });
});
