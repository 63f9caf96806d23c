// Dated facts (content/facts/): the schema, which value holds on a day, how it reads in each language, when pages
// must be reviewed, and that content never types an owned amount or deadline by hand.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { factFileSchema } from './facts-schema';
import {
  factChangeDays,
  factExpired,
  factIdsIn,
  factReviewBy,
  ownedValues,
  factText,
  factTextOn,
  factOnProblem,
  factTagsIn,
  parseDay,
  factsExpired,
  factsExpiringSoon,
  handTypedFacts,
  periodOn,
  reviewWithFacts,
  type Facts,
} from './facts';
import { factsFromFiles, readFacts, schemaIssues } from './read';
import { handTypedValues } from '../lib/content-rules';

const day = (s: string) => new Date(`${s}T00:00:00Z`);

/** A small registry written as an editor would, parsed by the real schema. */
function registry(yaml: Record<string, unknown>): Facts {
  return factsFromFiles([{ file: 'content/facts/test.yaml', data: factFileSchema.parse(yaml) }]);
}
const source = [{ title: 'A source', publisher: 'CMS', year: 2025, url: 'https://www.cms.gov/x' }];
const deductible = {
  what: 'The yearly Part B deductible.',
  unit: 'dollars',
  periods: [{ from: '2026-01-01', until: '2026-12-31', value: 283, en: '$283 for 2026', es: '$283 en 2026' }],
  unknownAfter: { en: 'Medicare sets a new amount each January', es: 'Medicare fija un monto nuevo cada enero' },
  sources: source,
  checked: '2026-12-04',
};
const retro = {
  what: 'Months of retroactive coverage.',
  unit: 'months',
  periods: [
    { until: '2026-12-31', value: 3, en: '3 months', es: '3 meses' },
    { from: '2027-01-01', value: 1, en: '1 month', es: '1 mes' },
  ],
  sources: source,
  checked: '2026-12-04',
};
const facts = registry({ 'medicare.partB.deductible': deductible, 'medicaid.retro.adults': retro });

describe('the fact schema', () => {
  it('accepts a well-formed fact', () => {
    expect(schemaIssues(factFileSchema, { 'a.b': deductible, 'c.d': retro })).toEqual([]);
  });
  it.each([
    ['a bad id', { Bad: deductible }, /^Bad: must be a dotted id/],
    [
      'a gap between periods',
      { 'a.b': { ...retro, periods: [retro.periods[0], { ...retro.periods[1], from: '2027-02-01' }] } },
      /^a\.b\.periods\.1\.from: must be the day after the previous period ends/,
    ],
    [
      'an open period before another',
      { 'a.b': { ...retro, periods: [{ ...retro.periods[0], until: undefined }, retro.periods[1]] } },
      /^a\.b\.periods\.0\.until: is needed: only the last period may be open/,
    ],
    [
      'an end with nothing to say after it',
      { 'a.b': { ...deductible, unknownAfter: undefined } },
      /^a\.b\.unknownAfter: is needed/,
    ],
    [
      'words that do not show the value',
      { 'a.b': { ...deductible, periods: [{ ...deductible.periods[0], es: '$238 en 2026' }] } },
      /^a\.b\.periods\.0\.es: must contain the value 283/,
    ],
    [
      'a date value in other words',
      {
        'a.b': {
          ...retro,
          unit: 'date',
          periods: [{ value: '2027-01-01', en: 'Jan 1, 2027', es: '1 de enero de 2027' }],
        },
      },
      /^a\.b\.periods\.0\.en: must contain the date as readers see it \("January 1, 2027"\)/,
    ],
    [
      'a day that is not real',
      { 'a.b': { ...deductible, checked: '2026-02-30' } },
      /^a\.b\.checked: is not a real day/,
    ],
    [
      'an http source',
      { 'a.b': { ...deductible, sources: [{ ...source[0], url: 'http://www.cms.gov/x' }] } },
      /^a\.b\.sources\.0\.url: must be an https URL/,
    ],
  ])('refuses %s, naming the field', (_what, data, message) => {
    expect(schemaIssues(factFileSchema, data)).toContainEqual(expect.stringMatching(message));
  });
  it('reads CRLF and BOM files, and names both files when an id is in two', () => {
    const root = mkdtempSync(join(tmpdir(), 'facts-'));
    mkdirSync(join(root, 'content/facts'), { recursive: true });
    const yaml = `a.b:\n  what: "A test fact here."\n  unit: days\n  periods:\n    - { value: 180, en: "180 days", es: "180 días" }\n  sources:\n    - { title: "A title", publisher: "P1", year: 2024, url: "https://x.gov/" }\n  checked: 2026-12-04\n`;
    writeFileSync(join(root, 'content/facts/one.yaml'), `\uFEFF${yaml.replace(/\n/g, '\r\n')}`);
    expect(factText(readFacts(root), 'a.b', 'es', day('2026-12-04'))).toBe('180 días');
    writeFileSync(join(root, 'content/facts/two.yaml'), yaml);
    expect(() => readFacts(root)).toThrow(
      'content/facts/two.yaml: a.b: the same fact id is also in content/facts/one.yaml',
    );
    writeFileSync(join(root, 'content/facts/two.yaml'), yaml.replace('a.b:', 'c.d:').replace('180 días', '18 días'));
    expect(() => readFacts(root)).toThrow(
      /^.*content\/facts\/two\.yaml: c\.d\.periods\.0\.es: must contain the value 180/,
    );
  });
});

