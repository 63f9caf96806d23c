// The worksheet's state: reading boxes as readers type them, the address fragment round trip, and bad values, each a
// problem naming its box (never a crash).
import { describe, expect, it } from 'vitest';
import { fromFragment, readNumber, readState, tidyValue, toFragment, type RawState } from './state';
import { problemMessage } from './words';
import type { SiteNumbers } from './cost';

const SITE: SiteNumbers = { partBDeductible: 28_300, partBCoinsurance: 2_000 };

describe('reading a number as a reader types it', () => {
  it.each([
    ['1200', 1200],
    ['1,200', 1200],
    ['$1,200.50', 1200.5],
    ['$ 57.5', 57.5],
    ['20%', 20],
    [' 3 ', 3],
    ['.5', 0.5],
  ])('%s is %d', (text, n) => expect(readNumber(text)).toBe(n));
  it.each(['', 'abc', '1.2.3', '1e3', '12,34', '--3', '3 days', 'NaN', 'Infinity'])('%s is not a number', (text) =>
    expect(readNumber(text)).toBeNaN(),
  );
});

describe('checking the boxes', () => {
  it('turns a plan’s boxes into working numbers: cents, hundredths of a percent, ranges', () => {
    const { inputs, problems } = readState(
      { cover: 'plan', days: '3-5', weeks: '8', price: '$250', ded: '1,000', share: 'pct', pct: '12.5', oop: '3000' },
      SITE,
    );
    expect(problems).toEqual([]);
    expect(inputs).toEqual({
      cover: 'plan',
      daysPerWeek: { lo: 3, hi: 5 },
      weeks: { lo: 8, hi: 8 },
      price: { lo: 25_000, hi: 25_000 },
      deductibleLeft: 100_000,
      share: 'pct',
      pct: 1250,
      oopLeft: 300_000,
    });
  });
  it('keeps 0 as a value, not an empty box', () => {
    const { inputs } = readState({ cover: 'plan', weeks: '0', ded: '0', share: 'pct', pct: '0' }, SITE);
    expect(inputs).toMatchObject({ weeks: { lo: 0, hi: 0 }, deductibleLeft: 0, pct: 0 });
  });
  it('ignores the boxes of other kinds of coverage, and the share the plan does not use', () => {
    const { inputs, problems } = readState(
      { cover: 'none', days: '3', weeks: '8', price: '200', ded: 'oops', oop: 'x', share: 'nope' },
      SITE,
    );
    expect(problems).toEqual([]);
    expect(Object.keys(inputs).sort()).toEqual(['cover', 'daysPerWeek', 'price', 'weeks']);
    const plan = readState({ cover: 'plan', share: 'copay', pct: 'bad', copay: '40' }, SITE);
    expect(plan.problems).toEqual([]);
    expect(plan.inputs.copay).toEqual({ lo: 4000, hi: 4000 });
  });
  it('names the box and the problem for each bad value', () => {
    const { problems } = readState(
      {
        cover: 'plan',
        days: '8',
        weeks: '2.5',
        price: 'lots',
        ded: '-5',
        share: 'pct',
        pct: '120',
        oop: '1.200',
      },
      SITE,
    );
    expect(problems).toEqual([
      { field: 'days', kind: 'too-big', value: '8', max: 7 },
      { field: 'weeks', kind: 'not-whole', value: '2.5' },
      { field: 'price', kind: 'not-a-number', value: 'lots' },
      { field: 'ded', kind: 'not-a-number', value: '-5' },
      { field: 'oop', kind: 'ambiguous', value: '1.200' },
      { field: 'pct', kind: 'too-big', value: '120', max: 100 },
    ]);
    expect(problems.map((p) => problemMessage(p, 'plan', 'en'))).toEqual([
      'Days a week: “8” is more than 7. Check the number.',
      'Number of weeks: “2.5” is not a whole number. Use a whole number, like 3.',
      'What the program charges your plan for 1 day: “lots” is not a number. Use digits, like 250 or 12.50.',
      'Deductible you have left: “-5” is not a number. Use digits, like 250 or 12.50.',
      'Out-of-pocket maximum you have left: “1.200” could mean two things. Write it without the period, like 1200, or with a comma, like 1,200.',
      'Coinsurance: “120” is more than 100. Check the number.',
    ]);
  });
  it('says when a range is backwards, when weeks pass a plan year, and when a choice is unknown', () => {
    const { problems } = readState({ cover: 'none', days: '5-3', weeks: '60', price: '100-50' }, SITE);
    expect(problems.map((p) => problemMessage(p, 'none', 'en'))).toEqual([
      'Days a week: the second number (3) is smaller than the first (5). Put the smaller one first.',
      'Number of weeks: “60” is more than 52. This worksheet counts one plan year, because deductibles start again each year.',
      'The program’s price for 1 day: the second number (50) is smaller than the first (100). Put the smaller one first.',
    ]);
    const cover = readState({ cover: 'gold-plan' }, SITE);
    expect(cover.inputs).toEqual({});
    expect(problemMessage(cover.problems[0], null, 'es')).toBe(
      'Su cobertura: “gold-plan” no es una de las opciones. Elija una de ellas.',
    );
  });
  it('refuses more Part B deductible left than the whole deductible, and accepts any amount once it is not known', () => {
    const over = readState({ cover: 'medicare', ded: '500' }, SITE);
    expect(problemMessage(over.problems[0], 'medicare', 'en')).toBe(
      'Part B deductible you have left: “500” is more than the whole Part B deductible ($283). Use $283 or less.',
    );
    expect(over.inputs.deductibleLeft).toBeUndefined();
    expect(readState({ cover: 'medicare', ded: '500' }, { ...SITE, partBDeductible: null }).inputs.deductibleLeft).toBe(
      50_000,
    );
  });
  it('takes a range only in boxes that can hold one', () => {
    expect(readState({ cover: 'plan', ded: '300-500' }, SITE).problems[0]).toMatchObject({
      field: 'ded',
      kind: 'not-a-number',
    });
  });
});

