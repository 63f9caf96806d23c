/**
 * The words of <WeekPlanner /> in both languages: a blank week for the reader to fill in with program times, rides
 * and what else the week holds. Kept apart from ./words.ts (the three other pictures) so each picture owns its words.
 */
import type { Lang } from '../../i18n/lang.ts';

/** The planner's title, its column headings (the day first), the seven days from Monday and the line under it. */
export interface WeekPlannerWords {
  title: string;
  columns: readonly [day: string, program: string, ride: string, other: string];
  days: readonly [string, string, string, string, string, string, string];
  hint: string;
}

/** Every word of the planner, by language. */
export const WEEK_PLANNER_WORDS: Record<Lang, WeekPlannerWords> = {
  en: {
    title: 'My week: a blank plan to fill in',
    columns: ['Day', 'Program times', 'Ride there and back', 'Work, school or child care'],
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    hint: 'Print this page and write in the boxes, or copy the grid onto paper.',
  },
  es: {
    title: 'Mi semana: un plan en blanco para llenar',
    columns: ['Día', 'Horas del programa', 'Quién me lleva y me trae', 'Trabajo, escuela o cuidado de niños'],
    days: ['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo'],
    hint: 'Imprima esta página y escriba en los recuadros, o copie la tabla en un papel.',
  },
};
