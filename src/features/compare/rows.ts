/**
 * The rows of the levels-of-care comparison, built from content/levels: the one place a level's facts become the
 * words shown in the comparison table, the article tables (LevelsTable) and the widget. Pure, so Node tests reach it.
 */
import type { Level } from '../../model/levels-schema.ts';
import { countOf, type Lang } from './words.ts';

/** One cell's content: lines of text (a list when there are several). */
export type Cell = string[];
/** One row of the comparison: a dimension with a cell per level. */
export interface CompareRow {
  id: string;
  label: string;
  /** The heading the row sits under (rows of a group are next to each other). */
  group: RowGroupId;
  cells: Record<string, Cell>;
}

/** The groups the rows sit under: the level's names first, then the same headings as its sources. */
export type RowGroupId = 'names' | keyof typeof SOURCE_GROUPS;

/** A heading with its rows, in reading order; `note` is one line that explains a term the group's rows use. */
export interface RowGroup {
  id: RowGroupId;
  label: string;
  note?: string;
  rows: CompareRow[];
}

/** "Fewer than 9", "9 to 19", "20 or more", or the level's note where hours are not counted (24-hour settings). */
export function formatHours(
  h: { min?: number; upTo?: number; lessThan?: number } | undefined,
  note?: string,
  lang: Lang = 'en',
): string {
  const w = WORDS[lang];
  if (!h) return note ?? w.notSet;
  if (h.lessThan !== undefined) return w.fewerThan(h.lessThan);
  if (h.min !== undefined && h.upTo !== undefined) return w.range(h.min, h.upTo);
  if (h.min !== undefined) return w.orMore(h.min);
  return note ?? w.notSet;
}

/**
 * The whole-number ASAM level a reader can use: "2" for "2.1" and "2.5", "3" for "3.1 to 3.7" (raters: decimals such
 * as "2.1" read as a sum; the article says once what the number after the dot means).
 */
export function wholeAsamLevel(level: string): string {
  const whole = [...new Set(level.split(' to ').map((part) => part.split('.')[0]))];
  return whole.join('–');
}

/** The comparison's words in each language (the level facts themselves come from content/levels and content/es/levels). */
const WORDS = {
  en: {
    notSet: 'Not set',
    fewerThan: (n: number) => `Fewer than ${n}`,
    range: (a: number, b: number) => `${a} to ${b}`,
    orMore: (n: number) => `${n} or more`,
    /** The plain name first, the whole level number after it (the group's note says what the numbers are). */
    asamCell: (name: string, level: string) => `${name} (level ${level})`,
    names: 'Names',
    asamNote:
      'ASAM, a group of doctors who treat addiction, numbers levels of care from 1 to 4 in its guide (3rd edition). A higher number means more care.',
    none: 'None',
    yes: 'Yes',
    no: 'No',
    sleep: { home: 'At home', program: 'At the program', hospital: 'In the hospital' },
    medicareMin: (n: number) => `The care plan must call for at least ${countOf(n, 'hour')} a week.`,
    rows: {
      'other-names': 'Other names',
      asam: 'Name and number in the ASAM guide',
      'hours-adults': 'Hours a week, adults',
      'hours-teens': 'Hours a week, teens',
      days: 'Days a week',
      session: 'Typical day',
      length: 'How long it lasts',
      sleep: 'Where you sleep',
      'support-24h': '24-hour support',
      oversight: 'Doctors and nurses',
      services: 'Typical services',
      'may-fit': 'Who it may suit',
      'more-care': 'Signs more care may fit',
      'less-care': 'Signs less care may fit',
      withdrawal: 'Withdrawal management (detox)',
      medicare: 'Medicare',
      insurance: 'Insurance',
    },
  },
  es: {
    notSet: 'Sin número fijo',
    fewerThan: (n: number) => `Menos de ${n}`,
    range: (a: number, b: number) => `De ${a} a ${b}`,
    orMore: (n: number) => `${n} o más`,
    asamCell: (name: string, level: string) => `${name} (nivel ${level})`,
    names: 'Nombres',
    asamNote:
      'ASAM, un grupo de médicos que tratan las adicciones, numera los niveles de atención del 1 al 4 en su guía (3.ª edición). Un número más alto significa más atención.',
    none: 'Ninguno',
    yes: 'Sí',
    no: 'No',
    sleep: { home: 'En su casa', program: 'En el programa', hospital: 'En el hospital' },
    medicareMin: (n: number) =>
      `El plan de atención debe indicar por lo menos ${countOf(n, 'hora', 'horas')} por semana.`,
    rows: {
      'other-names': 'Otros nombres',
      asam: 'Nombre y número en la guía de ASAM',
      'hours-adults': 'Horas por semana, adultos',
      'hours-teens': 'Horas por semana, adolescentes',
      days: 'Días por semana',
      session: 'Un día típico',
      length: 'Cuánto dura',
      sleep: 'Dónde duerme',
      'support-24h': 'Apoyo las 24 horas',
      oversight: 'Médicos y enfermeros',
      services: 'Servicios típicos',
      'may-fit': 'A quién le puede servir',
      'more-care': 'Señales de que puede necesitar más atención',
      'less-care': 'Señales de que puede bastar con menos atención',
      withdrawal: 'Manejo de la abstinencia (desintoxicación)',
      medicare: 'Medicare',
      insurance: 'Seguro médico',
    },
  },
} as const;

