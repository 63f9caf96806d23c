// The site's figures the worksheet uses, read from the real facts registry (content/facts/) for the build's day: in
// 2026 the Part B deductible is known; from 2027 it says the new amount is not known yet, and the arithmetic gets no
// value for it (never the 2026 amount, never an invented one).
import { describe, expect, it } from 'vitest';
import { readFacts } from '../../model/read';
import { figuresForScript, siteFigures, sourceAndDate } from './site-figures';

const facts = readFacts();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the site’s figures', () => {
  it('on a day in 2026: the Part B deductible and the 20% coinsurance, with their words, sources and dates', () => {
    const f = siteFigures(facts, day('2026-12-04'), 'en');
    expect(f.deductible).toMatchObject({ id: 'medicare.partB.deductible', text: '$283 for 2026', value: 283 });
    expect(f.coinsurance).toMatchObject({ id: 'medicare.partB.coinsurance', text: '20%', value: 20 });
    expect(f.deductible.sources[0].url).toMatch(/^https:\/\/www\.govinfo\.gov\//);
    expect(sourceAndDate(f.deductible, 'en')).toBe('Federal Register; checked December 4, 2026');
    expect(sourceAndDate(f.coinsurance, 'es')).toBe('Medicare.gov; revisado el 4 de diciembre de 2026');
    expect(figuresForScript(f, 'en').numbers).toEqual({ partBDeductible: 28_300, partBCoinsurance: 2_000 });
  });
  it('after 2026: says the new amount is not known yet, in both languages, and gives the arithmetic no value', () => {
    const en = siteFigures(facts, day('2027-01-02'), 'en');
    expect(en.deductible.text).toBe('$283 for 2026; Medicare sets a new amount each January');
    expect(en.deductible.value).toBeNull();
    expect(siteFigures(facts, day('2027-01-02'), 'es').deductible.text).toBe(
      '$283 en 2026; Medicare fija un monto nuevo cada enero',
    );
    expect(figuresForScript(en, 'en').numbers.partBDeductible).toBeNull();
    // The coinsurance rule has no end date: it stays known.
    expect(en.coinsurance.value).toBe(20);
  });
});
