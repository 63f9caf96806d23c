// The data contract: good fixtures parse, and each kind of bad field is rejected with the field named.
import { describe, expect, it } from 'vitest';
import { articleSchema, faqSchema, glossarySchema, handoutSchema, pageSchema } from './schemas';
import { levelSchema } from './levels-schema';
import { CONTENT_KINDS, readRaw, schemaIssues, type ContentKind } from './read';
import { fixture } from '../../tests/helpers/fixtures';
import { readdirSync } from 'node:fs';

const article = fixture('articles/good.mdx').data;

describe('article schema', () => {
  it('accepts the good fixture', () => {
    expect(schemaIssues(articleSchema, article)).toEqual([]);
  });
  it.each([
    ['description', { description: 'x'.repeat(161) }, /^description: /],
    ['too few sources', { sources: (article.sources as unknown[]).slice(0, 2) }, /^sources: /],
    [
      'http source',
      {
        sources: [
          ...(article.sources as object[]).slice(0, 2),
          { title: 'Old', publisher: 'X', year: 2020, url: 'http://example.gov/' },
        ],
      },
      /^sources\.2\.url: must be an https URL/,
    ],
    ['unknown topic', { topic: 'misc' }, /^topic: /],
    ['unknown audience', { audience: ['everyone'] }, /^audience\.0: /],
    ['too many key points', { keyPoints: ['aaaaa', 'bbbbb', 'ccccc', 'ddddd', 'eeeee', 'fffff'] }, /^keyPoints: /],
    [
      'review gap over a year',
      { nextReview: '2028-01-01' },
      /^nextReview: nextReview must be after lastReviewed and no more than 12 months later/,
    ],
    ['review before the last', { nextReview: '2025-01-01' }, /^nextReview: nextReview must be after lastReviewed/],
    ['unknown field', { colour: 'blue' }, /colour/],
    ['bad related slug', { related: ['Not A Slug'] }, /^related\.0: must be lowercase words joined by hyphens/],
  ])('rejects %s, naming the field', (_name, patch, message) => {
    const issues = schemaIssues(articleSchema, { ...article, ...patch });
    expect(
      issues.some((i) => message.test(i)),
      issues.join('\n'),
    ).toBe(true);
  });
  it('names a missing required field', () => {
    const { title: _t, ...rest } = article;
    expect(schemaIssues(articleSchema, rest)).toContainEqual(expect.stringMatching(/^title: /));
  });
});

describe('faq, glossary and page schemas', () => {
  it('accept good fixtures', () => {
    expect(faqSchema.safeParse(fixture('faq/good.mdx').data).success).toBe(true);
    expect(glossarySchema.safeParse(fixture('glossary/good.mdx').data).success).toBe(true);
  });
  it('reject an FAQ that links only to the top of its article', () => {
    const { section: _s, ...noSection } = fixture('faq/good.mdx').data;
    expect(schemaIssues(faqSchema, noSection)).toContainEqual(expect.stringMatching(/^section: /));
  });
  it('reject an FAQ without its own sources', () => {
    const { sources: _s, ...noSources } = fixture('faq/good.mdx').data;
    expect(schemaIssues(faqSchema, noSources)).toContainEqual(expect.stringMatching(/^sources: /));
    expect(schemaIssues(faqSchema, { ...noSources, sources: [] })).toContainEqual(expect.stringMatching(/^sources: /));
  });
  it('reject a question without a question mark and a missing article link', () => {
    const faq = fixture('faq/good.mdx').data;
    expect(schemaIssues(faqSchema, { ...faq, question: 'Tell me about IOP' })).toContainEqual(
      'question: must end with a question mark',
    );
    const { article: _a, ...noArticle } = faq;
    expect(schemaIssues(faqSchema, noArticle)).toContainEqual(expect.stringMatching(/^article: /));
  });
  it('rejects a glossary entry without a term', () => {
    expect(schemaIssues(glossarySchema, { aliases: [] })).toContainEqual(expect.stringMatching(/^term: /));
  });
  it('rejects a page whose next review is more than 12 months away, and accepts a sooner one', () => {
    const page = { title: 'About', description: 'x'.repeat(60), lastReviewed: '2026-11-22', nextReview: '2028-11-22' };
    expect(schemaIssues(pageSchema, page)).toContainEqual(expect.stringMatching(/^nextReview: /));
    expect(schemaIssues(pageSchema, { ...page, nextReview: '2026-12-31' })).toEqual([]);
  });
});

