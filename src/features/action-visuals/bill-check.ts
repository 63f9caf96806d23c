/**
 * The bill checker under <EstimateVsBill /> as pure functions: read the two totals the reader types (in dollars, with
 * or without "$", commas or cents) and the date on the bill, subtract, compare the difference with the federal
 * threshold, and count the days to the last day to start a dispute. The threshold and the days come from
 * content/facts (the page passes them in), so the checker can never disagree with the picture above it.
 * Hand-written: a few lines of arithmetic on whole cents and UTC days; no library is needed for that.
 */

/** The boxes of the checker. */
export type BillField = 'estimate' | 'bill' | 'date';

/** What is wrong with one box: nothing typed, or something that is not an amount or a date. */
export interface BillProblem {
  field: BillField;
  problem: 'empty' | 'bad';
}

/** The federal rule for the build's day: how many dollars more, and how many days from the date on the bill. */
export interface DisputeRule {
  threshold: number;
  days: number;
}

/** What the reader typed, as the boxes hold it. */
export interface BillInput {
  estimate: string;
  bill: string;
  /** "YYYY-MM-DD" (what a date box gives), or "" */
  date: string;
}

export type BillResult =
  | { ok: false; problems: BillProblem[] }
  | {
      ok: true;
      /** The bill's total minus the estimate's, in cents (below 0 when the bill is lower). */
      difference: number;
      /** Whether the difference reaches the threshold, so the reader can start a dispute. */
      eligible: boolean;
      /** The last day to start a dispute ("YYYY-MM-DD"), when eligible and the date is given; else null. */
      lastDay: string | null;
      /** Whether that last day is already before `today`. */
      passed: boolean;
    };

const DAY = 86_400_000;

/**
 * Cents from an amount as people type it: "3500", "$3,500", "3,500.50", "3.500" (a point before 3 digits groups
 * thousands, as many Spanish speakers write it), "3500,5". Null when it is not an amount of 0 or more.
 */
export function parseAmount(text: string): number | null {
  const s = text.replace(/\s+/g, '').replace(/^(US)?\$/i, '');
  const m = /^(\d+(?:[.,]\d{3})*)(?:[.,](\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const dollars = Number(m[1].replace(/[.,]/g, ''));
  const cents = m[2] ? Number(m[2].padEnd(2, '0')) : 0;
  const total = dollars * 100 + cents;
  return Number.isSafeInteger(total) ? total : null;
}

/** The day a "YYYY-MM-DD" string names, as UTC midnight; null when it is not a real day (2027-02-29, 2027-13-01). */
export function parseDay(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text.trim() ? d : null;
}

/** The day `days` calendar days after `day` ("YYYY-MM-DD"), counting February 29 in leap years. */
export function lastDay(day: string, days: number): string {
  const d = parseDay(day);
  if (!d) throw new Error(`bill-check: "${day}" is not a day (YYYY-MM-DD)`);
  return new Date(d.getTime() + days * DAY).toISOString().slice(0, 10);
}

/**
 * The answer for what the reader typed on `today` ("YYYY-MM-DD"). A missing date is a problem only when the reader
 * can dispute (only then is the last day needed): they still learn that they can.
 */
export function checkBill(input: BillInput, rule: DisputeRule, today: string): BillResult {
  const problems: BillProblem[] = [];
  const amount = (field: 'estimate' | 'bill') => {
    const text = input[field].trim();
    const value = text ? parseAmount(text) : null;
    if (value === null) problems.push({ field, problem: text ? 'bad' : 'empty' });
    return value;
  };
  const estimate = amount('estimate');
  const bill = amount('bill');
  const dateText = input.date.trim();
  if (dateText && !parseDay(dateText)) problems.push({ field: 'date', problem: 'bad' });
  if (problems.length > 0 || estimate === null || bill === null) return { ok: false, problems };

  const difference = bill - estimate;
  const eligible = difference >= rule.threshold * 100;
  const last = eligible && dateText ? lastDay(dateText, rule.days) : null;
  return { ok: true, difference, eligible, lastDay: last, passed: last !== null && last < today };
}

/** The words the answer needs (./bill-check-words.ts adds the boxes' problems to them). */
export interface AnswerWords {
  /** The bill reaches the threshold. */
  over: (difference: string, threshold: string) => string;
  /** The last day, and how it was counted. */
  last: (day: string, days: string) => string;
  /** The last day is already past. */
  passed: string;
  /** Eligible, but no date yet. */
  needDate: string;
  /** More than the estimate, but less than the threshold. */
  under: (difference: string, threshold: string) => string;
  same: string;
  lower: (difference: string) => string;
}

/** Dollars as the page writes them: "$500", or "$500.50" when there are cents. */
export function money(cents: number): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(cents / 100);
}

/** A "YYYY-MM-DD" day in full, in the reader's language: "August 29, 2027" / "29 de agosto de 2027". */
export function longDay(day: string, lang: 'en' | 'es'): string {
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
    parseDay(day)!,
  );
}

/** The answer in plain words, for a check that worked. */
export function answerText(
  r: Extract<BillResult, { ok: true }>,
  w: AnswerWords,
  texts: { threshold: string; days: string },
  lang: 'en' | 'es',
): string {
  const diff = money(Math.abs(r.difference));
  if (r.difference < 0) return w.lower(diff);
  if (r.difference === 0) return w.same;
  if (!r.eligible) return w.under(diff, texts.threshold);
  const parts = [w.over(diff, texts.threshold)];
  if (r.lastDay === null) parts.push(w.needDate);
  else {
    parts.push(w.last(longDay(r.lastDay, lang), texts.days));
    if (r.passed) parts.push(w.passed);
  }
  return parts.join(' ');
}
