// The acronym rule: letters used before the words they stand for are reported; spelled-out first uses pass.
import { describe, expect, it } from 'vitest';
import { ACRONYMS, acronymsUsedEarly } from './acronyms';

describe('acronymsUsedEarly', () => {
  it('passes an acronym spelled out at its first use, in any case, with & for and', () => {
    expect(acronymsUsedEarly('An intensive outpatient program (IOP) meets often. IOPs vary.')).toEqual([]);
    expect(acronymsUsedEarly('The Centers for Medicare and Medicaid Services (CMS) said so. CMS agrees.')).toEqual([]);
    expect(acronymsUsedEarly('Medicaid and the Children’s Health Insurance Program (CHIP) must answer.')).toEqual([]);
  });
  it('reports an acronym used before, or without, its words, with where', () => {
    expect(
      acronymsUsedEarly(
        "SAMHSA's helpline is free. The Substance Abuse and Mental Health Services Administration runs it.",
      ),
    ).toEqual([
      {
        short: 'SAMHSA',
        long: 'Substance Abuse and Mental Health Services Administration',
        at: "SAMHSA's helpline is free. The Subst",
      },
    ]);
    expect(acronymsUsedEarly('Ask about DBT and CBT.').map((a) => a.short)).toEqual(['DBT', 'CBT']);
  });
  it('does not take a longer acronym or a word for a shorter one', () => {
    expect(
      acronymsUsedEarly('Trauma-focused cognitive behavioral therapy (TF-CBT) helps. VAT and IOPX are not ours.'),
    ).toEqual([]);
  });
  it('checks Spanish pages only for acronyms with Spanish words, in Spanish or English', () => {
    expect(acronymsUsedEarly('El IOP es un programa intensivo ambulatorio.', 'es').map((a) => a.short)).toEqual([
      'IOP',
    ]);
    expect(acronymsUsedEarly('Un programa intensivo ambulatorio (IOP). La EEOC.', 'es')).toEqual([]);
  });
  it('lists each acronym once', () => {
    const letters = ACRONYMS.map((a) => a.short);
    expect(new Set(letters).size).toBe(letters.length);
  });
});