/** The rows of the comparison table, in reading order, for the given levels (keyed by id, in the site's order). */
export function compareRows(levels: Record<string, Level>, lang: Lang = 'en'): CompareRow[] {
  const ids = Object.keys(levels);
  const w = WORDS[lang];
  const row = (id: keyof typeof w.rows, group: RowGroupId, cell: (l: Level) => Cell | string): CompareRow => ({
    id,
    label: w.rows[id],
    group,
    cells: Object.fromEntries(
      ids.map((k) => {
        const c = cell(levels[k]);
        return [k, typeof c === 'string' ? [c] : c];
      }),
    ),
  });
  return [
    row('other-names', 'names', (l) => l.aliases.join(', ') || w.none),
    row('asam', 'names', (l) => w.asamCell(l.asam.name, wholeAsamLevel(l.asam.level))),
    row('hours-adults', 'hours', (l) => formatHours(l.hours.adults, l.hours.note, lang)),
    row('hours-teens', 'hours', (l) => formatHours(l.hours.teens, l.hours.note, lang)),
    row('days', 'schedule', (l) => l.daysPerWeek),
    row('session', 'schedule', (l) => l.sessionLength),
    row('length', 'schedule', (l) => l.programLength),
    row('sleep', 'setting', (l) => w.sleep[l.sleep]),
    row('support-24h', 'setting', (l) => (l.support24h ? w.yes : w.no)),
    row('oversight', 'setting', (l) => l.oversight),
    row('services', 'services', (l) => l.services),
    row('may-fit', 'fit', (l) => l.mayFit),
    row('more-care', 'fit', (l) => l.moreCareMayFit),
    row('less-care', 'fit', (l) => l.lessCareMayFit),
    row('withdrawal', 'fit', (l) => l.withdrawal),
    row('medicare', 'coverage', (l) =>
      l.medicare.minHours !== undefined ? [w.medicareMin(l.medicare.minHours), l.medicare.note] : [l.medicare.note],
    ),
    row('insurance', 'coverage', (l) => l.insurance),
  ];
}

/**
 * The rows under their headings, in reading order, so no list of facts runs longer than a few items (the table's
 * row groups and the phone cards' headings). A group whose rows are not next to each other is an error.
 */
export function groupRows(rows: readonly CompareRow[], lang: Lang = 'en'): RowGroup[] {
  const labels: Record<RowGroupId, string> = {
    names: WORDS[lang].names,
    ...(lang === 'es' ? SOURCE_GROUPS_ES : SOURCE_GROUPS),
  };
  const groups: RowGroup[] = [];
  for (const r of rows) {
    const last = groups.at(-1);
    if (last?.id === r.group) {
      last.rows.push(r);
      continue;
    }
    if (groups.some((g) => g.id === r.group))
      throw new Error(`compareRows: the rows of group "${r.group}" are not next to each other (row "${r.id}")`);
    const note = r.group === 'names' && rows.some((x) => x.id === 'asam') ? WORDS[lang].asamNote : undefined;
    groups.push({ id: r.group, label: labels[r.group], ...(note ? { note } : {}), rows: [r] });
  }
  return groups;
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
  setting: 'Where you sleep, and doctors and nurses',
  services: 'Services',
  fit: 'Who it may suit, and signs more or less care may fit',
  coverage: 'Medicare and insurance',
} as const;

/** The same headings in Spanish. */
export const SOURCE_GROUPS_ES: Record<keyof typeof SOURCE_GROUPS, string> = {
  hours: 'Horas',
  schedule: 'Días, duración del día y del programa',
  setting: 'Dónde duerme, y médicos y enfermeros',
  services: 'Servicios',
  fit: 'A quién le puede servir, y señales de más o menos atención',
  coverage: 'Medicare y seguro médico',
};

/** What Compare.astro hands its table and its phone cards: the same levels, rows and choice. */
export interface CompareViewProps {
  /** Prefix for element ids. */
  id: string;
  levels: Record<string, Level>;
  rows: CompareRow[];
  /** Levels shown before and after the upgrade; the others carry data-off (hidden only when the script runs). */
  chosen: readonly string[];
  lang?: Lang;
}

/** The data-off attribute of a level's part: present unless the level is chosen (the script then hides it). */
export function offAttr(chosen: readonly string[], level: string): '' | undefined {
  return chosen.includes(level) ? undefined : '';
}
