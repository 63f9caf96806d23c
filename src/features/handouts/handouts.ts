/**
 * Handouts: where each one's QR code and short address lead, which helplines a printout carries, and the check that
 * every handout's short address is registered in content/links.yaml. Pure, so Node tests reach it.
 */
import { CRISIS_LINES_ES, crisisLine, MORE_LINES, type Helpline } from '../../lib/crisis.ts';
import { absoluteUrl, sitePaths } from '../../lib/urls.ts';
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
// Stryker disable next-line StringLiteral: a default language of '' gives the English paths too (only 'es' differs).
export function handoutAddresses(h: HandoutRef, site: URL | string, lang: 'en' | 'es' = 'en') {
  // A Spanish handout leads to the Spanish page, by its own short address (/es/h/<code>/).
  const p = localePaths(lang);
  const full = absoluteUrl(p.article(h.article), site);
  const short = absoluteUrl(p.shortLink(h.short), site);
  // The handout's own short address (/p/<code>/), to find the sheet again and print it.
  const own = absoluteUrl(p.handoutShortLink(h.short), site);
  return { full, short, own, fullText: bareUrl(full), shortText: bareUrl(short), ownText: bareUrl(own) };
}

/** A URL as people type it: no "https://", no "www." ("iopguide.org/h/vs/"). */
export function bareUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '');
}

/**
 * Problems with handouts' short addresses: each handout has two, registered under `short:` in content/links.yaml:
 * /h/<code>/ leads to the handout's article (it is printed on the sheet), and /p/<code>/ to the handout itself. No two
 * handouts may share a code. Each problem names the file and what to do.
 */
export function shortLinkProblems(
  handouts: readonly HandoutRef[],
  short: Record<string, string>,
  // Stryker disable next-line StringLiteral: a default language of '' gives the English paths too (only 'es' differs).
  lang: 'en' | 'es' = 'en',
): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  // Registry keys are site paths without the base; a Spanish handout's address is under /es/.
  const site = lang === 'es' ? localePaths('es', '/') : sitePaths;
  const folder = lang === 'es' ? 'content/es/handouts' : 'content/handouts';
  for (const h of handouts) {
    if (seen.has(h.short))
      problems.push(`${folder}/${h.id}.mdx: short: "${h.short}" is also used by ${seen.get(h.short)}`);
    seen.set(h.short, h.id);
    for (const [from, to, what] of [
      [site.shortLink(h.short), site.article(h.article), 'the page this handout sums up'],
      [site.handoutShortLink(h.short), site.handout(h.id), 'this handout'],
    ]) {
      if (short[from] === undefined)
        problems.push(
          `${folder}/${h.id}.mdx: short: ${from} is not registered. Add "${from}: ${to}" under "short:" in content/links.yaml.`,
        );
      else if (short[from] !== to)
        problems.push(
          `${folder}/${h.id}.mdx: short: ${from} leads to ${short[from]} in content/links.yaml, not to ${to}, ${what}.`,
        );
    }
  }
  return problems;
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

/** The headings every handout's layout adds after its body, in Spanish (same ids). */
export const HANDOUT_HEADINGS_ES: Record<keyof typeof HANDOUT_HEADINGS, string> = {
  'full-page': 'Lea la página completa',
  'crisis-help': 'Ayuda en una crisis, a cualquier hora',
  sources: 'Fuentes',
};

/** The headings every handout's layout adds after its body, by id (the layout and the link builder both use them). */
export const HANDOUT_HEADINGS = {
  'full-page': 'Read the full page',
  'crisis-help': 'Crisis help, any time',
  sources: 'Sources',
} as const;
