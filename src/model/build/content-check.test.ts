// The whole content/ check on a copy of the real content with one thing broken at a time: each problem is found
// before any page is built, and names the file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, factsReport } from './content-check';
import { headingIds } from './cross-refs';

let root: string;
const today = new Date('2026-12-04T00:00:00Z');
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'iop-content-'));
  cpSync('content', join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));
const edit = (file: string, change: (s: string) => string) =>
  writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
const problems = () => checkContent(root, today).problems;

describe('checking content/ before the build', () => {
  it('passes the real content, saved with CRLF line endings too', () => {
    edit('content/faq/keep-working.mdx', (s) => s.replace(/\n/g, '\r\n'));
    expect(problems()).toEqual([]);
  });
  it('refuses odd file names and stray files', () => {
    writeFileSync(
      join(root, 'content/articles/What is IOP (draft).mdx'),
      readFileSync('content/articles/what-is-iop.mdx'),
    );
    writeFileSync(join(root, 'content/faq/notes.txt'), 'to do');
    const p = problems();
    expect(p).toContainEqual(
      expect.stringMatching(/^content\/articles\/What is IOP \(draft\)\.mdx: the file name .*draft: true/),
    );
    expect(p).toContainEqual(expect.stringMatching(/^content\/faq\/notes\.txt: not a \.mdx file/));
  });
  it('names both files when two FAQs ask the same question or two articles share an order', () => {
    edit('content/faq/time-off-work.mdx', (s) =>
      s.replace(/^question: .*$/m, 'question: "Can I keep working during IOP?"'),
    );
    expect(problems()).toContainEqual(
      'content/faq/time-off-work.mdx: question "Can I keep working during IOP?" is also in content/faq/keep-working.mdx',
    );
  });
  it('finds a broken FAQ section, alias target and level number before any page is written', () => {
    edit('content/faq/keep-working.mdx', (s) => s.replace(/^section: .*$/m, 'section: no-such-heading'));
    edit('content/search/aliases.yaml', (s) => `${s}\n  - words: [broken]\n    to: [{ article: no-such-page }]\n`);
    edit('content/articles/how-iop-works.mdx', (s) => s.replace('iop.hours.adults.min', 'iop.hours.adults.most'));
    const p = problems();
    expect(p).toContainEqual(
      'content/faq/keep-working.mdx: article/section: no heading "#no-such-heading" in content/articles/working-during-iop.mdx',
    );
    expect(p).toContainEqual('content/search/aliases.yaml: to: no article "no-such-page" in content/articles/');
    expect(p).toContainEqual(
      expect.stringMatching(/^content\/articles\/how-iop-works\.mdx: <N k="iop\.hours\.adults\.most">/),
    );
  });
  it('finds a fact that does not exist (file and line), a fact where it cannot show, and a bad fact file', () => {
    edit('content/es/faq/medicare-coverage.mdx', (s) =>
      s.replace('medicare.partB.deductible', 'medicare.partB.deductibel'),
    );
    edit('content/articles/paying-for-iop.mdx', (s) =>
      s.replace(/^summary: "/m, 'summary: "Costs <Fact id=\\"medicare.partB.deductible\\" /> and '),
    );
    const p = problems();
    expect(p).toContainEqual(
      expect.stringMatching(
        /^content\/es\/faq\/medicare-coverage\.mdx:23: <Fact id="medicare\.partB\.deductibel">: no fact "medicare\.partB\.deductibel" in content\/facts\/$/,
      ),
    );
    expect(p).toContainEqual(
      expect.stringMatching(
        /^content\/articles\/paying-for-iop\.mdx: summary: holds <Fact id="medicare\.partB\.deductible" \/>, but only/,
      ),
    );
    edit('content/facts/medicare.yaml', (s) => s.replace('value: 283', 'value: 284'));
    expect(problems()).toContainEqual(
      'content/facts/medicare.yaml: medicare.partB.deductible.periods.0.en: must contain the value 284',
    );
  });
  it('reports facts that run out soon or have run out, and pages due because of them, without failing', () => {
    expect(factsReport(root, today).join('\n')).toMatch(
      /run out within 45 days of 2026-12-04:[\s\S]*\n {2}medicare\.partB\.deductible \(content\/facts\/medicare\.yaml; good until 2026-12-31\)/,
    );
    const later = new Date('2027-01-02T00:00:00Z');
    expect(factsReport(root, later).join('\n')).toMatch(/have run out on 2027-01-02[\s\S]*medicare\.partB\.deductible/);
    const { problems: none, overdue } = checkContent(root, later);
    expect(none).toEqual([]);
    expect(overdue).toContainEqual(
      'content/faq/medicare-coverage.mdx (uses medicare.partB.deductible, good until 2026-12-31)',
    );
    expect(overdue).toContainEqual(
      expect.stringMatching(/^content\/es\/glossary\/medicare-part-b\.mdx \(uses medicare\.partB\.deductible/),
    );
  });
  it('works out heading ids as the build does', () => {
    expect(
      headingIds('## What IOP costs\n\n### [Medicare](/x/) and *you*\n\n```\n## not a heading\n```\n## What IOP costs'),
    ).toEqual(['what-iop-costs', 'medicare-and-you', 'what-iop-costs-1']);
  });
});
