// Reading level of every English page of the built site, measured the way an outside Flesch-Kincaid check measured it
// (December 2026): every paragraph and list item of <main>, so index pages, link lists, long titles and their blurbs
// count as much as articles, and sentences end only at . ! or ? (Flesch-Kincaid's rule; a colon does not end one).
// On the site as reviewed this gave the guide index 9.6 and the home page 8.2. Each page must read at US grade 8 or lower, and the middle page at grade 7 or lower.
// Spanish pages are held to INFLESZ in tests/spanish.dist.test.ts.
import { describe, expect, it } from 'vitest';
import { builtPages } from './helpers/dist';
import { gradeOf, readerTextFromHtml } from '../src/lib/readability';
import { langOfPath } from '../src/i18n/lang';

/** The highest US grade any English page may read at. */
const MAX_GRADE = 8;
/** The highest the median page may read at. */
const MAX_MEDIAN = 7;
/** Fewer words than this and a grade means little: a page that short is a failure too (something went missing). */
const MIN_WORDS = 20;

const rows = builtPages()
  .filter((p) => langOfPath(p.path) === 'en')
  .map((p) => ({
    path: p.path,
    ...gradeOf(readerTextFromHtml(p.document.querySelector('main')!), { colonEnds: false }),
  }))
  .sort((a, b) => b.grade - a.grade || a.path.localeCompare(b.path));

/** The middle value (the mean of the two middle values for an even count). */
function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

const line = (r: (typeof rows)[number]) =>
  `  ${r.grade.toFixed(1).padStart(4)}  ${String(r.words).padStart(5)} words  ${r.path}`;

describe('reading level of the built site (English)', () => {
  it('measures a real number of pages', () => {
    expect(rows.length).toBeGreaterThan(100);
  });

  it(`reads at US grade ${MAX_GRADE} or lower on every English page, index pages included`, () => {
    console.log(
      [
        `Reading level of each English page (paragraphs and list items of <main>, sentences ending at . ! ?; ${MAX_GRADE} or lower, median ${MAX_MEDIAN} or lower).`,
        'The five hardest pages:',
        ...rows.slice(0, 5).map(line),
        'Every page:',
        ...rows.map(line),
      ].join('\n'),
    );
    expect(
      rows
        .filter((r) => !(r.grade <= MAX_GRADE) || r.words < MIN_WORDS)
        .map((r) => `${r.path}: grade ${r.grade}, ${r.words} words`),
    ).toEqual([]);
  });

  it(`keeps the median page at grade ${MAX_MEDIAN} or lower`, () => {
    const m = median(rows.map((r) => r.grade));
    console.log(`Median grade of ${rows.length} English pages: ${m.toFixed(1)}`);
    expect(m).toBeLessThanOrEqual(MAX_MEDIAN);
  });
});
