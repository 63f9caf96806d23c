/** Words shared by the comparison's build-time parts and its browser script (kept tiny: the script ships it). */

/** The site's languages (as src/i18n/lang.ts; repeated here so the browser script does not ship the i18n module). */
export type Lang = 'en' | 'es';

/** "1 hour", "3 hours", "1.5 hours": a count with its noun, singular only for exactly 1. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What the status line says: the comparison shown after a change, or why a change or a link was refused. */
export const STATUS_WORDS = {
  en: {
    and: 'and',
    comparing: (names: string) => `Comparing ${names}.`,
    refusedMax: (max: number) => `You can compare up to ${countOf(max, 'level')} at once. Uncheck one first.`,
    refusedMin: (min: number) => `Keep at least ${countOf(min, 'level')} checked to compare.`,
    /** A link named more levels than fit: which are shown, which are left out, and how to see them. */
    tooMany: (named: number, max: number, shown: string, dropped: string, many: boolean) =>
      `This link names ${named} levels, but only ${max} fit side by side. Showing ${shown}; left out: ${dropped}. To see ${many ? 'them' : 'it'}, uncheck ${many ? 'other levels' : 'another level'}, then check ${many ? 'them' : 'it'}.`,
  },
  es: {
    and: 'y',
    comparing: (names: string) => `Comparando ${names}.`,
    refusedMax: (max: number) =>
      `Puede comparar hasta ${countOf(max, 'nivel', 'niveles')} a la vez. Primero desmarque uno.`,
    refusedMin: (min: number) => `Deje marcados por lo menos ${countOf(min, 'nivel', 'niveles')} para comparar.`,
    tooMany: (named: number, max: number, shown: string, dropped: string, many: boolean) =>
      `Este enlace nombra ${named} niveles, pero solo caben ${max} lado a lado. Se muestran ${shown}; no se muestra${many ? 'n' : ''} ${dropped}. Para ver${many ? 'los' : 'lo'}, desmarque ${many ? 'otros niveles' : 'otro nivel'} y luego márque${many ? 'los' : 'lo'}.`,
  },
} as const;

/** The example week's words: the clock, the chart's short hour marks, and a day and a week told in words. */
export const WEEK_WORDS = {
  en: {
    midnight: 'midnight',
    noon: 'noon',
    am: 'am',
    pm: 'pm',
    /** A mark on the chart's scale: "6a", "12p". */
    hourMark: (h12: number, am: boolean) => (h12 === 12 ? (am ? 'midnight' : 'noon') : `${h12} ${am ? 'am' : 'pm'}`),
    noSessions: 'No sessions',
    allDay: 'All day and night',
    span: (from: string, to: string, label: string, hours: number) =>
      `${from} to ${to}: ${label} (${countOf(hours, 'hour')})`,
    dayAndNight: 'there day and night',
    weekHours: (total: number) => `${countOf(total, 'hour')} in this example week`,
  },
  es: {
    midnight: 'medianoche',
    noon: 'mediodía',
    am: 'a. m.',
    pm: 'p. m.',
    /** As US Spanish writes it: "6 a. m.", "12 p. m.". */
    hourMark: (h12: number, am: boolean) =>
      h12 === 12 ? (am ? 'medianoche' : 'mediodía') : `${h12} ${am ? 'a. m.' : 'p. m.'}`,
    noSessions: 'Sin sesiones',
    allDay: 'Todo el día y la noche',
    span: (from: string, to: string, label: string, hours: number) =>
      `De ${from} a ${to}: ${label} (${countOf(hours, 'hora', 'horas')})`,
    dayAndNight: 'allí de día y de noche',
    weekHours: (total: number) => `${countOf(total, 'hora', 'horas')} en esta semana de ejemplo`,
  },
} as const;
