/**
 * Content is untrusted input: checks every file in content/ must pass before any page is built. Each problem names
 * the file and, where it can, the line. Pure: the caller passes the files and today's date.
 */
import { countOf, gradeOf, proseFromMdx } from '../lib/readability.ts';
import { inflesz } from '../lib/readability-es.ts';
import { phoneNumbers } from '../lib/content-rules.ts';
import { actionLabels } from '../lib/crisis.ts';
import { checkTree, type BodyLink, type ComponentSpecs, type ComponentUse } from './allowlist.ts';
import { formatOf, headingsOf, ParseError, parseBody, type Heading } from './content-tree.ts';
import { addressProblem } from './url-rules.ts';

/** A content file as the checks need it (raw frontmatter values, so a date is still the text the author wrote). */
export interface RawFile {
  file: string;
  kind: string;
  data: Record<string, unknown>;
  body: string;
}

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

/** What checking one file found: its problems, and what the checks across files need (sections and links). */
export interface FileReport {
  problems: string[];
  /** The body's headings with the ids the build gives them (lines are file lines). */
  headings: Heading[];
  /** The addresses the body links to (lines are file lines). */
  links: BodyLink[];
  /** The components the body uses, with their props (lines are file lines). */
  uses: ComponentUse[];
}

/** Where a body's lines start in its file, its size, and the components it may use. */
export interface FileContext {
  /** How many lines the frontmatter block takes (so body lines are true file lines). */
  frontLines?: number;
  /** The file's size in bytes. */
  bytes?: number;
  /** The components MDX may use (src/components/mdx/index.ts). */
  components: ComponentSpecs;
  /** The schema's problems with the frontmatter ("field: message"): a field already refused is not reported twice. */
  schemaIssues?: readonly string[];
}

/** Every string field named `url` in frontmatter data, with its path ("sources.2.url"). */
function urlFields(data: unknown, path: string[] = []): [string, string][] {
  if (Array.isArray(data)) return data.flatMap((v, i) => urlFields(v, [...path, String(i)]));
  if (data && typeof data === 'object' && !(data instanceof Date))
    return Object.entries(data).flatMap(([k, v]) =>
      k === 'url' && typeof v === 'string'
        ? [[[...path, k].join('.'), v] as [string, string]]
        : urlFields(v, [...path, k]),
    );
  return [];
}

/** The helpline numbers content may show: those of src/lib/crisis.ts, in any language. */
const HELPLINE_NUMBERS = new Set(actionLabels().flatMap((label) => phoneNumbers(label)));

/**
 * Every problem with one file, and its sections and links. `today` is passed in so checks never read the clock.
 * Markdown and MDX bodies are parsed and checked against the allowlist (./allowlist.ts) on their tree.
 */
