/** The headings every handout's layout adds after its body, for the handouts feature and the link builder. */
import type { Lang } from '../../i18n/lang.ts';

/** The headings every handout's layout adds after its body, by id, in each language. */
export const HANDOUT_HEADINGS = {
  en: {
    'full-page': 'Read the full page',
    'crisis-help': 'Crisis help, any time',
    sources: 'Sources',
  },
  es: {
    'full-page': 'Lea la página completa',
    'crisis-help': 'Ayuda en una crisis, a cualquier hora',
    sources: 'Fuentes',
  },
} as const satisfies Record<Lang, Record<string, string>>;
