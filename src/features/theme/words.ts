/**
 * The theme toggle's words in each language: its label (on a phone only the icon shows; the label stays for screen
 * readers).
 */
import type { Lang } from '../../i18n/lang';

/** The theme's words by language. */
export const THEME_WORDS: Record<Lang, { dark: string }> = {
  en: { dark: 'Dark mode' },
  es: { dark: 'Modo oscuro' },
};
