/** The feeds' words in each language: their titles and descriptions, and the lines of a "what changed" entry. */
import { formatDate } from '../../lib/dates';
import type { Lang } from '../../i18n/lang';

/** One language's feed words. */
export interface FeedWords {
  feedTitle: string;
  feedDescription: string;
  changesTitle: string;
  changesDescription: string;
  /** Who writes the site (the about page's words: an editorial team that is not named). */
  authors: string;
  keyPoints: string;
  changed: (day: Date, page: string) => string;
  coming: (day: Date, page: string) => string;
  /** One value's change: what the page said, and what it says from the day. */
  change: (before: string, after: string, day: Date) => string;
  reprint: string;
}

/** The feed words by language. */
export const FEED_WORDS: Record<Lang, FeedWords> = {
  en: {
    feedTitle: 'IOP Guide',
    feedDescription:
      'Every guide page, answer and handout of IOP Guide, with its summary, key points and review dates, for patient portals and clinic sites.',
    changesTitle: 'IOP Guide: what changed',
    changesDescription:
      'Pages whose dated facts (amounts, deadlines, rules) changed or are about to change, with the day, so clinics know when to print a handout again.',
    authors: 'IOP Guide editorial team',
    keyPoints: 'Key points:',
    changed: (day, page) => `Changed on ${formatDate(day)}: ${page}`,
    coming: (day, page) => `Changes on ${formatDate(day)}: ${page}`,
    change: (before, after, day) => `The page said “${before}”. From ${formatDate(day)}, it says “${after}”.`,
    reprint: 'If you printed this page or its handout, print it again from that day.',
  },
  es: {
    feedTitle: 'IOP Guide en español',
    feedDescription:
      'Cada página de la guía, respuesta y hoja informativa en español de IOP Guide, con su resumen, puntos clave y fechas de revisión.',
    changesTitle: 'IOP Guide en español: qué cambió',
    changesDescription:
      'Páginas con datos que cambian en una fecha (montos, plazos, reglas), con el día del cambio, para saber cuándo volver a imprimir una hoja.',
    authors: 'Equipo editorial de IOP Guide',
    keyPoints: 'Puntos clave:',
    changed: (day, page) => `Cambió el ${formatDate(day, 'es-US')}: ${page}`,
    coming: (day, page) => `Cambia el ${formatDate(day, 'es-US')}: ${page}`,
    change: (before, after, day) =>
      `La página decía «${before}». Desde el ${formatDate(day, 'es-US')}, dice «${after}».`,
    reprint: 'Si imprimió esta página o su hoja informativa, vuelva a imprimirla desde ese día.',
  },
};
