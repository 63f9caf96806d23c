import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkData, readFile, readKind, readLevels, readRaw, splitFrontmatter } from './read';
import { faqSchema, glossarySchema } from './schemas';

const root = mkdtempSync(join(tmpdir(), 'iop-read-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
  return join(root, path);
};
const glossary =
  '---\nterm: "Partial hospitalization program (PHP)"\naliases: ["day program"]\nlastReviewed: 2026-11-29\nnextReview: 2027-11-29\n---\nA day program.\n';

describe('splitFrontmatter', () => {
  it('reads LF, CRLF and a byte-order mark alike', () => {
    const lf = splitFrontmatter(glossary, 'x.md');
    expect(splitFrontmatter(glossary.replace(/\n/g, '\r\n'), 'x.md')).toEqual(lf);
    expect(splitFrontmatter(`\uFEFF${glossary.replace(/\n/g, '\r\n')}`, 'x.md')).toEqual(lf);
    expect(lf.body).toBe('A day program.\n');
  });
  it('names the file when there is no frontmatter block', () => {
    expect(() => splitFrontmatter('Just text.\n', 'content/faq/x.mdx')).toThrow(
      /^content\/faq\/x\.mdx: no frontmatter block/,
    );
  });
});

describe('reading files through the schemas', () => {
  it('reads a CRLF file with a BOM exactly as its LF twin', () => {
    const a = readFile(write('g/a.md', glossary), glossarySchema);
    const b = readFile(write('g/b.md', `\uFEFF${glossary.replace(/\n/g, '\r\n')}`), glossarySchema);
    expect(b.data).toEqual(a.data);
    expect(b.body).toBe(a.body);
    expect(b.id).toBe('b');
  });
  it('names the file and every bad field', () => {
    const file = write(
      'faq/bad.mdx',
      '---\nquestion: "No question mark"\ntopic: nowhere\norder: 1\narticle: what-is-iop\n---\nText.\n',
    );
    expect(() => readFile(file, faqSchema)).toThrow(/faq\/bad\.mdx: question: must end with a question mark; topic: /);
  });
  it('names the file for broken YAML', () => {
    const file = write('levels/broken.yaml', 'name: [unclosed\n');
    expect(() => readRaw(file)).toThrow(/levels\/broken\.yaml: not valid YAML/);
  });
  it('reports a top-level problem as such', () => {
    expect(() => checkData(glossarySchema, 'a string', 'x.md')).toThrow(/^x\.md: \(top level\): /);
  });
});

describe('reading the real content/', () => {
  it('reads every kind, ids from file names, levels in their order', () => {
    const faqs = readKind('faq');
    expect(faqs.length).toBeGreaterThan(0);
    expect(faqs.every((f) => f.file === `content/faq/${f.id}.mdx`)).toBe(true);
    const levels = Object.values(readLevels());
    expect(levels.map((l) => l.order)).toEqual(levels.map((l) => l.order).sort((a, b) => a - b));
    const first = readKind('glossary')[0];
    expect(readFileSync(first.file, 'utf8')).toContain(first.data.term);
  });
  it('reads a copied content folder with CRLF files from another root', () => {
    write('content/glossary/php.mdx', glossary.replace(/\n/g, '\r\n'));
    expect(readKind('glossary', root).map((g) => [g.id, g.data.aliases])).toEqual([['php', ['day program']]]);
  });
});
