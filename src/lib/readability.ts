/**
 * Reading level of an article's body prose (US grade, Flesch-Kincaid 1975) using the maintained
 * `flesch-kincaid` and `syllable` packages. Only prose counts: headings, tables, code, imports and
 * component tags are dropped; list items count as sentences.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { textUnits, type ComponentText } from './plain-text.ts';

/**
 * Readability counts a number from content (<N k>, <Fact id>) as one short word: a grade should not move because
 * a deadline changed. Text for readers never uses this stand-in; it gets the real values (src/model/text.ts).
 */
const STAND_IN: ComponentText = (name) => (name === 'N' || name === 'Fact' ? 'ten' : undefined);

/**
 * Turn an MDX/Markdown body into plain prose, one sentence-ish unit per line: paragraphs and list items, read through
 * the shared text function (headings and tables are left out). Each unit ends with a full stop if it has none.
 */
export function proseFromMdx(body: string): string {
  return textUnits(body, STAND_IN)
    .map((unit) => {
      const text = unit.replace(/\b(e\.g|i\.e|U\.S|etc)\./gi, (m) => m.replace(/\./g, ''));
      return /[.!?:]["')]?$/.test(text) ? text : `${text}.`;
    })
    .join('\n');
}

/**
 * How sentences are counted. `colonEnds` (the default, used by the content check) also ends a sentence at a colon
 * that closes a list's lead-in; Flesch-Kincaid's own rule, and outside tools, end sentences only at . ! and ?.
 */
export interface SentenceRule {
  colonEnds?: boolean;
}

/** The words and the number of sentences in a piece of prose (no syllables: for when only the length matters). */
export function countOf(
  prose: string,
  { colonEnds = true }: SentenceRule = {},
): { words: string[]; sentences: number } {
  const ends = colonEnds ? /[.!?:]+(?=\s|$)/ : /[.!?]+(?=\s|$)/;
  const sentences = prose.split(ends).filter((s) => /[A-Za-z0-9]/.test(s)).length;
  return { words: prose.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [], sentences };
}

/** Syllables in a word, remembered: the content check grades every article on each build, and words repeat. */
const SYLLABLES = new Map<string, number>();
function syllablesOf(word: string): number {
  let n = SYLLABLES.get(word);
  if (n === undefined) SYLLABLES.set(word, (n = /^[0-9]/.test(word) ? 1 : Math.max(1, syllable(word))));
  return n;
}

/** Word, sentence and syllable counts and the grade for a piece of prose. */
export function gradeOf(
  prose: string,
  rule: SentenceRule = {},
): { words: number; sentences: number; syllables: number; grade: number } {
  const { words, sentences } = countOf(prose, rule);
  const syllables = words.reduce((n, w) => n + syllablesOf(w), 0);
  const grade = fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
  return { words: words.length, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}

/** Elements whose text is not the page's own prose: navigation, headings, tables, source titles, hidden text. */
const NOT_PROSE =
  'nav, h1, h2, h3, h4, h5, h6, table, script, style, code, pre, svg, [hidden], [aria-hidden="true"], .sr-only, .review-dates, section[aria-labelledby="sources"], [data-not-prose]';
/** Elements whose text is one prose unit (a sentence or a list item). */
const UNITS = 'p, li, dd, figcaption, summary, blockquote, label, legend';

/**
 * The prose a reader meets on a built page (inside `root`, usually <main>), one unit per line: paragraphs, list
 * items, definitions and captions, without navigation, headings, tables, source titles or hidden text.
 */
export function proseFromHtml(root: Element): string {
  return unitsText(root, UNITS, NOT_PROSE, false);
}

/**
 * The text of the innermost `units` in `root` that sit outside `skipped`, one per line, each ending in a full stop;
 * with `dropInside`, skipped elements inside a unit (a visually hidden label in a list item) are left out too.
 */
function unitsText(root: Element, units: string, skipped: string, dropInside: boolean): string {
  const skip = new Set(root.querySelectorAll(skipped));
  const inSkipped = (el: Element) => {
    for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (skip.has(e)) return true;
    return false;
  };
  const found = [...root.querySelectorAll(units)].filter((el) => !inSkipped(el) && !el.querySelector(units));
  // Text nodes joined with spaces, so "<a>Title</a><span>Blurb</span>" reads as two words, not one.
  const textOf = (el: Element): string =>
    [...el.childNodes]
      .map((n) =>
        n.nodeType === 3
          ? (n.textContent ?? '')
          : n.nodeType === 1 && !(dropInside && skip.has(n as Element))
            ? ` ${textOf(n as Element)} `
            : '',
      )
      .join('');
  return found
    .map((el) => {
      const text = textOf(el)
        .replace(/\s+/g, ' ')
        .replace(/\s+([.,;:!?])/g, '$1')
        .replace(/\b(e\.g|i\.e|U\.S|etc)\./gi, (m) => m.replace(/\./g, ''))
        .trim();
      return text && !/[.!?:]["')]?$/.test(text) ? `${text}.` : text;
    })
    .filter(Boolean)
    .join('\n');
}

/**
 * What the site-wide reading count leaves out of a page: text no reader sees, the titles of cited sources (other
 * publishers' words), the choices inside a form control, and what is marked as not words (`data-not-prose`: web
 * addresses in the clinics' address list and link builder, the comparison's list of sources).
 */
const NOT_READ =
  'script, style, template, code, pre, svg, select, textarea, [hidden], [aria-hidden="true"], .sr-only, section[aria-labelledby="sources"], [data-not-prose]';
/** The elements an outside count reads as units: paragraphs and list items. */
const READ_UNITS = 'p, li';

/**
 * The words a reader meets on a built page, read the way an outside Flesch-Kincaid count reads them: every paragraph
 * and list item of `root` (usually <main>), one per line, including navigation lists, link titles with their blurbs,
 * headings inside list items and review dates. Only NOT_READ is left out. Stricter than proseFromHtml, which keeps to
 * the page's running prose; the built-site reading test uses this, so a list of long titles counts against the page
 * that shows it.
 */
export function readerTextFromHtml(root: Element): string {
  return unitsText(root, READ_UNITS, NOT_READ, true);
}
