/**
 * The "Did you mean" vocabulary: every word of the indexed titles, headings, FAQ questions and glossary terms, and of
 * the alias words, most used first. Written to dist/ beside the Pagefind index (src/lib/pagefind-files.ts, VOCABULARY_FILE) and
 * fetched by the browser only when a word is not found.
 */
import { parseHTML } from 'linkedom';
import { STOP_WORDS } from '../query-intent.ts';

/** Text of the headings (h1 to h4, FAQ questions, glossary terms) inside the indexed part of a parsed page. */
export function headingsIn(document: Document): string[] {
  return [...document.querySelectorAll('[data-pagefind-body]')].flatMap((body) =>
    [...body.querySelectorAll('h1, h2, h3, h4, dt')].map((h) => h.textContent ?? ''),
  );
}

/** The same, from a page's HTML. */
export function headingTexts(html: string): string[] {
  return headingsIn(parseHTML(html).document as unknown as Document);
}

/** Words of `texts`: lower case, letters only, 3 or more long, no filler; ordered by how often they occur. */
export function buildVocabulary(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const w of text
      .toLowerCase()
      .replace(/[’']/g, '')
      .split(/[^\p{L}]+/u)) {
      if (w.length < 3 || STOP_WORDS.has(w)) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
}