describe('which value holds on a day', () => {
  it('reads the period in force, in the page language', () => {
    expect(factText(facts, 'medicare.partB.deductible', 'en', day('2026-12-31'))).toBe('$283 for 2026');
    expect(factText(facts, 'medicare.partB.deductible', 'es', day('2026-01-01'))).toBe('$283 en 2026');
  });
  it('says honestly what is not known once the last period ends, in each language', () => {
    expect(factText(facts, 'medicare.partB.deductible', 'en', day('2027-01-02'))).toBe(
      '$283 for 2026; Medicare sets a new amount each January',
    );
    expect(factText(facts, 'medicare.partB.deductible', 'es', day('2027-01-02'))).toBe(
      '$283 en 2026; Medicare fija un monto nuevo cada enero',
    );
    expect(factText(facts, 'medicare.partB.deductible', 'en', day('2027-01-02'))).not.toMatch(/2027/);
  });
  it('moves to the next period on its first day when the next value is known', () => {
    expect(factText(facts, 'medicaid.retro.adults', 'en', day('2026-12-31'))).toBe('3 months');
    expect(factText(facts, 'medicaid.retro.adults', 'en', day('2027-01-01'))).toBe('1 month');
    expect(periodOn(facts.get('medicaid.retro.adults')!, day('2030-01-01'))).toEqual({
      period: expect.objectContaining({ value: 1 }),
      ended: false,
    });
  });
  it('fails, naming the fact and file, for an unknown id or a day before the first period', () => {
    expect(() => factText(facts, 'no.such', 'en', day('2026-12-04'))).toThrow('no fact "no.such" in content/facts/');
    expect(() => factText(facts, 'medicare.partB.deductible', 'en', day('2025-06-01'))).toThrow(
      'content/facts/test.yaml: medicare.partB.deductible has no value on 2025-06-01 (its first period starts 2026-01-01)',
    );
  });
});

