/**
 * The rows of the levels-of-care comparison, built from content/levels: the one place a level's facts become the
 * words shown in the comparison table, the article tables (LevelsTable) and the widget. Pure, so Node tests reach it.
 */
import type { Level } from '../../model/levels-schema.ts';
import { countOf } from './words.ts';

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

const SLEEP_TEXT: Record<Level['sleep'], string> = {
  home: 'At home',
  program: 'At the program',
  hospital: 'In the hospital',
};

/** The rows of the comparison table, in reading order, for the given levels (keyed by id, in the site's order). */
export function compareRows(levels: Record<string, Level>): CompareRow[] {
  const ids = Object.keys(levels);
  const row = (id: string, label: string, cell: (l: Level) => Cell | string): CompareRow => ({
    id,
    label,
    cells: Object.fromEntries(
      ids.map((k) => {
        const c = cell(levels[k]);
        return [k, typeof c === 'string' ? [c] : c];
      }),
    ),
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
    row('medicare', 'Medicare', (l) =>
      l.medicare.minHours !== undefined
        ? [`The care plan must call for at least ${countOf(l.medicare.minHours, 'hour')} a week.`, l.medicare.note]
        : [l.medicare.note],
    ),
    row('insurance', 'Insurance', (l) => l.insurance),
  ];
}

/** The levels named in `only` (all when it is not given), keeping the site's order. */
export function pickLevels<L>(levels: Record<string, L>, only?: readonly string[]): Record<string, L> {
  return only ? Object.fromEntries(Object.entries(levels).filter(([id]) => only.includes(id))) : levels;
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
