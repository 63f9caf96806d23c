// Content is untrusted input: each kind of unsafe or broken content is refused, naming the file (and line).
import { describe, expect, it } from 'vitest';
import { calendarDay, checkFile, duplicates, overdue, summaryAnnounces, type RawFile } from './checks';
import type { ComponentSpecs } from './allowlist';

const today = new Date('2026-11-29T00:00:00Z');
const sentence = 'You go to group a few times a week and sleep at home. ';
const article = (
  body: string,
  data: Record<string, unknown> = {},
  file = 'content/articles/good-page.mdx',
): RawFile => ({
  file,
  kind: 'articles',
  data: { lastReviewed: '2026-11-22', nextReview: '2027-11-22', ...data },
  body,
});
const good = `## A heading\n\n${sentence.repeat(40)}\n`;
/** A registry like src/components/mdx/index.ts, so these tests do not depend on which components exist. */
const components: ComponentSpecs = {
  N: { props: { k: { type: 'key', required: true } }, children: false },
  Note: { props: {}, children: true },
  Table: { props: { rows: { type: 'ids' }, caption: { type: 'text' } }, children: false },
};
const problemsOf = (f: RawFile) => checkFile(f, today, { frontLines: 20, components }).problems;
/** The problems of a good article with one more line; that line is line 25 of the file. */
const withLine = (bad: string) => problemsOf(article(`${good}\n${bad}\n`));