describe('a fact as it stands on a fixed day (<Fact id="..." on="YYYY-MM-DD" />)', () => {
  it('reads the period in force on that day, whatever day the site is built, in each language', () => {
    expect(factTextOn(facts, 'medicaid.retro.adults', 'en', '2026-12-31')).toBe('3 months');
    expect(factTextOn(facts, 'medicaid.retro.adults', 'en', '2027-01-01')).toBe('1 month');
    expect(factTextOn(facts, 'medicaid.retro.adults', 'es', '2027-01-01')).toBe('1 mes');
    expect(factTextOn(facts, 'medicare.partB.deductible', 'es', '2026-06-30')).toBe('$283 en 2026');
  });
  it('never adds what is not known: a day after the last period ends is an error, not a guess', () => {
    expect(() => factTextOn(facts, 'medicare.partB.deductible', 'en', '2027-01-01')).toThrow(
      '<Fact id="medicare.partB.deductible" on="2027-01-01">: on="2027-01-01": content/facts/test.yaml has no period for medicare.partB.deductible on that day (its periods run from 2026-01-01 until 2026-12-31)',
    );
  });
  it.each([
    ['a day before the first period', '2025-12-31', /has no period for medicare\.partB\.deductible on that day/],
    ['a day that is not on the calendar', '2026-02-30', /on="2026-02-30" is not a day written as YYYY-MM-DD/],
    ['a day in another format', '1/1/2026', /on="1\/1\/2026" is not a day written as YYYY-MM-DD/],
    ['an empty day', '', /on="" is not a day written as YYYY-MM-DD/],
  ])('fails, naming the fact and the problem, for %s', (_, on, message) => {
    expect(() => factTextOn(facts, 'medicare.partB.deductible', 'en', on)).toThrow(message);
    expect(factOnProblem(facts.get('medicare.partB.deductible')!, on)).toMatch(message);
  });
  it('has no problem with a day inside a period, and says "always" for a fact with no dates', () => {
    expect(factOnProblem(facts.get('medicaid.retro.adults')!, '1999-01-01')).toBeNull();
    const always = registry({ 'a.b': { ...retro, periods: [{ value: 60, en: '60 days', es: '60 días' }] } });
    expect(factOnProblem(always.get('a.b')!, '2030-01-01')).toBeNull();
    expect(() => factTextOn(always, 'no.such', 'en', '2030-01-01')).toThrow('no fact "no.such" in content/facts/');
  });
  it('reads real calendar days only', () => {
    expect(parseDay('2028-02-29')).toEqual(day('2028-02-29'));
    expect(parseDay('2027-02-29')).toBeNull();
    expect(parseDay('2027-13-01')).toBeNull();
    expect(parseDay('2027-01-01T00:00')).toBeNull();
  });
  it('is found with its day in a body or a field, and counted among the facts a page uses', () => {
    const body =
      'From then, <Fact id="a.b" on="2027-01-01" />; before, <Fact  id="a.b"  on="2026-12-31"/>; now <Fact id="c.d" />.';
    expect(factTagsIn(body)).toEqual([{ id: 'a.b', on: '2027-01-01' }, { id: 'a.b', on: '2026-12-31' }, { id: 'c.d' }]);
    expect(factIdsIn({ keyPoints: [body] })).toEqual(['a.b', 'a.b', 'c.d']);
    expect(factTagsIn('<Fact on="2027-01-01" id="a.b" />')).toEqual([]);
  });
});

describe('review dates follow facts', () => {
  it('a fact must be looked at when its last period ends or a year after it was checked, whichever is first', () => {
    expect(factReviewBy(facts.get('medicare.partB.deductible')!)).toEqual(day('2026-12-31'));
    expect(factReviewBy(facts.get('medicaid.retro.adults')!)).toEqual(day('2027-12-04'));
  });
  it("brings a page's next review forward to the first fact it uses that runs out", () => {
    const dates = { lastReviewed: day('2026-11-29'), nextReview: day('2027-11-29') };
    expect(reviewWithFacts(dates, ['medicare.partB.deductible'], facts).nextReview).toEqual(day('2026-12-31'));
    expect(reviewWithFacts(dates, [], facts)).toEqual(dates);
    expect(() => reviewWithFacts(dates, ['no.such'], facts)).toThrow('no fact "no.such"');
  });
  it('lists facts that run out within 45 days, and those that have run out, never failing', () => {
    expect(factsExpiringSoon(facts, day('2026-12-04'), 45).map((f) => f.id)).toEqual(['medicare.partB.deductible']);
    expect(factsExpiringSoon(facts, day('2026-11-01'), 45)).toEqual([]);
    expect(factsExpired(facts, day('2027-01-02')).map((f) => f.id)).toEqual(['medicare.partB.deductible']);
  });
  it('finds the facts a body or a frontmatter field uses', () => {
    expect(factIdsIn('Pay <Fact id="a.b" /> and <Fact id="c.d"/>.')).toEqual(['a.b', 'c.d']);
    expect(factIdsIn({ keyPoints: ['x <Fact id="e.f" />'], title: 'y' })).toEqual(['e.f']);
  });
});

