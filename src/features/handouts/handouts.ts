/**
 * Handouts: where each one's QR code and short address lead and which helplines a printout carries (the check that
 * every handout's short address is registered in content/links.yaml is src/model/handout-links.ts). Pure, so Node
 * tests reach it.
 */
import { CRISIS_LINES_ES, crisisLine, MORE_LINES, type Helpline } from '../../lib/crisis.ts';
import { absoluteUrl, bareUrl } from '../../lib/urls.ts';
import { localePaths } from '../../i18n/lang.ts';

/** The fields of a handout these helpers need. */
export interface HandoutRef {
  id: string;
  short: string;
  article: string;
}

/**
 * Where a handout sends the reader for the full page. The QR code encodes the article's own absolute URL (a scan opens
 * the page itself, with no redirect on the way); the short address is for typing, and the link registry keeps it
 * pointing at the same page.
 */
export function handoutAddresses(h: HandoutRef, site: URL | string, lang: 'en' | 'es' = 'en') {
  // A Spanish handout leads to the Spanish page, by its own short address (/es/h/<code>/).
  const p = localePaths(lang);
  const full = absoluteUrl(p.article(h.article), site);
  const short = absoluteUrl(p.shortLink(h.short), site);
  // The handout's own short address (/p/<code>/), to find the sheet again and print it.
  const own = absoluteUrl(p.handoutShortLink(h.short), site);
  return { full, short, own, fullText: bareUrl(full), shortText: bareUrl(short), ownText: bareUrl(own) };
}

/** The helplines a handout prints: 988 (with its Spanish line), 911 and the SAMHSA National Helpline. */
export const HANDOUT_CRISIS_LINES: readonly Helpline[] = [
  crisisLine('988'),
  MORE_LINES.find((l) => l.id === '988-spanish')!,
  crisisLine('911'),
  crisisLine('samhsa'),
];

/** The helplines a Spanish handout prints: 988 in Spanish, 911 and the SAMHSA National Helpline. */
export const HANDOUT_CRISIS_LINES_ES: readonly Helpline[] = CRISIS_LINES_ES;

/** The same headings and words in Spanish. */
export const HANDOUT_WORDS = {
  en: {
    kicker: 'Free handout to print and share',
    print: 'Print this handout',
    scan: 'Scan the code with a phone camera, or type:',
    home: 'Home',
    handouts: 'Handouts',
    noJsPrint: 'To print, use your browser’s Print command.',
    onePage: 'One page',
    twoPages: 'Two pages',
    shortFor: 'Short address for the full page:',
    ownShort: 'Short address for this handout:',
  },
  es: {
    kicker: 'Hoja informativa gratis para imprimir y compartir',
    print: 'Imprimir esta hoja',
    scan: 'Escanee el código con la cámara de un teléfono, o escriba:',
    home: 'Inicio',
    handouts: 'Hojas informativas',
    noJsPrint: 'Para imprimir, use el comando Imprimir de su navegador.',
    onePage: 'Una página',
    twoPages: 'Dos páginas',
    shortFor: 'Dirección de la página completa:',
    ownShort: 'Dirección corta de esta hoja:',
  },
} as const;
