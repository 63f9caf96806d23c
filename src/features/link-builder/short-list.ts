/**
 * The list of short addresses (/h/ and /es/h/), for a reader who typed part of one from paper: the page addresses
 * printed on handouts (/h/<code>/) and each handout's own (/p/<code>/), in the page's language, with the words of the
 * list in both languages. Pure, so Node tests reach it.
 */
import type { LinkTarget } from './targets.ts';

/** The list's words in each language. */
export const SHORT_LIST_WORDS = {
  en: {
    intro: 'Short addresses are easy to type from a printed handout. Each one opens a page of this guide.',
    pages: 'Full pages (printed on each handout)',
    handouts: 'Handouts to print',
    opens: 'Opens',
    notHere: 'Typed an address that is not on this list? Check each letter, or',
    search: 'search the guide',
  },
  es: {
    intro:
      'Las direcciones cortas son fáciles de escribir desde una hoja impresa. Cada una abre una página de esta guía.',
    pages: 'Páginas completas (impresas en cada hoja)',
    handouts: 'Hojas para imprimir',
    opens: 'Abre',
    notHere: '¿Escribió una dirección que no está en esta lista? Revise cada letra o',
    search: 'busque en la guía',
  },
} as const;

/** One short address and the page it opens. */
export interface ShortEntry {
  short: string;
  opens: LinkTarget;
}

/**
 * The short addresses of one language, in two groups: pages (/h/<code>/) and handouts (/p/<code>/), each A to Z by
 * code, as a reader holding the paper looks one up. Other keys (none today) are left out rather than shown under the wrong heading.
 */
export function shortList(
  shorts: readonly ShortEntry[],
  lang: 'en' | 'es',
): { pages: ShortEntry[]; handouts: ShortEntry[] } {
  const prefix = lang === 'es' ? '/es' : '';
  const under = (dir: string) =>
    shorts
      .filter((s) => new RegExp(`^${prefix}/${dir}/[^/]+/$`).test(s.short))
      .sort((a, b) => a.short.localeCompare(b.short, 'en'));
  return { pages: under('h'), handouts: under('p') };
}