describe('hand-typed amounts and deadlines', () => {
  const owned = [
    { id: 'appeals.x', unit: 'days', value: 180 },
    { id: 'eeoc.y', unit: 'days', value: 180 },
    { id: 'priorAuth.z', unit: 'days', value: 7 },
    { id: 'pa.urgent', unit: 'hours', value: 72 },
    { id: 'medicare.d', unit: 'dollars', value: 283 },
    { id: 'big.d', unit: 'dollars', value: 1250 },
  ] as const;
  it.each([
    ['You have 180 days to appeal.', '180 days', ['appeals.x', 'eeoc.y']],
    ['Tiene 180 días para apelar.', '180 días', ['appeals.x', 'eeoc.y']],
    ['within 7 calendar days', '7 calendar days', ['priorAuth.z']],
    ['en 7 días calendario', '7 días', ['priorAuth.z']],
    ['an urgent one within 72 hours', '72 hours', ['pa.urgent']],
    ['en 72 horas', '72 horas', ['pa.urgent']],
    ['the deductible ($283 for 2026)', '$283', ['medicare.d']],
    ['el deducible es de 283 dólares', '283 dólares', ['medicare.d']],
    ['a bill of $1,250', '$1,250', ['big.d']],
  ])('finds %j', (line, text, ids) => {
    expect(handTypedValues(line, owned)).toEqual([{ text, ids }]);
  });
  it.each([
    'open 24 hours a day, 7 days a week',
    'las 24 horas, los 7 días de la semana',
    'about 3 hours a day, 3 or 4 days a week',
    'You may see "6 to 12 weeks" or "90 days" online, or “180 days”.',
    'You have 30 days.',
    'It costs $28.',
  ])('leaves %j alone (not a deadline, a quote, or not an owned value)', (line) => {
    expect(handTypedValues(line, owned)).toEqual([]);
  });
  it("names the line and skips a source's own words", () => {
    const text =
      '---\ntitle: "X"\nsources:\n  - title: "180 days"\n    supports: "$283 for 2026"\nkeyPoints:\n  - "Pay $283."\n---\n\nAppeal within 180 days.\n';
    expect(handTypedFacts(text, facts).map((h) => [h.line, h.text])).toEqual([[7, '$283']]);
  });
});

describe('the registry in content/facts/', () => {
  const real = readFacts();
  it('holds the dated facts the site states, each with a value today and sources', () => {
    expect(real.size).toBeGreaterThanOrEqual(20);
    for (const id of ['medicare.partB.deductible', 'appeals.privatePlan.internal', 'eeoc.charge.standard'])
      expect(real.has(id), id).toBe(true);
    for (const f of real.values()) expect(f.sources.length, f.id).toBeGreaterThan(0);
  });
  it('reads "$283 for 2026" on 2026-12-04 and admits not knowing the 2027 amount on 2027-01-02, in both languages', () => {
    expect(factText(real, 'medicare.partB.deductible', 'en', day('2026-12-04'))).toBe('$283 for 2026');
    expect(factText(real, 'medicare.partB.deductible', 'en', day('2027-01-02'))).toBe(
      '$283 for 2026; Medicare sets a new amount each January',
    );
    expect(factText(real, 'medicare.partB.deductible', 'es', day('2027-01-02'))).toBe(
      '$283 en 2026; Medicare fija un monto nuevo cada enero',
    );
  });
  it('is never typed by hand: no owned dollar amount or deadline in days or hours in content/ (English or Spanish)', () => {
    const dirs = ['content', 'content/es'].flatMap((base) =>
      ['articles', 'faq', 'glossary', 'pages', 'handouts', 'levels'].map((k) => `${base}/${k}`),
    );
    const hits = dirs.flatMap((dir) =>
      readdirSync(dir).flatMap((name) =>
        handTypedFacts(readFileSync(`${dir}/${name}`, 'utf8'), real).map(
          (h) =>
            `${dir}/${name}:${h.line}: "${h.text}" is typed by hand; write <Fact id="${h.ids[0]}" />${h.ids.length > 1 ? ` (or ${h.ids.slice(1).join(', ')}: the one this sentence states)` : ''}`,
        ),
      ),
    );
    expect(hits).toEqual([]);
  });
});

