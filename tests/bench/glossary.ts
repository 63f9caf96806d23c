// The glossary linker on one long paragraph (npm run bench:glossary): the real glossary and level names, a paragraph
// of 37.5 to 300 KB in which glossary terms, acronyms and level names come up every few words. Prints the time for
// each size and how it grows: doubling the text should double the time (linear), not quadruple it (quadratic).
import { performance } from 'node:perf_hooks';
import { compileTerms, linkFirstUses } from '../../src/features/glossary-links/terms.ts';
import { levelNames, readGlossaryTerms } from '../../src/features/glossary-links/plugin.ts';

const terms = readGlossaryTerms();
const names = levelNames();
const matchers = compileTerms(terms, { subject: 'A long page', names });
const FILLER = 'people often ask what happens during the week and how the care team plans each day with them'.split(
  ' ',
);
const phrases = [...terms.flatMap((t) => [t.term, ...t.aliases]), ...names];

/** A paragraph of about `bytes` characters: six filler words, then a glossary phrase or level name, and again. */
function paragraph(bytes: number): string {
  const words: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const w = i % 7 === 6 ? phrases[((i / 7) % phrases.length) | 0] : FILLER[i % FILLER.length];
    words.push(w);
    length += w.length + 1;
  }
  return `${words.join(' ')}.`;
}

/** Best of `times` runs, in milliseconds (a fresh "already linked" set each time, as each page has). */
function time(text: string, times = 7): { ms: number; links: number } {
  let best = Infinity;
  let links = 0;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    const segments = linkFirstUses(text, matchers, new Set());
    best = Math.min(best, performance.now() - start);
    links = segments.filter((s) => s.id).length;
  }
  return { ms: best, links };
}

/** The linker's time for each paragraph size in KB, and the growth from one size to the next. */
export function glossaryBench(sizesKb = [37.5, 75, 150, 300]) {
  time(paragraph(Math.max(...sizesKb) * 1024)); // warm up: the regular expressions compile and tier up first
  const rows = sizesKb.map((kb) => ({ kb, ...time(paragraph(kb * 1024)) }));
  return rows.map((r, i) => ({ ...r, growth: i ? r.ms / rows[i - 1].ms : undefined }));
}

if (import.meta.main) {
  console.log(
    `Glossary linker, one paragraph (${terms.length} glossary entries, ${names.length} level names; a phrase every 7 words)`,
  );
  console.log('    size       time   per KB   links   growth (x2 text)');
  for (const r of glossaryBench())
    console.log(
      `${`${r.kb} KB`.padStart(9)} ${`${r.ms.toFixed(1)} ms`.padStart(10)} ${`${((r.ms / r.kb) * 1000).toFixed(0)} µs`.padStart(8)} ${String(r.links).padStart(7)}   ${r.growth ? `x${r.growth.toFixed(2)}` : ''}`,
    );
}
