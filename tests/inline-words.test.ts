// No words chosen by language inline in code: each feature's words in both languages sit in its words module
// (architecture convention 15). The scan and what it counts as words are in tools/inline-words.ts.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NOT_WORDS, inlineWords } from './tools/inline-words';

/** Modules whose job is to hold words in both languages. */
const WORDS_MODULE = /(?:^|\/)(?:[\w-]*words\.ts|strings\.ts)$/;

/** Every .ts, .mjs and .astro file under src/ but tests (which check words) and words modules. */
function sourceFiles(): string[] {
  return readdirSync('src', { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|astro)$/.test(e.name) && !e.name.endsWith('.test.ts'))
    .map((e) => join(e.parentPath, e.name).split('\\').join('/'))
    .filter((f) => !WORDS_MODULE.test(f));
}

describe('words in code', () => {
  it('chooses no words by language outside a words module', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(200);
    const found = files.flatMap((f) => inlineWords(f, readFileSync(f, 'utf8')));
    expect(found.map((x) => `${x.file}:${x.line}: ${x.words}`)).toEqual([]);
  });
});

describe('the scan for inline words', () => {
  const scan = (src: string) => inlineWords('x.ts', src).map((x) => [x.line, x.words]);

  it('finds string, template and JSX words, either way round, over several lines', () => {
    expect(scan(`const a = 1;\nconst home = lang === 'es' ? 'Inicio' : 'Home';`)).toEqual([[2, 'Inicio | Home']]);
    expect(scan("const s = lang === 'es' ? `Comparando ${n}.` : `Comparing ${n}.`;")).toEqual([
      [1, 'Comparando  . | Comparing  .'],
    ]);
    expect(scan("return lang === 'es' ? `${h} ${am ? 'a. m.' : 'p. m.'}` : `${h}${am ? 'a' : 'p'}`;")).toEqual([
      [1, 'a. m. | p. m. | a | p'],
    ]);
    expect(scan(`const and = 'en' !== lang\n  ? "y"\n  : "and";`)).toEqual([[1, 'y | and']]);
    expect(
      scan(`{lang === 'es' ? (\n  <a hreflang="en">{w.link} (en inglés)</a>\n) : (\n  <a>{w.link}</a>\n)}`),
    ).toEqual([[1, '(en inglés)']]);
  });

  it('leaves alone language codes, locales, paths, names of things and attribute values', () => {
    expect(scan("const other = lang === 'es' ? 'en' : 'es';")).toEqual([]);
    expect(scan("formatDate(d, lang === 'es' ? 'es-US' : 'en-US');")).toEqual([]);
    expect(scan("const dir = lang === 'es' ? 'content/es' : 'content';")).toEqual([]);
    expect(scan("const lines = lang === 'es' ? MORE_LINES_ES : MORE_LINES;")).toEqual([]);
    expect(scan("const faqs = lang === 'es' ? readSpanishKind('faq') : readKind('faq');")).toEqual([]);
    expect(scan(`{a.lang === 'en' ? (\n  <a class="font-semibold">{a.title}</a>\n) : (<a>{a.title}</a>)}`)).toEqual([]);
    expect(scan(`const wide = lang === 'es' ? 'hidden sm:inline' : 'hidden'; // ${NOT_WORDS}: class names`)).toEqual(
      [],
    );
  });
});