describe('content checks', () => {
  it('pass a good article, with components, literal props, an explicit heading id and HTML from the short list', () => {
    expect(
      problemsOf(
        article(
          `${good}\n## ¿Qué es? {/* #what-iop-means */}\n\n<Note>At least <N k="iop.hours.adults.min" /> hours, <abbr title="intensive outpatient program">IOP</abbr>.</Note>\n\n<Table rows="hours-adults sleep" caption="Hours" />\n\n[A](/guide/a/#b) [B](https://www.samhsa.gov/) [C](#a-heading)\n`,
        ),
      ),
    ).toEqual([]);
  });
  it.each([
    [
      'a script',
      '<script>alert(1)</script>',
      ':25: <script> is not allowed; content may use the components <N>, <Note>, <Table> and the HTML elements <abbr>, <br>, <span>, <sub>, <sup>',
    ],
    [
      'an expression',
      'Text {process.env.HOME}',
      ":25: the expression {process.env.HOME} runs as code when the site is built; braces are allowed only for a heading's id, {/* #id */} at the end of the heading",
    ],
    ['a comment outside a heading', '{/* #x */}', ':25: the expression {/* #x */} runs as code'],
    [
      'an import',
      "import fs from 'node:fs'",
      ':25: "import fs from \'node:fs\'": content may not import or export anything (components need no import: <N>, <Note>, <Table>)',
    ],
    ['an export', 'export const x = 1', ':25: "export const x = 1": content may not import or export anything'],
    [
      'code in a prop',
      '<Table rows={globalThis.x} />',
      ':25: <Table> rows={globalThis.x} runs as code when the site is built; write the value in quotes: rows="..." (ids of lowercase words and hyphens, separated by spaces, e.g. "iop php")',
    ],
    [
      'a spread',
      '<Note {...props}>x</Note>',
      ':25: <Note> has the spread {...props}, which runs as code when the site is built; write each prop in quotes',
    ],
    ['an unknown prop', '<Note kind="x">y</Note>', ':25: <Note> does not take kind=; it takes no props'],
    [
      'a value of the wrong kind',
      '<Table rows="Hours, Sleep" />',
      ':25: <Table> rows="Hours, Sleep" is not ids of lowercase words and hyphens, separated by spaces, e.g. "iop php"',
    ],
    ['a missing required prop', '<N />', ':25: <N> needs k="..." (a dotted key, e.g. "iop.hours.adults.min")'],
    [
      'content in a component that takes none',
      '<N k="a.b">x</N>',
      ':25: <N> takes no content between its tags; write it alone, <N />',
    ],
    ['an unknown component', '<Secret />', ':25: <Secret> is not allowed'],
    [
      'a javascript: link',
      '[x](javascript:alert(1))',
      ':25: the link "javascript:alert(1)" is a javascript: address, which can run code; content may link only to a site path such as /guide/what-is-iop/, or a full https:// address',
    ],
    [
      'a data: link',
      '[x](data:text/html,hi)',
      ':25: the link "data:text/html,hi" is a data: address, which can run code',
    ],
    [
      'an http: link',
      '[x](http://example.gov/)',
      ':25: the link "http://example.gov/" is http:, which is not private; write https://',
    ],
    ['a relative link', '[x](guide/what-is-iop/)', ':25: the link "guide/what-is-iop/" is a relative address'],
    ['a code block', '```\ncode\n```', ':25: a code block is not allowed in content'],
  ])('refuse %s, naming the file, the line and what is allowed', (_name, bad, message) => {
    const problems = withLine(bad);
    expect(problems, problems.join('\n')).toContainEqual(
      expect.stringContaining(`content/articles/good-page.mdx${message}`),
    );
  });
  it('report what MDX cannot read at its line', () => {
    expect(withLine('<img src=x onerror=alert(1)>')).toContainEqual(
      expect.stringMatching(/^content\/articles\/good-page\.mdx:25: MDX cannot read this: /),
    );
  });
  it('check source addresses in the frontmatter', () => {
    expect(
      problemsOf(article(good, { sources: [{ url: 'https://www.samhsa.gov/' }, { url: '//evil.example/' }] })),
    ).toContainEqual(
      expect.stringMatching(/^content\/articles\/good-page\.mdx: sources\.1\.url: "\/\/evil\.example\/" has no scheme/),
    );
  });
  it('refuse a phone number that is not a helpline of src/lib/crisis.ts, and allow the helplines', () => {
    expect(withLine('Call 1-800-555-0199 for help.')).toContainEqual(
      "content/articles/good-page.mdx:25: the phone number 1-800-555-0199 is not one of the helplines in src/lib/crisis.ts (content shows no other numbers; a helpline's number comes from there)",
    );
    expect(withLine('Call 1-800-662-4357, or call 988.')).toEqual([]);
  });
  it('give the headings the ids the build gives them, and collect the links', () => {
    const r = checkFile(
      article(`${good}\n## A heading\n\n### Costs {/* #what-it-costs */}\n\n[x](/guide/a/)\n`),
      today,
      {
        frontLines: 20,
        components,
      },
    );
    expect(r.headings.map((h) => [h.id, h.line])).toEqual([
      ['a-heading', 21],
      ['a-heading-1', 25],
      ['what-it-costs', 27],
    ]);
    expect(r.links).toEqual([{ url: '/guide/a/', line: 29, accepts: 'link' }]);
  });
  it.each([
    ['2026-13-45', 'lastReviewed: "2026-13-45" is not a real date'],
    ['2026-02-30', 'lastReviewed: "2026-02-30" is not a real date'],
    ['22 November 2026', 'lastReviewed: "22 November 2026" is not a real date'],
    ['2026-12-25', 'lastReviewed: 2026-12-25 is in the future'],
  ])('refuse the date %s', (date, message) => {
    expect(problemsOf(article(good, { lastReviewed: date }))).toContain(
      `content/articles/good-page.mdx: ${message}${message.endsWith('date') ? ' (write YYYY-MM-DD, e.g. 2026-11-29)' : ''}`,
    );
  });
  it('refuse an empty body, a too short or too long one, and prose with no sentences', () => {
    expect(problemsOf(article(''))).toContain('content/articles/good-page.mdx: the body is empty');
    expect(problemsOf(article(sentence))).toContainEqual(
      expect.stringMatching(/has \d+ words; a articles entry needs at least 300/),
    );
    expect(problemsOf(article(sentence.repeat(300)))).toContainEqual(expect.stringMatching(/may have at most 3000/));
    expect(checkFile(article(good), today, { bytes: 2_000_000, components }).problems).toContainEqual(
      expect.stringMatching(/2000 KB is more than the 60 KB/),
    );
  });
  it('refuse a summary that announces the page instead of giving its main message, in English and Spanish', () => {
    const said = 'IOP is treatment you go to for a few hours on several days a week, while you live at home.';
    expect(problemsOf(article(good, { summary: said }))).toEqual([]);
    expect(problemsOf(article(good, { summary: `${said} This page explains how it works.` }))).toEqual([
      'content/articles/good-page.mdx: summary: "This page explains how it works." announces the page instead of giving its main message; state the key facts in 1 or 2 sentences (what the reader most needs to know)',
    ]);
    const es = problemsOf(
      article(good, { summary: 'Esta página explica qué es un IOP.' }, 'content/es/articles/good-page.mdx'),
    );
    expect(es).toContainEqual(expect.stringMatching(/^content\/es\/articles\/good-page\.mdx: summary: "Esta página/));
    expect(summaryAnnounces('This sheet shows what to ask.')).toBe('This sheet shows what to ask.');
    expect(summaryAnnounces('Un IOP le da apoyo. Aquí verá las horas.')).toBe('Aquí verá las horas.');
    expect(summaryAnnounces('Use this page when you call a program.')).toBeNull();
  });
  it('refuse odd file names, pointing to draft: true', () => {
    const [p] = problemsOf(article(good, {}, 'content/articles/What is IOP (draft).mdx'));
    expect(p).toContain(
      'the file name "What is IOP (draft).mdx" is not lowercase words joined by hyphens; rename it (e.g. "what-is-iop-draft.mdx")',
    );
    expect(p).toContain('draft: true');
  });
  it('read dates strictly', () => {
    expect(calendarDay('2026-02-28')?.toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(calendarDay('2028-02-29')).not.toBeNull();
    expect(calendarDay('2026-02-29')).toBeNull();
    expect(calendarDay(new Date('nope'))).toBeNull();
  });
  it('name both files when a value must be unique', () => {
    expect(
      duplicates(
        [
          { file: 'a.mdx', values: ['What is IOP?'] },
          { file: 'b.mdx', values: ['what is iop?'] },
        ],
        'question',
      ),
    ).toEqual(['b.mdx: question "what is iop?" is also in a.mdx']);
  });
  it('list pages past their review date without failing', () => {
    expect(overdue([article(good, { nextReview: '2026-11-01' }), article(good)], today)).toEqual([
      'content/articles/good-page.mdx (next review was due 2026-11-01)',
    ]);
  });
});
