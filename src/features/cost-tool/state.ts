/**
 * The worksheet's state: the boxes as the reader typed them, checked into working numbers (cost.ts), and the address
 * that keeps them. The state lives in the address's fragment (#cover=plan&days=3&weeks=8-12...), never in a query:
 * a browser never sends a fragment to a server, so the numbers a family types do not reach any server's logs or
 * another site, yet a bookmark, a reload or a shared link brings them back. Bad values never throw: each becomes a
 * problem that names its box (words.ts says it in the page's language).
 */
import { COVERS, SHARES, type CostInputs, type Cover, type Range, type Share, type SiteNumbers } from './cost.ts';

/** The boxes, by the names the form and the address use. */
export const FIELDS = ['cover', 'days', 'weeks', 'price', 'ded', 'share', 'pct', 'copay', 'oop'] as const;
export type Field = (typeof FIELDS)[number];

/** The boxes each kind of coverage uses (the rest are left out of the address). */
export const FIELDS_FOR: Record<Cover, readonly Field[]> = {
  medicare: ['cover', 'days', 'weeks', 'price', 'ded'],
  medicaid: ['cover', 'days', 'weeks', 'copay'],
  plan: ['cover', 'days', 'weeks', 'price', 'ded', 'share', 'pct', 'copay', 'oop'],
  none: ['cover', 'days', 'weeks', 'price'],
};

/** Boxes that take a range ("3-5"): the form shows a second "to" box for them. */
export const RANGE_FIELDS: readonly Field[] = ['days', 'weeks', 'price', 'copay'];

/** What the reader typed, box by box (a range as "3-5"); empty boxes are left out. */
export type RawState = Partial<Record<Field, string>>;

/** What is wrong with one box. */
export type Problem =
  | { field: Field; kind: 'not-a-number'; value: string }
  | { field: Field; kind: 'ambiguous'; value: string }
  | { field: Field; kind: 'not-whole'; value: string }
  | { field: Field; kind: 'too-small'; value: string; min: number }
  | { field: Field; kind: 'too-big'; value: string; max: number }
  | { field: Field; kind: 'backwards'; value: string; from: number; to: number }
  | { field: Field; kind: 'not-a-choice'; value: string }
  | { field: Field; kind: 'over-site-figure'; value: string; max: number };

/** How each number box is read: whole or decimal, and its limits (dollars, days, weeks or percent). */
const LIMITS: Record<Exclude<Field, 'cover' | 'share'>, { whole: boolean; min: number; max: number }> = {
  days: { whole: true, min: 1, max: 7 },
  // One plan year: deductibles and out-of-pocket maximums start again each year.
  weeks: { whole: true, min: 0, max: 52 },
  price: { whole: false, min: 0, max: 100_000 },
  copay: { whole: false, min: 0, max: 100_000 },
  pct: { whole: false, min: 0, max: 100 },
  ded: { whole: false, min: 0, max: 1_000_000 },
  oop: { whole: false, min: 0, max: 1_000_000 },
};

/**
 * A number as a reader may type it: "1200", "1,200.50", "$1,200", "20%", " 3 ". Returns NaN for anything else
 * (words, "1.2.3", "1e3", an empty box).
 */
export function readNumber(text: string): number {
  const plain = text
    .trim()
    .replace(/^\$\s*/, '')
    .replace(/\s*%$/, '');
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d*)?$|^\.\d+$/.test(plain)) return NaN;
  return Number(plain.replace(/,/g, ''));
}

/** "3-5" -> ["3", "5"]; "3" -> ["3"]. A leading minus is a negative number, not a range. */
function splitRange(text: string): [string] | [string, string] {
  const m = /^\s*([^-\s][^-]*?)\s*-\s*([^-]+?)\s*$/.exec(text);
  return m ? [m[1], m[2]] : [text];
}

/** Check one number box; a range only where the box takes one. */
function readBox(field: keyof typeof LIMITS, text: string): { value?: Range; problem?: Problem } {
  const limits = LIMITS[field];
  const parts = RANGE_FIELDS.includes(field) ? splitRange(text) : ([text] as [string]);
  const values: number[] = [];
  for (const part of parts) {
    // "1.200" is $1,200 to many Spanish speakers and $1.20 to the parser: ask rather than guess.
    if (!limits.whole && /^\$?\s*\d{1,3}(\.\d{3})+$/.test(part.trim()))
      return { problem: { field, kind: 'ambiguous', value: text.trim() } };
    const n = readNumber(part);
    if (Number.isNaN(n)) return { problem: { field, kind: 'not-a-number', value: text.trim() } };
    if (limits.whole && !Number.isInteger(n)) return { problem: { field, kind: 'not-whole', value: text.trim() } };
    if (n < limits.min) return { problem: { field, kind: 'too-small', value: text.trim(), min: limits.min } };
    if (n > limits.max) return { problem: { field, kind: 'too-big', value: text.trim(), max: limits.max } };
    values.push(n);
  }
  const [lo, hi = lo] = values;
  if (hi < lo) return { problem: { field, kind: 'backwards', value: text.trim(), from: lo, to: hi } };
  return { value: { lo, hi } };
}