describe('facts, edge by edge', () => {
  const yearly = {
    ...retro,
    unit: 'dollars',
    periods: [
      { until: '2025-12-31', value: 257, en: '$257 for 2025', es: '$257 en 2025' },
      { from: '2026-01-01', until: '2026-12-31', value: 283, en: '$283 for 2026', es: '$283 en 2026' },
    ],
    unknownAfter: deductible.unknownAfter,
    checked: '2026-06-01',
  };
  const more = registry({
    'a.yearly': yearly,
    'b.open': { ...retro, checked: '2026-03-01' },
    'c.text': { ...retro, unit: 'text', periods: [{ en: 'Each January', es: 'Cada enero' }] },
    'd.hours': { ...retro, unit: 'hours', periods: [{ value: 72, en: '72 hours', es: '72 horas' }] },
  });
  const f = (id: string) => more.get(id)!;

  it('changes value when each later period starts and the day after the last one ends', () => {
    expect(factChangeDays(f('a.yearly'))).toEqual([
      { id: 'a.yearly', day: day('2026-01-01') },
      { id: 'a.yearly', day: day('2027-01-01') },
    ]);
    expect(factChangeDays(f('b.open'))).toEqual([{ id: 'b.open', day: day('2027-01-01') }]);
    expect(factChangeDays(f('c.text'))).toEqual([]);
  });

  it('is due for a look a year after its check when that comes before its last period ends', () => {
    expect(factReviewBy(f('a.yearly'))).toEqual(day('2026-12-31'));
    expect(factReviewBy({ ...f('a.yearly'), checked: day('2025-06-01') })).toEqual(day('2026-06-01'));
    expect(factReviewBy({ ...f('a.yearly'), checked: day('2025-12-31') })).toEqual(day('2026-12-31'));
    expect(factReviewBy(f('b.open'))).toEqual(day('2027-03-01'));
  });

  it('runs out the day after its review day, not on it', () => {
    expect(factExpired(f('a.yearly'), day('2026-12-31'))).toBe(false);
    expect(factExpired(f('a.yearly'), day('2027-01-01'))).toBe(true);
  });

  it('brings a review forward only to the earliest fact, whatever the order', () => {
    const dates = { lastReviewed: day('2026-11-29'), nextReview: day('2027-11-29') };
    expect(reviewWithFacts(dates, ['b.open', 'a.yearly'], more).nextReview).toEqual(day('2026-12-31'));
    expect(reviewWithFacts(dates, ['a.yearly', 'b.open'], more).nextReview).toEqual(day('2026-12-31'));
    expect(reviewWithFacts({ ...dates, nextReview: day('2026-12-01') }, ['a.yearly'], more).nextReview).toEqual(
      day('2026-12-01'),
    );
  });

  it('lists facts running out from the day itself to the last day ahead, soonest first', () => {
    const soon = (from: string, days: number) => factsExpiringSoon(more, day(from), days).map((x) => x.id);
    expect(soon('2026-12-31', 0)).toEqual(['a.yearly']);
    expect(soon('2026-12-30', 1)).toEqual(['a.yearly']);
    expect(soon('2026-12-30', 0)).toEqual([]);
    expect(soon('2027-01-01', 365).slice(0, 2)).toEqual(['b.open', 'c.text']);
    expect(factsExpiringSoon(more, day('2026-12-31'), 0)).toEqual([
      { id: 'a.yearly', file: 'content/facts/test.yaml', by: day('2026-12-31') },
    ]);
  });

  it('finds fact ids in nested lists and objects, never in dates or empty values', () => {
    expect(factIdsIn(['<Fact id="a.b" />', ['<Fact id="c.d" />']])).toEqual(['a.b', 'c.d']);
    expect(factIdsIn({ a: { b: '<Fact  id="e.f"  />' }, d: new Date(), n: null, x: 3 })).toEqual(['e.f']);
    expect(factIdsIn(null)).toEqual([]);
    expect(factIdsIn('<Factid="a.b" />')).toEqual([]);
  });

  it('owns numbers only for dollars, days and hours', () => {
    expect(ownedValues(more).map((v) => `${v.id}:${v.value}`)).toEqual(['a.yearly:257', 'a.yearly:283', 'd.hours:72']);
  });

  it("skips only the frontmatter's sources list, and reads the body after the closing ---", () => {
    const text = [
      '---',
      'title: Pay $283',
      'sources:',
      '  - title: $283 x',
      'x_y2: Pay $283',
      'mysources:',
      '  - Pay $283',
      'sources:',
      'other-sources: Pay $283',
      '---',
      'sources: $283',
    ].join('\n');
    expect(handTypedFacts(text, facts).map((h) => h.line)).toEqual([2, 5, 7, 11]);
    expect(handTypedFacts('Pay $283.\n---\nsources: $283', facts).map((h) => h.line)).toEqual([1, 3]);
  });
});
