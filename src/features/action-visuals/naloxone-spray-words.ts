/**
 * The words of <NaloxoneSpray /> (one small drawing of giving naloxone: the spray in one nostril), in both languages.
 * Its own module so the shared words module of the other pictures stays untouched.
 */
import type { Lang } from '../../i18n/lang.ts';

/** The drawing's caption, one short line: what the picture shows the reader to do. */
export const NALOXONE_SPRAY_WORDS: Record<Lang, { caption: string }> = {
  en: { caption: 'Naloxone: spray into one nostril' },
  es: { caption: 'Naloxona: rocíe en un lado de la nariz' },
};
