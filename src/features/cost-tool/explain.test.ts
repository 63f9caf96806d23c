// The estimate in words, one worked example for each kind of coverage in both languages: the range, the steps of the
// arithmetic, and which numbers are the reader's and which the site's.
import { describe, expect, it } from 'vitest';
import { estimate, type Estimate, type SiteNumbers } from './cost';
import { readState, type RawState } from './state';
import { explain, type SiteTexts } from './explain';
import type { Lang } from './words';

const NUMBERS: SiteNumbers = { partBDeductible: 28_300, partBCoinsurance: 2_000 };
const TEXTS: Record<Lang, SiteTexts> = {
  en: {
    deductible: { text: '$283 for 2026', value: 283, from: 'Federal Register; checked December 4, 2026' },
    coinsurance: { text: '20%', value: 20, from: 'Medicare.gov; checked December 4, 2026' },
  },
  es: {
    deductible: { text: '$283 en 2026', value: 283, from: 'Federal Register; revisado el 4 de diciembre de 2026' },
    coinsurance: { text: '20%', value: 20, from: 'Medicare.gov; revisado el 4 de diciembre de 2026' },
  },
};

/** The words for a state typed into the form, in a language. */
function words(raw: RawState, lang: Lang = 'en', numbers = NUMBERS, texts = TEXTS[lang]) {
  const { inputs, problems } = readState(raw, numbers);
  expect(problems).toEqual([]);
  const e = estimate(inputs, numbers) as Extract<Estimate, { ok: true }>;
  expect(e.ok).toBe(true);
  return explain(e, inputs, texts, lang);
}

describe('worked examples', () => {
  it('Medicare: the Part B deductible (not given), then 20% of the Medicare-approved amount', () => {
    const x = words({ cover: 'medicare', days: '3', weeks: '8', price: '200' });
    expect(x.summary).toBe('$960 to $1,186');
    expect(x.ends).toEqual([
      {
        title: 'The low end: $960',
        steps: [
          '3 days a week for 8 weeks is 24 days.',
          '24 days at $200 a day (the Medicare-approved amount) is $4,800.',
          'You did not give the deductible you have left, so this end counts none.',
          'That leaves $4,800. Medicare’s 20% coinsurance on it is $960.',
          'Total: $960.',
        ],
      },
      {
        title: 'The high end: $1,186',
        steps: [
          '3 days a week for 8 weeks is 24 days.',
          '24 days at $200 a day (the Medicare-approved amount) is $4,800.',
          'You did not give the deductible you have left, so this end counts all of the Part B deductible: $283.',
          'You pay the first $283: the deductible you have left. It runs out on day 2.',
          'That leaves $4,517. Medicare’s 20% coinsurance on it is $903.',
          '$283 + $903 = $1,186.',
          'Total: $1,186.',
        ],
      },
    ]);
    expect(x.notes).toEqual([
      'Original Medicare has no yearly limit on what you pay, unless other coverage (such as Medigap or Medicaid) helps.',
    ]);
    expect(x.numbers).toEqual([
      { what: 'Days a week', value: '3', from: 'You' },
      { what: 'Number of weeks', value: '8', from: 'You' },
      { what: 'Medicare-approved amount for 1 day', value: '$200', from: 'You' },
      { what: 'Part B deductible you have left', value: '$0 to $283', from: 'Not given' },
      {
        what: 'Medicare Part B deductible',
        value: '$283 for 2026',
        from: 'This site: Federal Register; checked December 4, 2026',
      },
      { what: 'Medicare’s coinsurance', value: '20%', from: 'This site: Medicare.gov; checked December 4, 2026' },
    ]);
  });

  it('Medicare after 2026: says what the site does not know, and uses no 2026 amount in the arithmetic', () => {
    const numbers = { ...NUMBERS, partBDeductible: null };
    const texts = {
      ...TEXTS.en,
      deductible: {
        text: '$283 for 2026; Medicare sets a new amount each January',
        value: null,
        from: 'Federal Register; checked December 4, 2026',
      },
    };
    const x = words({ cover: 'medicare', days: '3', weeks: '8', price: '200' }, 'en', numbers, texts);
    expect(x.summary).toBe('$960 to $4,800');
    expect(x.ends[1].steps[2]).toBe(
      'You did not give the deductible you have left, so this end counts it as more than your bills: you pay all $4,800.',
    );
    expect(x.numbers).toContainEqual({
      what: 'Medicare Part B deductible',
      value: '$283 for 2026; Medicare sets a new amount each January',
      from: 'This site: Federal Register; checked December 4, 2026',
    });
    expect(x.numbers).toContainEqual({
      what: 'Part B deductible you have left',
      value: '$0 or more',
      from: 'Not given',
    });
  });

  it('Medicaid: $0 without a copay, or the copay times the days', () => {
    const none = words({ cover: 'medicaid', days: '3', weeks: '8' });
    expect(none.summary).toBe('$0, or more if your state charges a copay');
    expect(none.ends.map((e) => e.title)).toEqual([
      'The low end: $0',
      'The high end: not known without your state’s copay',
    ]);
    expect(none.ends[1].steps[1]).toBe(
      'If your state charges a copay for each day, multiply it by 24 days. Enter the copay above to see it.',
    );
    const copay = words({ cover: 'medicaid', days: '3', weeks: '8', copay: '4' });
    expect(copay.summary).toBe('$96');
    expect(copay.ends).toEqual([
      {
        title: null,
        steps: ['3 days a week for 8 weeks is 24 days.', 'With a $4 copay for each day: 24 days × $4 = $96.'],
      },
    ]);
    expect(copay.sameEnds).toMatch(/^The low and high ends are the same/);
  });

  it('a plan with a coinsurance and an out-of-pocket maximum reached mid-way', () => {
    const x = words({
      cover: 'plan',
      days: '3',
      weeks: '8-12',
      price: '250',
      ded: '600',
      share: 'pct',
      pct: '20',
      oop: '2000',
    });
    expect(x.summary).toBe('$1,680 to $2,000');
    expect(x.ends[0].steps).toEqual([
      '3 days a week for 8 weeks is 24 days.',
      '24 days at $250 a day is $6,000 in bills.',
      'You pay the first $600: the deductible you have left. It runs out on day 3.',
      'That leaves $5,400. You pay 20% of it: $1,080.',
      '$600 + $1,080 = $1,680.',
      'That is less than the $2,000 you have left before your out-of-pocket maximum.',
      'Total: $1,680.',
    ]);
    expect(x.ends[1].steps.slice(0, 1)).toEqual(['3 days a week for 12 weeks is 36 days.']);
    expect(x.ends[1].steps.at(-2)).toBe(
      'But you have only $2,000 left before your out-of-pocket maximum. You reach it on day 31, so you pay $2,000. Then your plan pays for covered care for the rest of the plan year.',
    );
    expect(x.notes).toEqual([]);
  });

  it('a plan with a copay and no out-of-pocket maximum given', () => {
    const x = words({ cover: 'plan', days: '3', weeks: '8', price: '250', ded: '600', share: 'copay', copay: '40' });
    expect(x.summary).toBe('$1,480');
    expect(x.ends[0].steps).toContain('From day 3, you pay a $40 copay for each day: 22 days × $40 = $880.');
    expect(x.notes).toEqual([
      'You did not give an out-of-pocket maximum, so none is counted. If your plan has one, you never pay more than what is left of it.',
    ]);
    expect(x.numbers.at(-1)).toEqual({
      what: 'Out-of-pocket maximum you have left',
      value: 'Not given: no limit counted',
      from: 'Not given',
    });
  });

  it('a plan whose deductible left is larger than the bills', () => {
    const x = words({ cover: 'plan', days: '3', weeks: '2', price: '250', ded: '5000', share: 'pct', pct: '20' });
    expect(x.ends[0].steps).toEqual([
      '3 days a week for 2 weeks is 6 days.',
      '6 days at $250 a day is $1,500 in bills.',
      'Your bills are less than the deductible you have left ($5,000), so you pay all $1,500 yourself.',
      'Total: $1,500.',
    ]);
  });

  it('no insurance: the price for a day times the days, with a range', () => {
    const x = words({ cover: 'none', days: '3-5', weeks: '6-12', price: '150.50' });
    expect(x.summary).toBe('$2,709 to $9,030');
    expect(x.ends[0].steps).toEqual([
      '3 days a week for 6 weeks is 18 days.',
      '18 days at $150.50 a day is $2,709. That is what you would pay the program.',
    ]);
    expect(x.numbers).toEqual([
      { what: 'Days a week', value: '3 to 5', from: 'You' },
      { what: 'Number of weeks', value: '6 to 12', from: 'You' },
      { what: 'The program’s price for 1 day', value: '$150.50', from: 'You' },
    ]);
  });

  it('0 weeks: nothing to pay yet', () => {
    const x = words({ cover: 'none', days: '3', weeks: '0', price: '250' });
    expect(x.summary).toBe('$0');
    expect(x.ends[0].steps).toEqual(['3 days a week for 0 weeks is 0 days. So there is nothing to pay yet.']);
  });
});

