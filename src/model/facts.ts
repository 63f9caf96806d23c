/**
 * Dated facts (content/facts/): which value holds on a given day, how it reads in a language, and when a page that
 * uses it must be reviewed. Pure: callers pass the facts and the day (the build's day, src/config.ts BUILD_DAY).
 */
import type { Lang } from '../i18n/lang.ts';
import { handTypedValues, type OwnedValue } from '../lib/content-rules.ts';
import type { Fact, FactPeriod } from './facts-schema.ts';

/** Every fact keyed by id, with the file it lives in (for messages). */
export type Facts = ReadonlyMap<string, Fact & { id: string; file: string }>;

const DAY = 86_400_000;

/**
 * How many days ahead a coming change is told: the build warns about facts that run out within this many days, and
 * the "what changed" feed announces a change this many days before it happens.
 */
export const FACTS_WARNING_DAYS = 45;

/** One day on which a fact's value changes: a new period starts, or the last one ends and the value is unknown. */
export interface FactChangeDay {
  id: string;
  day: Date;
}

/**
 * The days a fact's value changes: each period's first day after the first period (a new value), and the day after the
 * last period ends (the value is not known any more). The first period's start is not a change the registry can show:
 * it holds no value before it.
 */
export function factChangeDays(fact: Fact & { id: string }): FactChangeDay[] {
  const days = fact.periods.slice(1).flatMap((p) => (p.from ? [p.from] : []));
  const last = fact.periods[fact.periods.length - 1];
  if (last.until) days.push(new Date(last.until.getTime() + DAY));
  return days.map((day) => ({ id: fact.id, day }));
}

/** The period that holds on `day`, or, past the last one, the last one marked as ended. */
export function periodOn(fact: Fact, day: Date): { period: FactPeriod; ended: boolean } | null {
  for (const p of fact.periods) {
    if (p.from && day < p.from) return null;
    if (!p.until || day <= p.until) return { period: p, ended: false };
  }
  return { period: fact.periods[fact.periods.length - 1], ended: true };
}

/** The fact with this id; an unknown id is an error naming it and where facts live. */
export function factById(facts: Facts, id: string): Fact & { id: string; file: string } {
  const fact = facts.get(id);
  if (!fact) throw new Error(`<Fact id="${id}">: no fact "${id}" in content/facts/`);
  return fact;
}

/**
 * How a fact reads on `day` in a language: the words of the period in force ("$283 for 2026"), or, once the last
 * known period has ended, its words and what is not known yet ("$283 for 2026; Medicare sets a new amount each
 * January"). A day before the first period is an error: the registry does not know the value then.
 */
export function factText(facts: Facts, id: string, lang: Lang, day: Date): string {
  const fact = factById(facts, id);
  const found = periodOn(fact, day);
  if (!found)
    throw new Error(
      `${fact.file}: ${id} has no value on ${isoDay(day)} (its first period starts ${isoDay(fact.periods[0].from!)})`,
    );
  const words = found.period[lang];
  return found.ended && fact.unknownAfter ? `${words}; ${fact.unknownAfter[lang]}` : words;
}

/** A day written as YYYY-MM-DD that exists on the calendar ("2027-02-30" does not), or null. */
export function parseDay(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const d = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || isoDay(d) !== text ? null : d;
}

/**
 * What is wrong with showing a fact as it stands on a fixed day (<Fact id="..." on="2027-01-01" />), or null: the day
 * must be a real YYYY-MM-DD date inside one of the fact's known periods (before the first or after the last one, the
 * registry does not know the value).
 */
export function factOnProblem(fact: Fact & { id: string; file: string }, on: string): string | null {
  const day = parseDay(on);
  if (!day) return `on="${on}" is not a day written as YYYY-MM-DD (e.g. "2027-01-01")`;
  const found = periodOn(fact, day);
  if (!found || found.ended) {
    const first = fact.periods[0].from;
    const last = fact.periods[fact.periods.length - 1].until;
    const known = `${first ? `from ${isoDay(first)}` : ''}${first && last ? ' ' : ''}${last ? `until ${isoDay(last)}` : ''}`;
    return `on="${on}": ${fact.file} has no period for ${fact.id} on that day (its periods run ${known || 'always'})`;
  }
  return null;
}

/**
 * How a fact reads as it stands on a fixed day, whatever day the site is built: for a sentence that names its own
 * day ("for applications from January 1, 2027, up to <Fact id="..." on="2027-01-01" />"), so it reads true before
 * and after a change. A bad day, or one no period covers, is an error naming the fact and the problem.
 */