export function checkFile(f: RawFile, today: Date, context: FileContext): FileReport {
  const { frontLines = 0, bytes = f.body.length, components, schemaIssues = [] } = context;
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
  for (const [field, url] of urlFields(f.data)) {
    if (schemaIssues.some((i) => i.startsWith(`${field}: `))) continue;
    const problem = addressProblem(url, 'source');
    if (problem) at(null, `${field}: ${problem}`);
  }
  let headings: Heading[] = [];
  let links: BodyLink[] = [];
  let uses: ComponentUse[] = [];
  // A body the parser cannot read is reported once, and not measured (measuring parses it again).
  let readable = true;
  if (/\.mdx?$/.test(f.file)) {
    const format = formatOf(f.file);
    try {
      const tree = parseBody(f.body, format);
      const checked = checkTree(tree, format, components);
      for (const p of checked.problems) at(frontLines + p.line, p.message);
      headings = headingsOf(tree).map((h) => ({ ...h, line: frontLines + h.line }));
      links = checked.links.map((l) => ({ ...l, line: frontLines + l.line }));
      uses = checked.uses.map((u) => ({ ...u, line: frontLines + u.line }));
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      readable = false;
      at(
        e.line === null ? null : frontLines + e.line,
        `${format === 'mdx' ? 'MDX' : 'Markdown'} cannot read this: ${e.message}`,
      );
    }
    for (const n of phoneNumbers(f.body))
      if (!HELPLINE_NUMBERS.has(n))
        at(
          lineOf(f.body, f.body.indexOf(n), frontLines),
          `the phone number ${n} is not one of the helplines in src/lib/crisis.ts (content shows no other numbers; a helpline's number comes from there)`,
        );
  }
  const announce = typeof f.data.summary === 'string' ? summaryAnnounces(f.data.summary) : null;
  if (announce)
    at(
      null,
      `summary: "${announce}" announces the page instead of giving its main message; state the key facts in 1 or 2 sentences (what the reader most needs to know)`,
    );
  for (const field of ['lastReviewed', 'nextReview'] as const) {
    if (!(field in f.data)) continue;
    const d = calendarDay(f.data[field]);
    if (!d) at(null, `${field}: "${String(f.data[field])}" is not a real date (write YYYY-MM-DD, e.g. 2026-11-29)`);
    else if (field === 'lastReviewed' && d > today) at(null, `lastReviewed: ${String(f.data[field])} is in the future`);
  }
  const words = BODY_WORDS[f.kind];
  // Spanish files (content/es/) are counted and measured in Spanish (the English counter splits "protección").
  const spanish = /(^|\/)content\/es\//.test(f.file);
  if (words && readable) {
    const prose = proseFromMdx(f.body);
    // Syllables are counted only where the grade is held to a bar; elsewhere a body needs whole sentences.
    const counted = countOf(prose);
    const measured = spanish
      ? inflesz(prose)
      : READ_AT_GRADE.has(f.kind)
        ? gradeOf(prose)
        : { words: counted.words.length, grade: counted.sentences ? 0 : Infinity };
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
    else if (!spanish && READ_AT_GRADE.has(f.kind) && grade > MAX_GRADE)
      at(
        null,
        `reads at US grade ${grade}; a ${f.kind} entry must read at grade ${MAX_GRADE} or lower (shorter sentences, plainer words)`,
      );
    else if (spanish && n >= 30 && grade < MIN_INFLESZ)
      at(
        null,
        `reads at INFLESZ ${grade.toFixed(1)}; a Spanish page must score ${MIN_INFLESZ} or more (shorter sentences, plainer words)`,
      );
  }
  return { problems, headings, links, uses };
}

/** Sentences that describe the page rather than say something: "This page explains...", "Esta hoja muestra...". */
const ANNOUNCING =
  /^this (?:page|sheet|handout|article|guide)(?!\p{L})|^here (?:you will|we)(?!\p{L})|^esta (?:página|hoja|guía)(?!\p{L})|^este (?:artículo|folleto)(?!\p{L})|^aquí (?:le )?(?:verá|explicamos|comparamos|mostramos)(?!\p{L})/iu;

/**
 * The first sentence of a summary that announces the page ("This page covers...") instead of stating its main
 * message, or null. A summary is shown boxed under the title as the page's main message, so it must carry the facts.
 */
export function summaryAnnounces(summary: string): string | null {
  const sentences = summary.split(/(?<=[.!?])\s+/).map((x) => x.trim().replace(/^[¿¡"“]+/, ''));
  return sentences.find((x) => ANNOUNCING.test(x)) ?? null;
}

/** The reading grade (Flesch-Kincaid) every English article and handout must reach, or better. */
export const MAX_GRADE = 8;
/** The kinds whose English bodies are held to MAX_GRADE (FAQ answers and terms are measured on their pages). */
const READ_AT_GRADE = new Set(['articles', 'handouts']);
/** The reading ease (INFLESZ) every Spanish body of 30 words or more must reach. */
export const MIN_INFLESZ = 55;

/** Reading level of a body, for the editors' quick check: US grade in English, INFLESZ in Spanish. */
export function readingOf(f: Pick<RawFile, 'file' | 'kind' | 'body'>): string | null {
  const prose = proseFromMdx(f.body);
  // Data without prose (a YAML file, such as a tool's questions) has no reading level to show.
  if (!prose.trim()) return null;
  if (/(^|\/)content\/es\//.test(f.file)) {
    if (f.kind === 'levels') return null;
    const e = inflesz(prose);
    return `INFLESZ ${e.index.toFixed(1)}, ${e.words} words`;
  }
  if (!READ_AT_GRADE.has(f.kind)) return null;
  const g = gradeOf(prose);
  return `grade ${g.grade}, ${g.words} words`;
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
