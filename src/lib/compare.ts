/**
 * The comparison widget's logic, kept free of the DOM so it runs in Node tests and in the browser alike:
 * URL state (?levels=iop,php&diff=1), the rows of the comparison, "differences only", and the example week.
 */
import type { Level, WeekBlock } from './levels-schema';

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
export function parseState(search: string, known: readonly string[], fallback: readonly string[] = DEFAULT_LEVELS): CompareState {
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
export function toggleLevel(chosen: readonly string[], id: string, on: boolean, known: readonly string[]): { levels: string[]; refused?: 'max' | 'min' } {
  const has = chosen.includes(id);
  if (on === has) return { levels: inOrder(chosen, known) };
  if (on && chosen.length >= MAX_CHOSEN) return { levels: inOrder(chosen, known), refused: 'max' };
  if (!on && chosen.length <= MIN_CHOSEN) return { levels: inOrder(chosen, known), refused: 'min' };
  return { levels: inOrder(on ? [...chosen, id] : chosen.filter((x) => x !== id), known) };
}

/** One cell's content: lines of text (a list when there are several). */
export type Cell = string[];
/** One row of the comparison: a dimension with a cell per level. */
export interface CompareRow {
  id: string;
  label: string;
  cells: Record<string, Cell>;
}

/** "Fewer than 9", "9 to 19", "20 or more", or the level's note where hours are not counted (24-hour settings). */
export function formatHours(h: { min?: number; upTo?: number; lessThan?: number } | undefined, note?: string): string {
  if (!h) return note ?? 'Not set';
  if (h.lessThan !== undefined) return `Fewer than ${h.lessThan}`;
  if (h.min !== undefined && h.upTo !== undefined) return `${h.min} to ${h.upTo}`;
  if (h.min !== undefined) return `${h.min} or more`;
  return note ?? 'Not set';
}

const SLEEP_TEXT: Record<Level['sleep'], string> = { home: 'At home', program: 'At the program', hospital: 'In the hospital' };

/** The rows of the comparison table, in reading order, for the given levels (keyed by id, in the site's order). */
export function compareRows(levels: Record<string, Level>): CompareRow[] {
  const ids = Object.keys(levels);
  const row = (id: string, label: string, cell: (l: Level) => Cell | string): CompareRow => ({
    id,
    label,
    cells: Object.fromEntries(ids.map((k) => {
      const c = cell(levels[k]);
      return [k, typeof c === 'string' ? [c] : c];
    })),
  });
  return [
    row('other-names', 'Other names', (l) => l.aliases.join(', ') || 'None'),
    row('asam', 'ASAM level (3rd edition)', (l) => `${l.asam.level}: ${l.asam.name}`),
    row('hours-adults', 'Hours a week, adults', (l) => formatHours(l.hours.adults, l.hours.note)),
    row('hours-teens', 'Hours a week, teens', (l) => formatHours(l.hours.teens, l.hours.note)),
    row('hours-basis', 'Where the hours come from', (l) => l.hours.basis),
    row('days', 'Days a week', (l) => l.daysPerWeek),
    row('session', 'Typical day', (l) => l.sessionLength),
    row('length', 'How long it lasts', (l) => l.programLength),
    row('sleep', 'Where you sleep', (l) => SLEEP_TEXT[l.sleep]),
    row('support-24h', '24-hour support', (l) => (l.support24h ? 'Yes' : 'No')),
    row('oversight', 'Medical and clinical oversight', (l) => l.oversight),
    row('services', 'Typical services', (l) => l.services),
    row('may-fit', 'Who it may suit', (l) => l.mayFit),
    row('more-care', 'Signs more care may fit', (l) => l.moreCareMayFit),
    row('less-care', 'Signs less care may fit', (l) => l.lessCareMayFit),
    row('withdrawal', 'Withdrawal management (detox)', (l) => l.withdrawal),
    row('medicare', 'Medicare', (l) => (l.medicare.minHours !== undefined ? [`The care plan must call for at least ${l.medicare.minHours} hours a week.`, l.medicare.note] : [l.medicare.note])),
    row('insurance', 'Insurance', (l) => l.insurance),
  ];
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
export function announcement(names: readonly string[], diffOnly: boolean, shownRows: number, totalRows: number): string {
  const rows = diffOnly ? `Showing the ${shownRows} of ${totalRows} rows that differ.` : `Showing all ${totalRows} rows.`;
  return `Comparing ${listNames(names)}. ${rows}`;
}

/** "6 pm", "9:30 am", "noon", "midnight" for an hour of the day (0 to 24). */
export function formatTime(hour: number): string {
  if (hour === 0 || hour === 24) return 'midnight';
  if (hour === 12) return 'noon';
  const h = Math.floor(hour);
  const m = Math.round((hour - h) * 60);
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${m ? `:${String(m).padStart(2, '0')}` : ''} ${h < 12 ? 'am' : 'pm'}`;
}

/** True when a block fills the whole day (24-hour settings). */
export function isAllDay(b: WeekBlock): boolean {
  return b.start === 0 && b.end === 24;
}

/** Scheduled hours in the example week, or null for a 24-hour setting where hours are not counted. */
export function weekHours(days: readonly (readonly WeekBlock[])[]): number | null {
  if (days.some((d) => d.some(isAllDay))) return null;
  return days.flat().reduce((sum, b) => sum + (b.end - b.start), 0);
}

/** One day of the example week in words: "6 pm to 9 pm: Group sessions (3 hours)", "No sessions", "All day and night: ...". */
export function describeDay(blocks: readonly WeekBlock[]): string {
  if (!blocks.length) return 'No sessions';
  return blocks
    .map((b) => {
      if (isAllDay(b)) return `All day and night: ${b.label}`;
      const n = b.end - b.start;
      return `${formatTime(b.start)} to ${formatTime(b.end)}: ${b.label} (${n} ${n === 1 ? 'hour' : 'hours'})`;
    })
    .join('; ');
}

/** A level's display name: "Intensive outpatient program (IOP)"; the short name is added only when it is an abbreviation. */
export function levelLabel(level: { name: string; shortName: string }): string {
  return /^[A-Z]{2,}$/.test(level.shortName) ? `${level.name} (${level.shortName})` : level.name;
}

/** Headings for the groups of sources each level cites. */
export const SOURCE_GROUPS = {
  hours: 'Hours',
  schedule: 'Days, day length and program length',
  setting: 'Where you sleep and oversight',
  services: 'Services',
  fit: 'Who it may suit, and signs more or less care may fit',
  coverage: 'Medicare and insurance',
} as const;

/** The example week's visible window: hour blocks are drawn from 6 am to midnight (24-hour settings fill it). */
export const WEEK_START = 6;
export const WEEK_END = 24;

/** Where a block sits in the drawn day, as percentages of the window (clamped to it). */
export function blockBox(b: WeekBlock): { top: number; height: number } {
  const span = WEEK_END - WEEK_START;
  const start = Math.max(b.start, WEEK_START);
  const end = Math.min(b.end, WEEK_END);
  return { top: ((start - WEEK_START) / span) * 100, height: (Math.max(end - start, 0) / span) * 100 };
}
