/**
 * Content is untrusted input: checks every file in content/ must pass before any page is built. Each problem names
 * the file and, where it can, the line. Pure: the caller passes the files and today's date.
 */
import { gradeOf, proseFromMdx } from '../lib/readability.ts';
import { inflesz } from '../lib/readability-es.ts';

/** A content file as the checks need it (raw frontmatter values, so a date is still the text the author wrote). */
export interface RawFile {
  file: string;
  kind: string;
  data: Record<string, unknown>;
  body: string;
}

/** The MDX components authors may use; any other import, export or component is refused. */
export const AUTHOR_COMPONENTS = [
  'N',
  'Fact',
  'Questions',
  'Note',
  'GetHelp',
  'LevelsTable',
  'Compare',
  'ContactEmail',
  'Steps',
] as const;

/** Words in a body: fewer and the page says nothing, more and it is not a page a reader on a phone finishes. */
export const BODY_WORDS: Record<string, { min: number; max: number }> = {
  articles: { min: 300, max: 3000 },
  faq: { min: 40, max: 120 },
  glossary: { min: 5, max: 120 },
  pages: { min: 40, max: 3000 },
  handouts: { min: 80, max: 700 },
};
/** The largest content file we accept, in bytes (the longest article is about 15 KB). */
export const MAX_FILE_BYTES = 60_000;

/** File names are the stable ids of URLs and anchors: lowercase words joined by hyphens. */
const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:mdx|md|yaml)$/;

