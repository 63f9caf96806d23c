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
  cells: Record<string, Cell>;
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
 * An ASAM level as the reader's language writes it: "2.1", or a range stored in the levels file as "3.1 to 3.7"
 * (the schema allows only that shape) read as "3.1 a 3.7" in Spanish.
 */
export function formatAsamLevel(level: string, lang: Lang = 'en'): string {
  const range = /^(\S+) to (\S+)$/.exec(level);
  return range ? WORDS[lang].asamRange(range[1], range[2]) : level;
}

/** The comparison's words in each language (the level facts themselves come from content/levels and content/es/levels). */
const WORDS = {
  en: {
    notSet: 'Not set',
    fewerThan: (n: number) => `Fewer than ${n}`,
    range: (a: number, b: number) => `${a} to ${b}`,
    orMore: (n: number) => `${n} or more`,
    asamRange: (a: string, b: string) => `${a} to ${b}`,
    none: 'None',
    yes: 'Yes',
    no: 'No',
    sleep: { home: 'At home', program: 'At the program', hospital: 'In the hospital' },
    medicareMin: (n: number) => `The care plan must call for at least ${countOf(n, 'hour')} a week.`,
    rows: {
      'other-names': 'Other names',
      asam: 'ASAM level (3rd edition)',
      'hours-adults': 'Hours a week, adults',
      'hours-teens': 'Hours a week, teens',
      'hours-basis': 'Where the hours come from',
      days: 'Days a week',
      session: 'Typical day',
      length: 'How long it lasts',
      sleep: 'Where you sleep',
      'support-24h': '24-hour support',
      oversight: 'Medical and clinical oversight',
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
    asamRange: (a: string, b: string) => `${a} a ${b}`,
    none: 'Ninguno',
    yes: 'Sí',
    no: 'No',
    sleep: { home: 'En su casa', program: 'En el programa', hospital: 'En el hospital' },
    medicareMin: (n: number) =>
      `El plan de atención debe indicar por lo menos ${countOf(n, 'hora', 'horas')} por semana.`,
    rows: {
      'other-names': 'Otros nombres',
      asam: 'Nivel ASAM (3.ª edición)',
      'hours-adults': 'Horas por semana, adultos',
      'hours-teens': 'Horas por semana, adolescentes',
      'hours-basis': 'De dónde salen las horas',
      days: 'Días por semana',
      session: 'Un día típico',
      length: 'Cuánto dura',
      sleep: 'Dónde duerme',
      'support-24h': 'Apoyo las 24 horas',
      oversight: 'Supervisión médica y clínica',
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
  const row = (id: keyof typeof w.rows, cell: (l: Level) => Cell | string): CompareRow => ({
    id,
    label: w.rows[id],
    cells: Object.fromEntries(
      ids.map((k) => {
        const c = cell(levels[k]);
        return [k, typeof c === 'string' ? [c] : c];
      }),
    ),
  });
  return [
    row('other-names', (l) => l.aliases.join(', ') || w.none),
    row('asam', (l) => `${formatAsamLevel(l.asam.level, lang)}: ${l.asam.name}`),
    row('hours-adults', (l) => formatHours(l.hours.adults, l.hours.note, lang)),
    row('hours-teens', (l) => formatHours(l.hours.teens, l.hours.note, lang)),
    row('hours-basis', (l) => l.hours.basis),
    row('days', (l) => l.daysPerWeek),
    row('session', (l) => l.sessionLength),
    row('length', (l) => l.programLength),
    row('sleep', (l) => w.sleep[l.sleep]),
    row('support-24h', (l) => (l.support24h ? w.yes : w.no)),
    row('oversight', (l) => l.oversight),
    row('services', (l) => l.services),
    row('may-fit', (l) => l.mayFit),
    row('more-care', (l) => l.moreCareMayFit),
    row('less-care', (l) => l.lessCareMayFit),
    row('withdrawal', (l) => l.withdrawal),
    row('medicare', (l) =>
      l.medicare.minHours !== undefined ? [w.medicareMin(l.medicare.minHours), l.medicare.note] : [l.medicare.note],
    ),
    row('insurance', (l) => l.insurance),
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

/** The same headings in Spanish. */
export const SOURCE_GROUPS_ES: Record<keyof typeof SOURCE_GROUPS, string> = {
  hours: 'Horas',
  schedule: 'Días, duración del día y del programa',
  setting: 'Dónde duerme y supervisión',
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
