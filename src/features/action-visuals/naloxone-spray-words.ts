/**
 * The words of <NaloxoneSpray /> (one small drawing of giving naloxone: the spray in one nostril), in both languages.
 * Its own module so the shared words module of the other pictures stays untouched.
 */
import type { Lang } from '../../i18n/lang.ts';

/** The drawing's caption, one line: what the picture shows the reader to do, and where to get the spray. */
export const NALOXONE_SPRAY_WORDS: Record<Lang, { caption: string }> = {
  en: { caption: 'Naloxone: spray into one nostril. Drug stores sell it, no prescription needed.' },
  es: { caption: 'Naloxona: rocíe en un lado de la nariz. Se vende en farmacias, sin receta.' },
};
