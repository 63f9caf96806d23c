/** The link builder's own words for the titles it lists, in each language (page titles come from their owners). */
import type { Lang } from '../../i18n/lang.ts';

/** Titles of places that have no heading of their own to borrow. */
export const TITLE_WORDS: Record<Lang, { homePage: string; letter: (letter: string) => string }> = {
  en: { homePage: 'Home page', letter: (letter) => `Letter ${letter}` },
  es: { homePage: 'Página principal', letter: (letter) => `Letra ${letter}` },
};