export function factTextOn(facts: Facts, id: string, lang: Lang, on: string): string {
  const fact = factById(facts, id);
  const problem = factOnProblem(fact, on);
  if (problem) throw new Error(`<Fact id="${id}" on="${on}">: ${problem}`);
  return periodOn(fact, parseDay(on)!)!.period[lang];
}

/**
 * The last day a fact can be trusted without a look: the end of its last known period (after which its value is
 * unknown), or a year after someone last checked it, whichever comes first.
 */
export function factReviewBy(fact: Fact): Date {
  const last = fact.periods[fact.periods.length - 1];
  const yearAfterCheck = new Date(fact.checked);
  yearAfterCheck.setUTCFullYear(yearAfterCheck.getUTCFullYear() + 1);
  return last.until && last.until < yearAfterCheck ? last.until : yearAfterCheck;
}

/** Has this fact run out on `day` (its value unknown, or not checked for a year)? */
export function factExpired(fact: Fact, day: Date): boolean {
  return factReviewBy(fact) < day;
}

/**
 * A page's review dates once its facts are counted: its next review comes no later than the day any fact it uses
 * runs out, so a page is due for review when one of its facts expires.
 */
export function reviewWithFacts<T extends { lastReviewed: Date; nextReview: Date }>(
  dates: T,
  ids: Iterable<string>,
  facts: Facts,
): T {
  let next = dates.nextReview;
  for (const id of ids) {
    const by = factReviewBy(factById(facts, id));
    if (by < next) next = by;
  }
  return { ...dates, nextReview: next };
}

/** Facts that run out within `days` days after `day` (not yet expired), soonest first, for the build's report. */
export function factsExpiringSoon(facts: Facts, day: Date, days: number): { id: string; file: string; by: Date }[] {
  const horizon = new Date(day.getTime() + days * DAY);
  return [...facts.values()]
    .map((f) => ({ id: f.id, file: f.file, by: factReviewBy(f) }))
    .filter((f) => f.by >= day && f.by <= horizon)
    .sort((a, b) => a.by.getTime() - b.by.getTime());
}

/** Facts that have run out on `day`: readers see what is not known yet, and pages that use them are due for review. */
export function factsExpired(facts: Facts, day: Date): { id: string; file: string; by: Date }[] {
  return [...facts.values()]
    .filter((f) => factExpired(f, day))
    .map((f) => ({ id: f.id, file: f.file, by: factReviewBy(f) }));
}

/** One <Fact id="..." /> as written: its id, and its fixed day if it has one (<Fact id="..." on="2027-01-01" />). */
export interface FactTag {
  id: string;
  on?: string;
}

/**
 * Every <Fact id="..." /> (or <Fact id="..." on="YYYY-MM-DD" />) in a text (an MDX body or a frontmatter string) or in
 * every string of a value (frontmatter data, a list of texts), in order.
 */
export function factTagsIn(value: unknown): FactTag[] {
  if (typeof value === 'string')
    return [...value.matchAll(/<Fact\s+id="([^"]*)"(?:\s+on="([^"]*)")?\s*\/>/g)].map((m) =>
      m[2] === undefined ? { id: m[1] } : { id: m[1], on: m[2] },
    );
  if (Array.isArray(value)) return value.flatMap(factTagsIn);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(factTagsIn);
  return [];
}

/** The ids of every <Fact id="..." /> in a text or value, in order (see factTagsIn). */
export function factIdsIn(value: unknown): string[] {
  return factTagsIn(value).map((t) => t.id);
}

/** Every dollar amount and deadline in days or hours that a fact owns, in any of its periods. */
export function ownedValues(facts: Facts): OwnedValue[] {
  return [...facts.values()].flatMap((f) =>
    f.unit === 'dollars' || f.unit === 'days' || f.unit === 'hours'
      ? f.periods
          .filter((p) => typeof p.value === 'number')
          .map((p) => ({ id: f.id, unit: f.unit as OwnedValue['unit'], value: p.value as number }))
      : [],
  );
}

/**
 * Owned values typed by hand in a content file's text (frontmatter and body), each with its line and the facts to use.
 * The frontmatter's `sources:` list is left out: a source's title and `supports` quote the source.
 */
export function handTypedFacts(fileText: string, facts: Facts): { line: number; text: string; ids: string[] }[] {
  const owned = ownedValues(facts);
  const lines = fileText.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const found: { line: number; text: string; ids: string[] }[] = [];
  let front = lines[0] === '---';
  let inSources = false;
  lines.forEach((line, i) => {
    if (i > 0 && front && line === '---') front = false;
    else if (front && /^[A-Za-z]\w*:/.test(line)) inSources = line.startsWith('sources:');
    if (front && inSources) return;
    for (const hit of handTypedValues(line, owned)) found.push({ line: i + 1, ...hit });
  });
  return found;
}

/** YYYY-MM-DD. */
function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