describe('handout schema', () => {
  const handout = fixture('handouts/good.mdx').data;
  it('accepts the good fixture, one printed page by default', () => {
    expect(schemaIssues(handoutSchema, handout)).toEqual([]);
    expect(handoutSchema.parse(handout).pages).toBe(1);
  });
  it.each([
    ['a single source', { sources: (handout.sources as unknown[]).slice(0, 1) }, /^sources: /],
    ['three printed pages', { pages: 3 }, /^pages: /],
    ['a short code that is hard to type', { short: 'IOP-vs' }, /^short: must be 2 to 8 lowercase letters/],
    ['no article', { article: undefined }, /^article: /],
    ['an unknown audience', { audience: ['clinic'] }, /^audience\.0: /],
    ['no place to write', { writeIn: undefined }, /^writeIn: /],
    ['an unknown write-in field', { writeIn: ['program', 'shoeSize'] }, /^writeIn\.1: /],
    ['a write-in field twice', { writeIn: ['notes', 'notes'] }, /^writeIn: lists a field twice/],
  ])('rejects %s, naming the field', (_name, patch, message) => {
    const issues = schemaIssues(handoutSchema, { ...handout, ...patch });
    expect(
      issues.some((i) => message.test(i)),
      issues.join('\n'),
    ).toBe(true);
  });
});

describe('levels schema', () => {
  const level = fixture('levels/good.yaml').data;
  const week = level.exampleWeek as { note: string; days: unknown[][] };
  it('accepts the good fixture', () => {
    expect(schemaIssues(levelSchema, level)).toEqual([]);
  });
  it.each([
    ['hours as text', { hours: { adults: { min: 'nine' }, basis: 'x' } }, /^hours\.adults\.min: /],
    ['no hours and no note', { hours: { basis: 'x' } }, /^hours\.adults: give adults hours or a note/],
    [
      'upTo below min',
      { hours: { adults: { min: 9, upTo: 5 }, basis: 'x' } },
      /^hours\.adults\.upTo: upTo must be more than min/,
    ],
    [
      'an invented ASAM level',
      { asam: { level: '2.7', name: 'Something new' } },
      /^asam\.level: must be a 3rd-edition ASAM level/,
    ],
    ['unknown sleep place', { sleep: 'hotel' }, /^sleep: /],
    ['24-hour support as text', { support24h: 'no' }, /^support24h: /],
    [
      'a six-day week',
      { exampleWeek: { ...week, days: week.days.slice(0, 6) } },
      /^exampleWeek\.days: must list 7 days/,
    ],
    [
      'a block that ends before it starts',
      { exampleWeek: { ...week, days: [[{ start: 18, end: 9, label: 'Group' }], [], [], [], [], [], []] } },
      /^exampleWeek\.days\.0\.0\.end: end must be after start/,
    ],
    ['a group without sources', { sources: { ...(level.sources as object), coverage: [] } }, /^sources\.coverage: /],
    ['a missing source group', { sources: { ...(level.sources as object), fit: undefined } }, /^sources\.fit: /],
    ['a misspelt field', { programLenght: 'No fixed length.' }, /programLenght/],
  ])('rejects %s, naming the field', (_name, patch, message) => {
    const issues = schemaIssues(levelSchema, { ...level, ...patch });
    expect(
      issues.some((i) => message.test(i)),
      issues.join('\n'),
    ).toBe(true);
  });
});

describe('the real content passes the schemas', () => {
  // The build enforces this too; here a failure names every bad file at once.
  it.each(Object.keys(CONTENT_KINDS) as ContentKind[])('content/%s', (kind) => {
    const { dir, ext, schema } = CONTENT_KINDS[kind];
    const bad = readdirSync(dir)
      .filter((f) => f.endsWith(ext))
      .map((f) => [f, schemaIssues(schema, readRaw(`${dir}/${f}`).data)] as const)
      .filter(([, issues]) => issues.length);
    expect(bad).toEqual([]);
  });
});