/** Cents from dollars, rounded to the cent. */
const cents = (dollars: number) => Math.round(dollars * 100);
const centsRange = (r: Range): Range => ({ lo: cents(r.lo), hi: cents(r.hi) });

/**
 * Check the boxes the chosen coverage uses and turn them into working numbers for cost.ts. Boxes for other kinds of
 * coverage are ignored. Problems name their box; a box with a problem counts as empty in `inputs`.
 */
export function readState(raw: RawState, site: SiteNumbers): { inputs: Partial<CostInputs>; problems: Problem[] } {
  const problems: Problem[] = [];
  const text = (f: Field) => (raw[f] ?? '').trim();
  const coverText = text('cover');
  if (!coverText) return { inputs: {}, problems };
  if (!(COVERS as readonly string[]).includes(coverText))
    return { inputs: {}, problems: [{ field: 'cover', kind: 'not-a-choice', value: coverText }] };
  const cover = coverText as Cover;
  const inputs: Partial<CostInputs> = { cover };
  const uses = FIELDS_FOR[cover];
  const box = (f: keyof typeof LIMITS): Range | undefined => {
    if (!uses.includes(f) || !text(f)) return undefined;
    const r = readBox(f, text(f));
    if (r.problem) problems.push(r.problem);
    return r.value;
  };
  inputs.daysPerWeek = box('days');
  inputs.weeks = box('weeks');
  const price = box('price');
  if (price) inputs.price = centsRange(price);
  const ded = box('ded');
  if (ded) {
    // Nobody can have more of Medicare's Part B deductible left than the deductible itself.
    const max = site.partBDeductible;
    if (cover === 'medicare' && max !== null && cents(ded.lo) > max) {
      problems.push({ field: 'ded', kind: 'over-site-figure', value: text('ded'), max: max / 100 });
    } else inputs.deductibleLeft = cents(ded.lo);
  }
  const oop = box('oop');
  if (oop) inputs.oopLeft = cents(oop.lo);
  if (cover === 'plan' && text('share')) {
    if ((SHARES as readonly string[]).includes(text('share'))) inputs.share = text('share') as Share;
    else problems.push({ field: 'share', kind: 'not-a-choice', value: text('share') });
  }
  // A plan uses only the box for the share it has; Medicaid has only a copay.
  if (cover === 'medicaid' || inputs.share === 'copay') {
    const copay = box('copay');
    if (copay) inputs.copay = centsRange(copay);
  }
  if (inputs.share === 'pct') {
    const pct = box('pct');
    if (pct) inputs.pct = Math.round(pct.lo * 100);
  }
  for (const k of Object.keys(inputs) as (keyof CostInputs)[]) if (inputs[k] === undefined) delete inputs[k];
  return { inputs, problems };
}

/** The boxes that go in the address for this state: the chosen coverage's, non-empty, in a fixed order. */
export function addressFields(raw: RawState): Field[] {
  const cover = (raw.cover ?? '').trim();
  const uses: readonly Field[] = (COVERS as readonly string[]).includes(cover) ? FIELDS_FOR[cover as Cover] : ['cover'];
  const share = (raw.share ?? '').trim();
  return uses.filter((f) => {
    if (!(raw[f] ?? '').trim()) return false;
    if (cover === 'plan' && f === 'pct') return share === 'pct';
    if (cover === 'plan' && f === 'copay') return share === 'copay';
    return true;
  });
}

/**
 * A box's text as the address keeps it: a number the reader typed with "$", "," or "%" is written plainly ("1200");
 * anything that does not read as a number is kept as typed, so a reload shows the same box and the same message.
 */
export function tidyValue(field: Field, text: string): string {
  const t = text.trim();
  if (field === 'cover' || field === 'share') return t;
  const parts = RANGE_FIELDS.includes(field) ? splitRange(t) : [t];
  const numbers = parts.map(readNumber);
  return numbers.some(Number.isNaN) ? t : numbers.join('-');
}

/** The address fragment for a state ("#cover=plan&days=3&weeks=8-12"), or "" when nothing is chosen. */
export function toFragment(raw: RawState): string {
  const params = new URLSearchParams();
  for (const f of addressFields(raw)) params.set(f, tidyValue(f, raw[f]!));
  const s = params.toString();
  return s ? `#${s}` : '';
}

/**
 * The state in an address fragment ("#cover=plan&days=3"). A fragment that is not a state (a section's id such as
 * "#questions-to-ask", or nothing) gives null, so the page keeps what it shows. Unknown names are ignored; repeated
 * names keep the last value. Never throws.
 */
export function fromFragment(hash: string): RawState | null {
  const body = hash.replace(/^#/, '');
  if (!body.includes('=')) return null;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(body);
  } catch {
    return null;
  }
  const raw: RawState = {};
  for (const [k, v] of params) if ((FIELDS as readonly string[]).includes(k) && v.trim()) raw[k as Field] = v;
  return raw;
}
