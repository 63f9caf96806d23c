// Content is untrusted input: each kind of unsafe or broken content is refused, naming the file (and line).
import { describe, expect, it } from 'vitest';
import { calendarDay, checkFile, duplicates, overdue, type RawFile } from './checks';

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
const problemsOf = (f: RawFile) => checkFile(f, today, 20);

describe('content checks', () => {
  it('pass a good article', () => {
    expect(problemsOf(article(good))).toEqual([]);
  });
  it.each([
    ['a script', '<script>alert(1)</script>', /:25: contains a <script> element/],
    ['an iframe', '<iframe src="https://example.org"></iframe>', /:25: contains an embedded or active element/],
    ['an event handler', '<div onclick="steal()">x</div>', /:25: contains an event-handler attribute/],
    ['an import', "import fs from 'node:fs'", /:25: contains an import or export/],
    ['an export', 'export const x = 1', /:25: contains an import or export/],
    ['a javascript: link', '[x](javascript:alert(1))', /:25: contains a javascript:, data: or file: link/],
    ['a data: link', '[x](data:text/html,hi)', /:25: contains a javascript:, data: or file: link/],
    ['an http: link', '[x](http://example.gov/)', /:25: contains an http: link/],
    ['an expression', 'Text {process.env.HOME}', /:25: contains the expression \{process\.env\.HOME\}/],
    ['code in a prop', '<LevelsTable rows={globalThis.x} />', /:25: contains the expression/],
    ['an unknown component', '<Secret />', /:25: uses <Secret>/],
  ])('refuse %s, naming the file and line', (_name, bad, message) => {
    const problems = problemsOf(article(`${good}\n${bad}\n`));
    expect(
      problems.some((p) => p.startsWith('content/articles/good-page.mdx') && message.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });
  it('allow an explicit heading id, which is a comment', () => {
    expect(problemsOf(article(`${good}\n## ¿Qué es? {/* #what-iop-means */}\n\nTexto.\n`))).toEqual([]);
  });
  it('allow literal component props', () => {
    expect(problemsOf(article(`${good}\n<LevelsTable rows={['hours-adults', 'sleep']} />\n`))).toEqual([]);
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
    expect(checkFile(article(good), today, 0, 2_000_000)).toContainEqual(
      expect.stringMatching(/2000 KB is more than the 60 KB/),
    );
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
