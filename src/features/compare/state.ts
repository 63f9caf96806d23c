/**
 * The comparison widget's state, kept free of the DOM so it runs in Node tests and in the browser alike:
 * which levels are chosen, the address (?levels=iop,php), and what the status line says.
 */
import { STATUS_WORDS, type Lang } from './words';

/** The levels shown when the address names no valid comparison (also what the server renders for JS readers). */
export const DEFAULT_LEVELS: readonly string[] = ['iop', 'php'];
/** How many levels a reader compares at once. */
export const MIN_CHOSEN = 2;
export const MAX_CHOSEN = 3;

/** What the widget shows: which levels, in the site's order. */
export interface CompareState {
  levels: string[];
}

/**
 * Read the state from a query string. Unknown, malformed or repeated level ids are ignored; with fewer than two
 * valid ids left, the default comparison is used. Other parameters (such as an old link's `diff=1`) are ignored.
 * Never throws: a clinic's mistyped link still shows something useful.
 */
export function parseState(
  search: string,
  known: readonly string[],
  fallback: readonly string[] = DEFAULT_LEVELS,
): CompareState {
  const unique = askedLevels(search, known).slice(0, MAX_CHOSEN);
  const chosen = unique.length >= MIN_CHOSEN ? unique : fallback.filter((id) => known.includes(id));
  return { levels: inOrder(chosen, known) };
}

/** The known levels a query string names, each once, in the order named. Never throws. */
export function askedLevels(search: string, known: readonly string[]): string[] {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(typeof search === 'string' ? search : '');
  } catch {
    params = new URLSearchParams();
  }
  const asked = params
    .getAll('levels')
    .join(',')
    .split(/[,\s+]+/)
    .map((s) => s.trim().toLowerCase())
    .filter((id) => known.includes(id));
  return [...new Set(asked)];
}

/**
 * The levels a link names that do not fit (more than MAX_CHOSEN: "?levels=a,b,c,d" shows the first three named), in
 * the site's order; empty when all fit.
 */
export function droppedLevels(search: string, known: readonly string[]): string[] {
  return inOrder(askedLevels(search, known).slice(MAX_CHOSEN), known);
}

/**
 * What the status line says when a link names more levels than fit: how many it names, which are shown, and which
 * are left out and how to see them.
 */
export function tooManyMessage(
  shown: readonly string[],
  dropped: readonly string[],
  lang: Lang = 'en',
  max = MAX_CHOSEN,
): string {
  const named = shown.length + dropped.length;
  const many = dropped.length > 1;
  return STATUS_WORDS[lang].tooMany(named, max, listNames(shown, lang), listNames(dropped, lang), many);
}

/** The query string for a state ("?levels=iop,php"), levels in the site's order. */
export function stateQuery(state: CompareState, known: readonly string[]): string {
  return `?levels=${inOrder(state.levels, known).join(',')}`;
}

/** Ids sorted into the site's order of levels (outpatient first), unknown ids dropped. */
export function inOrder(ids: readonly string[], known: readonly string[]): string[] {
  return known.filter((id) => ids.includes(id));
}

/** Why a change was refused: it would make more than MAX_CHOSEN or fewer than MIN_CHOSEN levels. */
export type Refusal = 'max' | 'min';

/**
 * Toggle one level on or off, keeping 2 to 3 chosen. Returns the new list, or a reason the change was refused
 * (the widget shows it and leaves the box as it was).
 */
export function toggleLevel(
  chosen: readonly string[],
  id: string,
  on: boolean,
  known: readonly string[],
): { levels: string[]; refused?: Refusal } {
  const has = chosen.includes(id);
  if (on === has) return { levels: inOrder(chosen, known) };
  if (on && chosen.length >= MAX_CHOSEN) return { levels: inOrder(chosen, known), refused: 'max' };
  if (!on && chosen.length <= MIN_CHOSEN) return { levels: inOrder(chosen, known), refused: 'min' };
  return { levels: inOrder(on ? [...chosen, id] : chosen.filter((x) => x !== id), known) };
}

/** "IOP", "IOP and PHP", "IOP, PHP and Hospital" (Spanish: "IOP y PHP"). */
export function listNames(names: readonly string[], lang: Lang = 'en'): string {
  const and = STATUS_WORDS[lang].and;
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/** What the status line says after a change: "Comparing IOP and PHP." */
export function announcement(names: readonly string[], lang: Lang = 'en'): string {
  return STATUS_WORDS[lang].comparing(listNames(names, lang));
}

/** What the status line says when a change is refused, and what to do instead. */
export function refusalMessage(reason: Refusal, lang: Lang = 'en', max = MAX_CHOSEN, min = MIN_CHOSEN): string {
  return reason === 'max' ? STATUS_WORDS[lang].refusedMax(max) : STATUS_WORDS[lang].refusedMin(min);
}
