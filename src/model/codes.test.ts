// content/codes.yaml: its schema with good and bad fixtures, the checks across mappings (overlaps, pages and sections
// in each language), the fallback chain in English and Spanish, and the real file as the build reads it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { codesFileSchema } from './codes-schema';
import { codesProblems, mappingFor, resolveCodes, type ArticleIndex } from './codes';
import { issueList, readCodes, readKind, readSpanishKind } from './read';
import { headingIds } from './build/cross-refs';
import { avoidHits } from '../lib/content-rules';

const good = parse(readFileSync('tests/fixtures/content/codes/good.yaml', 'utf8'));
const index = (ids: Record<string, string[]>) => new Map(Object.entries(ids).map(([k, v]) => [k, new Set(v)]));
/** English and Spanish articles as the fixture needs them (no Spanish twin for alcohol or eating disorders). */
const pages: ArticleIndex = {
  en: index({
    'mental-health-and-substance-use-iop': ['what-a-substance-use-iop-adds'],
    'stopping-alcohol-or-sedatives-safely': [],
    overdose: ['after-a-break-an-old-dose-can-kill'],
    'eating-disorder-iop': [],
    'what-is-iop': ['mental-health-substance-use-or-both'],
  }),
  es: index({
    overdose: ['after-a-break-an-old-dose-can-kill'],
    'what-is-iop': ['mental-health-substance-use-or-both'],
  }),
};
const issues = (value: unknown) => {
  const r = codesFileSchema.safeParse(value);
  return r.success ? [] : issueList(r.error);
};
const withMapping = (change: Record<string, unknown>, i = 1) => ({
  ...good,
  mappings: good.mappings.map((m: object, j: number) => (j === i ? { ...m, ...change } : m)),
});

describe('content/codes.yaml schema', () => {
  it('accepts the good fixture', () => {
    expect(issues(good)).toEqual([]);
  });

  it('names the field and the problem of each bad mapping', () => {
    expect(issues(withMapping({ code: 'f10' }))).toEqual([
      expect.stringMatching(/^mappings\.1\.code: "f10" is not an ICD-10-CM code/),
    ]);
    expect(issues(withMapping({ code: 'F19-F10' }))[0]).toMatch(/^mappings\.1\.code: .*must come before the second/);
    expect(issues(withMapping({ code: 'F10-F19.1' }))[0]).toMatch(/^mappings\.1\.code: .*same length/);
    expect(issues(withMapping({ none: 'No page for this on purpose.' }))[0]).toMatch(
      /^mappings\.1\.page: give either a page/,
    );
    expect(issues(withMapping({ page: undefined }))[0]).toMatch(/^mappings\.1\.page: give either a page/);
    expect(issues(withMapping({ page: 'Not A Slug' }))[0]).toMatch(/^mappings\.1\.page: must be lowercase words/);
    expect(issues(withMapping({ label: { en: 'Alcohol' } }))[0]).toMatch(/^mappings\.1\.label\.es:/);
    expect(issues(withMapping({ extra: 1 }))[0]).toMatch(/^mappings\.1: .*extra/);
    expect(issues({ ...good, system: 'SNOMED CT' })[0]).toMatch(/^system:/);
    expect(issues({ ...good, mappings: [] })[0]).toMatch(/^mappings:/);
  });
});

describe('checks across mappings', () => {
  it('finds nothing wrong with the good fixture', () => {
    expect(codesProblems(codesFileSchema.parse(good), pages)).toEqual([]);
  });

  it('refuses mappings that repeat or cross, naming both', () => {
    const file = codesFileSchema.parse({
      ...good,
      mappings: [...good.mappings, { ...good.mappings[1], code: 'F10' }, { ...good.mappings[1], code: 'F15-F29' }],
    });
    expect(codesProblems(file, pages)).toEqual([
      'content/codes.yaml: mappings[5].code: F10 covers the same codes as mappings[1] (F10); keep one',
      'content/codes.yaml: mappings[6].code: F15-F29 overlaps mappings[0] (F10-F19) in part; a mapping may sit inside another, but not cross it',
    ]);
  });

  it('refuses pages and sections that do not exist, in English and in Spanish', () => {
    const file = codesFileSchema.parse({
      ...good,
      fallback: { page: 'no-such-page' },
      mappings: [
        { ...good.mappings[1], page: 'no-such-article' },
        { ...good.mappings[2], section: 'no-such-section' },
        { ...good.mappings[4], es: { page: 'eating-disorder-iop' } },
      ],
    });
    expect(codesProblems(file, pages)).toEqual([
      'content/codes.yaml: fallback.page: no article "no-such-page" in content/articles/',
      'content/codes.yaml: fallback.page: no article "no-such-page" in content/es/articles/',
      'content/codes.yaml: mappings[0].page: no article "no-such-article" in content/articles/',
      'content/codes.yaml: mappings[1].section: no heading "#no-such-section" in content/articles/overdose.mdx',
      'content/codes.yaml: mappings[2].es.page: no article "eating-disorder-iop" in content/es/articles/',
    ]);
  });
});