describe('the address fragment', () => {
  const raw: RawState = {
    cover: 'plan',
    days: '3',
    weeks: '8-12',
    price: '$250',
    ded: '600',
    share: 'pct',
    pct: '20%',
    oop: '3,000',
  };
  it('writes the chosen coverage’s boxes plainly, in a fixed order', () => {
    expect(toFragment(raw)).toBe('#cover=plan&days=3&weeks=8-12&price=250&ded=600&share=pct&pct=20&oop=3000');
    expect(toFragment({ ...raw, cover: 'none' })).toBe('#cover=none&days=3&weeks=8-12&price=250');
    expect(toFragment({})).toBe('');
  });
  it('round-trips: the state read back from the address is the state written', () => {
    for (const cover of ['medicare', 'medicaid', 'plan', 'none'] as const) {
      const state: RawState = { ...raw, cover, copay: '0-4' };
      const back = fromFragment(toFragment(state))!;
      expect(readState(back, SITE)).toEqual(readState(state, SITE));
      expect(toFragment(back)).toBe(toFragment(state));
    }
  });
  it('keeps a bad value as typed, so a reload shows the same box and message', () => {
    const hash = toFragment({ cover: 'none', days: 'three', weeks: '8' });
    expect(hash).toBe('#cover=none&days=three&weeks=8');
    expect(readState(fromFragment(hash)!, SITE).problems).toEqual([
      { field: 'days', kind: 'not-a-number', value: 'three' },
    ]);
  });
  it('is not a state when it is a section’s id or empty, and ignores unknown names', () => {
    expect(fromFragment('#questions-to-ask')).toBeNull();
    expect(fromFragment('')).toBeNull();
    expect(fromFragment('#cover=none&evil=<script>&days=%E2%80%9C3')).toEqual({ cover: 'none', days: '“3' });
    expect(fromFragment('#cover=none&cover=plan')).toEqual({ cover: 'plan' });
  });
  it('never throws on a malformed address', () => {
    for (const hash of ['#=', '#%', '#cover=%E0%A4%A', '#&&&', '#days=1e400', `#${'a='.repeat(5000)}`])
      expect(() => readState(fromFragment(hash) ?? {}, SITE)).not.toThrow();
  });
  it('tidies numbers, never words', () => {
    expect(tidyValue('price', ' $1,200.50 ')).toBe('1200.5');
    expect(tidyValue('weeks', '6 - 12')).toBe('6-12');
    expect(tidyValue('weeks', 'six')).toBe('six');
  });
});
