// The fact schema's own rules, one at a time: each problem names the field and says what is wrong. (Whole files and
// the registry are in facts.test.ts.)
import { describe, expect, it } from 'vitest';
import { FACT_ID, FACT_UNITS, factFileSchema, factSchema } from './facts-schema';
import { schemaIssues } from './read';

const source = { title: 'A source', publisher: 'CMS', year: 2025, url: 'https://www.cms.gov/x' };
/** A valid dollar fact with one closed period; each test changes one thing. */
const fact = (change: Record<string, unknown> = {}) => ({
  what: 'The yearly Part B deductible.',
  unit: 'dollars',
  periods: [{ from: '2026-01-01', until: '2026-12-31', value: 283, en: '$283 for 2026', es: '$283 en 2026' }],
  unknownAfter: { en: 'Medicare sets a new amount each January', es: 'Medicare fija un monto nuevo cada enero' },
  sources: [source],
  checked: '2026-12-04',
  ...change,
});
const period = (change: Record<string, unknown>) => [{ ...fact().periods[0], ...change }];
const issues = (f: unknown) => schemaIssues(factSchema, f);

describe('a fact', () => {
  it('is accepted when well formed, with its days read as UTC dates (given as text or as a Date)', () => {
    expect(issues(fact())).toEqual([]);
    const parsed = factSchema.parse(fact({ checked: new Date('2026-12-04T00:00:00Z') }));
    expect(parsed.checked).toEqual(new Date('2026-12-04T00:00:00Z'));
    expect(parsed.periods[0].from).toEqual(new Date('2026-01-01T00:00:00Z'));
  });

  it.each([
    ['a short "what"', { what: 'Fee' }, /^what: /],
    ['a long "what"', { what: 'x'.repeat(301) }, /^what: /],
    ['an unknown unit', { unit: 'euros' }, /^unit: /],
    ['no periods', { periods: [] }, /^periods: /],
    ['no sources', { sources: [] }, /^sources: /],
    ['a short note', { note: 'x' }, /^note: /],
    ['a long note', { note: 'x'.repeat(601) }, /^note: /],
    ['an unknown field', { extra: 1 }, /^\(top level\): .*extra/],
    ['an unknown field in a period', { periods: period({ extra: 1 }) }, /^periods\.0: .*extra/],
    ['a negative value', { periods: period({ value: -283 }) }, /^periods\.0\.value: /],
    ['empty words', { periods: period({ en: '' }) }, /^periods\.0\.en: /],
    ['long words', { periods: period({ es: `$283 ${'x'.repeat(200)}` }) }, /^periods\.0\.es: /],
    ['empty unknownAfter words', { unknownAfter: { en: '', es: 'x' } }, /^unknownAfter\.en: /],
    ['long unknownAfter words', { unknownAfter: { en: 'x', es: 'x'.repeat(201) } }, /^unknownAfter\.es: /],
    ['a day written otherwise', { checked: '2026-12-4' }, /^checked: must be a day written YYYY-MM-DD$/],
    ['a day with more after it', { checked: '2026-12-04T00:00' }, /^checked: must be a day written YYYY-MM-DD$/],
    ['a day that is not real', { checked: '2026-13-01' }, /^checked: is not a real day$/],
    [
      'an end before the start',
      { periods: period({ from: '2026-12-31', until: '2026-01-01' }) },
      /^periods\.0\.until: is before its from$/,
    ],
  ])('refuses %s', (_what, change, message) => {
    expect(issues(fact(change))).toContainEqual(expect.stringMatching(message));
  });

  it('takes a one-day period, and names a malformed day once', () => {
    expect(issues(fact({ periods: period({ from: '2026-12-31', until: '2026-12-31' }) }))).toEqual([]);
    expect(issues(fact({ checked: '2026-12-4' }))).toEqual(['checked: must be a day written YYYY-MM-DD']);
    expect(issues(fact({ checked: 'x2026-12-04' }))).toEqual(['checked: must be a day written YYYY-MM-DD']);
  });

  it('needs a start on every period but the first, and an end on every period but the last', () => {
    const [first] = fact().periods;
    const second = { until: '2027-12-31', value: 300, en: '$300 for 2027', es: '$300 en 2027' };
    expect(issues(fact({ periods: [first, second] }))).toContainEqual(
      'periods.1.from: is needed on every period but the first',
    );
    expect(issues(fact({ periods: [first, { ...second, from: '2027-01-01' }] }))).toEqual([]);
    expect(issues(fact({ periods: [first, { ...second, from: '2026-12-31' }] }))).toContainEqual(
      'periods.1.from: must be the day after the previous period ends (no gaps, no overlaps)',
    );
  });

  it('takes words for after the end only when the last period ends', () => {
    expect(issues(fact({ periods: period({ until: undefined }) }))).toEqual([
      'unknownAfter: is only for a fact whose last period ends',
    ]);
    expect(issues(fact({ periods: period({ until: undefined }), unknownAfter: undefined }))).toEqual([]);
    expect(issues(fact({ unknownAfter: undefined }))).toEqual([
      'unknownAfter: is needed: say what readers are told once the last period ends (en and es)',
    ]);
  });

  it('matches the value to the unit, and the words to the value', () => {
    const text = { unit: 'text', periods: period({ value: undefined, en: 'Each January', es: 'Cada enero' }) };
    expect(issues(fact(text))).toEqual([]);
    expect(issues(fact({ ...text, periods: period({ value: 3, en: 'Each January', es: 'Cada enero' }) }))).toEqual([
      'periods.0.value: a text fact has words only, no value',
    ]);
    expect(issues(fact({ periods: period({ value: undefined }) }))).toEqual([
      'periods.0.value: is needed for a dollars fact',
    ]);
    expect(issues(fact({ unit: 'days', periods: period({ value: '2026-01-01', en: '283', es: '283' }) }))).toEqual([
      'periods.0.value: must be a number for a days fact',
    ]);
    expect(issues(fact({ unit: 'date', periods: period({ value: 283 }) }))).toEqual([
      'periods.0.value: must be a day written YYYY-MM-DD',
    ]);
    const date = { unit: 'date', periods: period({ value: '2027-01-01', en: 'on January 1, 2027', es: 'x' }) };
    expect(issues(fact(date))).toEqual([
      'periods.0.es: must contain the date as readers see it ("1 de enero de 2027")',
    ]);
  });

  it('reads a value written with a thousands separator in either language', () => {
    const big = (en: string, es: string) => fact({ periods: period({ value: 1250, en, es }) });
    expect(issues(big('$1,250 for 2026', '$1.250 en 2026'))).toEqual([]);
    expect(issues(big('$1 250 for 2026', '$1250 en 2026'))).toEqual(['periods.0.es: must contain the value 1,250']);
  });
});

describe('a file of facts', () => {
  it('keys facts by dotted camelCase ids of two words or more', () => {
    for (const id of ['medicare.partB.deductible', 'a.b', 'eeoc.charge2.standard'])
      expect(FACT_ID.test(id), id).toBe(true);
    for (const id of ['medicare', 'Medicare.b', 'a.B', 'a..b', 'a.b.', 'a-b.c', 'x a.b', 'a.b c'])
      expect(FACT_ID.test(id), id).toBe(false);
    expect(schemaIssues(factFileSchema, { medicare: fact() })).toEqual([
      'medicare: must be a dotted id such as "medicare.partB.deductible"',
    ]);
  });
  it('knows the units whose values content may not type by hand, and the others', () => {
    expect(FACT_UNITS).toEqual(['dollars', 'days', 'hours', 'months', 'percent', 'date', 'text']);
  });
});
