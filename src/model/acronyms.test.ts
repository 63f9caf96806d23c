// The acronym rule: letters used before the words they stand for are reported; spelled-out first uses pass.
import { describe, expect, it } from 'vitest';
import { ACRONYMS, acronymsUsedEarly, spellOutIn } from './acronyms';

describe('acronymsUsedEarly', () => {
  it('passes an acronym spelled out at its first use, in any case, with & for and', () => {
    expect(acronymsUsedEarly('An intensive outpatient program (IOP) meets often. IOPs vary.')).toEqual([]);
    expect(acronymsUsedEarly('The Centers for Medicare and Medicaid Services (CMS) said so. CMS agrees.')).toEqual([]);
    expect(acronymsUsedEarly('Medicaid and the Children’s Health Insurance Program (CHIP) must answer.')).toEqual([]);
  });
  it('passes the words in brackets right after the letters, and only there', () => {
    expect(acronymsUsedEarly('Paying for IOP (intensive outpatient program) yourself.')).toEqual([]);
    expect(acronymsUsedEarly('Pagar un IOP ( programa intensivo ambulatorio ) usted mismo.', 'es')).toEqual([]);
    expect(acronymsUsedEarly('Ask about IOP (it varies). An intensive outpatient program is...')).toHaveLength(1);
    expect(acronymsUsedEarly('Ask about IOP. (An intensive outpatient program is...)')).toHaveLength(1);
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

describe('spellOutIn', () => {
  it('spells out, at its first use in the title, an acronym the sheet never spells out', () => {
    expect(spellOutIn('Paying for IOP yourself: IOP bills', 'Ask for an estimate.')).toBe(
      'Paying for IOP (intensive outpatient program) yourself: IOP bills',
    );
    expect(spellOutIn('IOP vs PHP', 'Levels of care.')).toBe(
      'IOP (intensive outpatient program) vs PHP (partial hospitalization)',
    );
    expect(spellOutIn('Cómo pagar un IOP usted mismo', 'Pida un estimado.', 'es')).toBe(
      'Cómo pagar un IOP (programa intensivo ambulatorio) usted mismo',
    );
  });
  it('leaves the title alone where the sheet or the title already spells it out', () => {
    expect(spellOutIn('How do I choose an IOP?', 'An intensive outpatient program (IOP) is...')).toBe(
      'How do I choose an IOP?',
    );
    expect(spellOutIn('What is an intensive outpatient program (IOP)?', '')).toBe(
      'What is an intensive outpatient program (IOP)?',
    );
    expect(spellOutIn('When someone you love refuses help', 'Call 988.')).toBe('When someone you love refuses help');
  });
});
