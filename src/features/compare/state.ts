/**
 * The comparison widget's state, kept free of the DOM so it runs in Node tests and in the browser alike:
 * which levels are chosen, the address (?levels=iop,php&diff=1), "differences only", and what is announced.
 */

/** The levels shown when the address names no valid comparison. */
export const DEFAULT_LEVELS: readonly string[] = ['iop', 'php'];
/** How many levels a reader compares at once. */
export const MIN_CHOSEN = 2;
export const MAX_CHOSEN = 3;

/** What the widget shows: which levels (in the site's order) and whether only differing rows are listed. */
export interface CompareState {
  levels: string[];
  diffOnly: boolean;
}

/**
 * Read the state from a query string. Unknown, malformed or repeated level ids are ignored; with fewer than two
 * valid ids left, the default comparison is used. Never throws: a clinic's mistyped link still shows something useful.
 */
export function parseState(
  search: string,
  known: readonly string[],
  fallback: readonly string[] = DEFAULT_LEVELS,
): CompareState {
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
  const unique = [...new Set(asked)].slice(0, MAX_CHOSEN);
  const chosen = unique.length >= MIN_CHOSEN ? unique : fallback.filter((id) => known.includes(id));
  return { levels: inOrder(chosen, known), diffOnly: ['1', 'true', 'yes'].includes(params.get('diff') ?? '') };
}

/** The query string for a state ("?levels=iop,php" or "?levels=iop,php&diff=1"), levels in the site's order. */
export function stateQuery(state: CompareState, known: readonly string[]): string {
  const levels = inOrder(state.levels, known).join(',');
  return `?levels=${levels}${state.diffOnly ? '&diff=1' : ''}`;
}

/** Ids sorted into the site's order of levels (outpatient first), unknown ids dropped. */
export function inOrder(ids: readonly string[], known: readonly string[]): string[] {
  return known.filter((id) => ids.includes(id));
}

/**
 * Toggle one level on or off, keeping 2 to 3 chosen. Returns the new list, or a reason the change was refused
 * (the widget announces it and leaves the box as it was).
 */
export function toggleLevel(
  chosen: readonly string[],
  id: string,
  on: boolean,
  known: readonly string[],
): { levels: string[]; refused?: 'max' | 'min' } {
  const has = chosen.includes(id);
  if (on === has) return { levels: inOrder(chosen, known) };
  if (on && chosen.length >= MAX_CHOSEN) return { levels: inOrder(chosen, known), refused: 'max' };
  if (!on && chosen.length <= MIN_CHOSEN) return { levels: inOrder(chosen, known), refused: 'min' };
  return { levels: inOrder(on ? [...chosen, id] : chosen.filter((x) => x !== id), known) };
}

/** Cell values by row id and level id, as the widget reads them back from the table. */
export type RowValues = Record<string, Record<string, string>>;

/** Ids of the rows whose values differ among the chosen levels (missing cells count as empty). */
export function differingRows(rows: RowValues, chosen: readonly string[]): string[] {
  return Object.keys(rows).filter((id) => new Set(chosen.map((l) => (rows[id]?.[l] ?? '').trim())).size > 1);
}

/** "IOP", "IOP and PHP", "IOP, PHP and Hospital". */
export function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** What the live region says after a change. */
export function announcement(
  names: readonly string[],
  diffOnly: boolean,
  shownRows: number,
  totalRows: number,
): string {
  const rows = diffOnly
    ? `Showing the ${shownRows} of ${totalRows} rows that differ.`
    : `Showing all ${totalRows} rows.`;
  return `Comparing ${listNames(names)}. ${rows}`;
}