describe('in Spanish', () => {
  it('says the same arithmetic in Spanish, with Spanish ranges', () => {
    const x = words({ cover: 'medicare', days: '3', weeks: '8-10', price: '200', ded: '0' }, 'es');
    expect(x.summary).toBe('de $960 a $1,200');
    expect(x.ends[0].steps).toEqual([
      '3 días por semana durante 8 semanas son 24 días.',
      '24 días a $200 por día (el monto aprobado por Medicare) son $4,800.',
      'No le queda deducible de la Parte B este año, así que Medicare comparte el costo desde el día 1.',
      'Quedan $4,800. El coseguro de Medicare, el 20% de eso, es $960.',
      'Total: $960.',
    ]);
    expect(x.numbers[1]).toEqual({ what: 'Número de semanas', value: '8 a 10', from: 'Usted' });
    expect(x.numbers.at(-2)).toEqual({
      what: 'Deducible de la Parte B de Medicare',
      value: '$283 en 2026',
      from: 'Este sitio: Federal Register; revisado el 4 de diciembre de 2026',
    });
  });
  it('never leaves an English word in a Spanish explanation', () => {
    const states: RawState[] = [
      { cover: 'medicare', days: '3', weeks: '8', price: '200' },
      { cover: 'medicaid', days: '3', weeks: '8' },
      { cover: 'plan', days: '3', weeks: '8', price: '250', share: 'copay', copay: '40', oop: '500' },
      { cover: 'none', days: '3-5', weeks: '8', price: '100' },
    ];
    for (const s of states) {
      const text = JSON.stringify(words(s, 'es'));
      expect(text).not.toMatch(/\b(the|you|days|week|weeks|to|end|pay|bills)\b/);
    }
  });
});