/** Markup and links a content file may never contain, each with what to do instead. */
const FORBIDDEN: readonly { re: RegExp; what: string }[] = [
  { re: /<\s*script\b/i, what: 'a <script> element (pages run no code from content)' },
  {
    re: /<\s*(iframe|object|embed|frame|form|style|link|meta|base)\b/i,
    what: 'an embedded or active element (<iframe>, <object>, <form>, <style>...)',
  },
  // HTML tags only (lowercase): a component's props (<LevelsTable only=...>) are checked with the braces below.
  { re: /<[a-z][a-z0-9]*\b[^>]*\s[oO][nN][a-zA-Z]+\s*=/, what: 'an event-handler attribute (on...=)' },
  { re: /^[ \t]*(import|export)\s/m, what: 'an import or export (components are available without importing)' },
  { re: /\]\(\s*(javascript|data|vbscript|file):/i, what: 'a javascript:, data: or file: link' },
  { re: /\b(href|src)\s*=\s*["']?\s*(javascript|data|vbscript|file):/i, what: 'a javascript:, data: or file: link' },
  { re: /\]\(\s*http:\/\//i, what: 'an http: link (use https:)' },
  { re: /\b(href|src)\s*=\s*["']?http:\/\//i, what: 'an http: link (use https:)' },
];

/** A component prop value authors may write in braces: a number, true/false, or a list of short quoted ids. */
const LITERAL_PROP = /^\{\s*(?:\d+|true|false|\[\s*(?:(['"])[a-z0-9-]*\1\s*,?\s*)*\])\s*\}$/;

/** The line (1-based) of a character offset in the body, counted from the file's first line. */
function lineOf(body: string, index: number, offset: number): number {
  return offset + body.slice(0, index).split('\n').length;
}

/** Is this a real calendar day written YYYY-MM-DD (or a Date that is one)? Returns the date, or null. */
export function calendarDay(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value ? d : null;
}

/**
 * Every problem with one file. `frontLines` is how many lines the frontmatter block takes (so body lines are true
 * file lines). `today` is passed in so checks never read the clock.
 */
export function checkFile(f: RawFile, today: Date, frontLines = 0, bytes = f.body.length): string[] {
  const problems: string[] = [];
  const at = (line: number | null, msg: string) => problems.push(`${f.file}${line ? `:${line}` : ''}: ${msg}`);
  const name = f.file.split(/[\\/]/).pop()!;
  if (!FILE_NAME.test(name)) {
    at(
      null,
      `the file name "${name}" is not lowercase words joined by hyphens; rename it (e.g. "${name
        .toLowerCase()
        .replace(/\.[a-z]+$/, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}${name.match(/\.[a-z]+$/)?.[0] ?? ''}"), and to keep it unpublished use "draft: true"`,
    );
  }
  if (bytes > MAX_FILE_BYTES)
    at(
      null,
      `${Math.round(bytes / 1000)} KB is more than the ${MAX_FILE_BYTES / 1000} KB a content file may be; split the page`,
    );
  for (const { re, what } of FORBIDDEN) {
    const m = re.exec(f.body);
    if (m) at(lineOf(f.body, m.index, frontLines), `contains ${what}`);
  }
  for (const m of f.body.matchAll(/<([A-Z][A-Za-z]*)\b/g)) {
    if (!(AUTHOR_COMPONENTS as readonly string[]).includes(m[1]))
      at(
        lineOf(f.body, m.index, frontLines),
        `uses <${m[1]}>, which is not one of the components authors may use (${AUTHOR_COMPONENTS.join(', ')})`,
      );
  }
  // Braces run as code in MDX: outside a component tag they are refused, inside one only literal values pass.
  const tags = [...f.body.matchAll(/<[A-Z][^>]*>/g)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const m of f.body.matchAll(/\{[^{}\n]*\}/g)) {
    // An explicit heading id ({/* #id */}) is a comment: it runs nothing.
    if (/^\{\/\*\s*#[a-z0-9-]+\s*\*\/\}$/.test(m[0])) continue;
    const inTag = tags.some(([a, b]) => m.index > a && m.index < b);
    if (!inTag || !LITERAL_PROP.test(m[0]))
      at(
        lineOf(f.body, m.index, frontLines),
        `contains the expression ${m[0].slice(0, 40)} (MDX runs braces as code; write plain text, or a component prop such as rows={['a', 'b']})`,
      );
  }
  for (const field of ['lastReviewed', 'nextReview'] as const) {
    if (!(field in f.data)) continue;
    const d = calendarDay(f.data[field]);
    if (!d) at(null, `${field}: "${String(f.data[field])}" is not a real date (write YYYY-MM-DD, e.g. 2026-11-29)`);
    else if (field === 'lastReviewed' && d > today) at(null, `lastReviewed: ${String(f.data[field])} is in the future`);
  }
  const words = BODY_WORDS[f.kind];
  if (words) {
    const prose = proseFromMdx(f.body);
    // Spanish files (content/es/) are counted and measured in Spanish (the English counter splits "protección").
    const spanish = /^content\/es\//.test(f.file);
    const measured = spanish ? inflesz(prose) : gradeOf(prose);
    const n = measured.words;
    const grade = 'grade' in measured ? measured.grade : measured.index;
    if (n < words.min)
      at(
        null,
        n === 0 ? 'the body is empty' : `the body has ${n} words; a ${f.kind} entry needs at least ${words.min}`,
      );
    else if (n > words.max) at(null, `the body has ${n} words; a ${f.kind} entry may have at most ${words.max}`);
    if (n > 0 && !Number.isFinite(grade))
      at(null, 'no reading grade can be computed for the body (it needs whole sentences)');
  }
  return problems;
}

/** Pages whose next review date has passed (readers are told; the build warns but does not fail). */
export function overdue(files: readonly RawFile[], today: Date): string[] {
  return files
    .filter((f) => {
      const next = calendarDay(f.data.nextReview);
      return next !== null && next < today;
    })
    .map((f) => `${f.file} (next review was due ${String(f.data.nextReview)})`);
}

/** Is this page past its review date? (The layouts show an honest note.) */
export function isOverdue(nextReview: Date, today: Date): boolean {
  return nextReview < today;
}

/** Values that must be unique across files (FAQ questions, glossary terms and aliases): each clash names both files. */
export function duplicates(entries: readonly { file: string; values: readonly string[] }[], what: string): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const e of entries) {
    for (const v of e.values) {
      const k = v.toLowerCase().trim();
      const first = seen.get(k);
      if (first && first !== e.file) problems.push(`${e.file}: ${what} "${v}" is also in ${first}`);
      else seen.set(k, e.file);
    }
  }
  return problems;
}