describe('the fallback chain', () => {
  const mappings = resolveCodes(codesFileSchema.parse(good), pages);
  const at = (code: string) => mappingFor(mappings, code);

  it('answers a code with its own mapping, else the range around it', () => {
    expect(at('F1120')?.code).toBe('F11');
    expect(at('F1020')?.en).toEqual({ page: 'stopping-alcohol-or-sedatives-safely' });
    expect(at('F1220')?.code).toBe('F10-F19');
    expect(at('F5000')?.code).toBe('F50');
    expect(at('J45909')).toBeUndefined();
  });

  it('gives Spanish readers the Spanish twin, else the wider mapping’s Spanish page, else the fallback', () => {
    expect(at('F1120')?.es).toEqual({ page: 'overdose', section: 'after-a-break-an-old-dose-can-kill' });
    expect(at('F1120')?.esFallback).toBe(false);
    expect(at('F1020')?.es).toEqual({ page: 'what-is-iop', section: 'mental-health-substance-use-or-both' });
    expect(at('F1020')?.esFallback).toBe(true);
    expect(at('F5000')?.es).toEqual({ page: 'what-is-iop' });
    expect(at('F5000')?.esFallback).toBe(true);
  });

  it('gives no page to a mapping with none:, in either language, even inside a range that has one', () => {
    expect(at('F17210')).toMatchObject({ code: 'F17', en: null, es: null, none: 'No page on tobacco or nicotine.' });
  });
});

describe('the real content/codes.yaml', () => {
  const articles = (list: { id: string; body: string }[]) =>
    new Map(list.map((a) => [a.id, new Set(headingIds(a.body))]));
  const real: ArticleIndex = { en: articles(readKind('articles')), es: articles(readSpanishKind('articles')) };
  const file = readCodes();
  const mappings = resolveCodes(file, real);
  const at = (code: string) => mappingFor(mappings, code);

  it('passes every check', () => {
    expect(codesProblems(file, real)).toEqual([]);
  });

  it('covers what the issue asks: substance use by substance, mood, anxiety, PTSD, eating, perinatal and Z codes', () => {
    expect(at('F1120')?.en?.page).toBe('therapies-and-services');
    expect(at('F1020')?.en?.page).toBe('stopping-alcohol-or-sedatives-safely');
    expect(at('F13230')?.en?.page).toBe('stopping-alcohol-or-sedatives-safely');
    expect(at('F1420')?.code).toBe('F10-F19');
    expect(at('F17210')?.en).toBeNull();
    expect(at('F3130')?.code).toBe('F31');
    expect(at('F32A')?.code).toBe('F32-F33');
    expect(at('F411')?.code).toBe('F41');
    expect(at('F4310')).toMatchObject({
      code: 'F43.1',
      en: { page: 'trauma-and-ptsd' },
      es: { page: 'trauma-and-ptsd' },
    });
    expect(at('F5000')?.en?.page).toBe('eating-disorder-iop');
    expect(at('F530')?.en).toEqual({
      page: 'pregnancy-and-postpartum',
      section: 'depression-and-anxiety-during-and-after-pregnancy',
    });
    expect(at('O99320')?.en?.section).toBe('substance-use-during-pregnancy');
    expect(at('O99330')).toBeUndefined();
    expect(at('Z6372')?.en?.page).toBe('for-families');
    expect(at('Z560')?.en?.page).toBe('working-during-iop');
    expect(at('Z5682')?.en?.page).toBe('iop-for-veterans');
    expect(at('F640')).toBeUndefined();
    expect(at('F0390')).toBeUndefined();
  });

  it('gives every page a Spanish page, and marks general the ones that fall back to What is IOP? (none, now that every article has its twin)', () => {
    for (const m of mappings.filter((x) => x.en)) {
      expect(real.es.has(m.es!.page), m.code).toBe(true);
      expect(m.esFallback, m.code).toBe(m.es!.page !== m.en!.page && m.es!.page === file.fallback.page);
    }
    expect(at('F1120')).toMatchObject({ es: { page: 'therapies-and-services' }, esFallback: false });
    expect(at('F5000')).toMatchObject({ es: { page: 'eating-disorder-iop' }, esFallback: false });
    expect(mappings.filter((m) => m.esFallback).map((m) => m.code)).toEqual([]);
  });

  it('shows readers person-first labels (the tabular list’s own titles are kept for systems)', () => {
    expect(file.mappings.flatMap((m) => [...avoidHits(m.label.en), ...avoidHits(m.label.es)])).toEqual([]);
    expect(file.mappings.some((m) => avoidHits(m.title).length)).toBe(true);
  });
});
