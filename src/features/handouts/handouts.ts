/**
 * Handouts: where each one's QR code and short address lead and which helplines a printout carries (the check that
 * every handout's short address is registered in content/links.yaml is src/model/handout-links.ts). Pure, so Node
 * tests reach it.
 */
import { CRISIS_LINES_ES, crisisLine, MORE_LINES, type Helpline } from '../../lib/crisis.ts';
import { absoluteUrl, bareUrl } from '../../lib/urls.ts';
import { localePaths } from '../../i18n/lang.ts';
import type { WriteInField } from '../../model/schemas.ts';

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

/**
 * A printed sheet has no glossary link and no room for each line's detail, so the SAMHSA line spells the acronym out
 * after its name (health-literacy raters asked for it on every sheet); the name and numbers stay the registry's.
 */
const SPELLED_OUT: Record<'en' | 'es', string> = {
  en: 'the US Substance Abuse and Mental Health Services Administration',
  es: 'la Administración de Servicios de Salud Mental y Abuso de Sustancias de EE. UU.',
};
const spelledOut = (l: Helpline, lang: 'en' | 'es'): Helpline =>
  l.id === 'samhsa' ? { ...l, gloss: SPELLED_OUT[lang] } : l;

/** The helplines a handout prints: 988 (with its Spanish line), 911 and the SAMHSA National Helpline. */
export const HANDOUT_CRISIS_LINES: readonly Helpline[] = [
  crisisLine('988'),
  MORE_LINES.find((l) => l.id === '988-spanish')!,
  crisisLine('911'),
  spelledOut(crisisLine('samhsa'), 'en'),
];

/** The helplines a Spanish handout prints: 988 in Spanish, 911 and the SAMHSA National Helpline. */
export const HANDOUT_CRISIS_LINES_ES: readonly Helpline[] = CRISIS_LINES_ES.map((l) => spelledOut(l, 'es'));

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

/** Fields that print as full-width lines (two of them) rather than one line beside a label. */
export const WIDE_WRITE_IN: ReadonlySet<WriteInField> = new Set(['questions', 'medicines', 'notes']);

/** The words of a printed handout's write-in area: its heading, each blank's label, and the note shown on screen. */
export const WRITE_IN_WORDS = {
  en: {
    heading: 'Write it down',
    fields: {
      program: 'Program name',
      programPhone: 'Program phone',
      appointment: 'My appointment',
      planPhone: 'My plan’s phone',
      memberId: 'My member ID',
      spokeWith: 'Date, and who I spoke with',
      doctorPhone: 'My doctor’s phone',
      address: 'Our address (to tell 911)',
      naloxone: 'Where our naloxone is',
      medicines: 'Their medicines and doctors',
      questions: 'My questions',
      notes: 'Notes',
      estimateTotal: 'Estimate total',
      billTotal: 'Bill total',
      billDate: 'Bill date',
      lastDay: 'Last day to dispute',
    },
    screen: (list: string) => `Print this sheet to write on it. It has lines for ${list}.`,
  },
  es: {
    heading: 'Para anotar',
    fields: {
      program: 'Nombre del programa',
      programPhone: 'Teléfono del programa',
      appointment: 'Mi cita',
      planPhone: 'Teléfono de mi plan',
      memberId: 'Mi número de miembro',
      spokeWith: 'Fecha y con quién hablé',
      doctorPhone: 'Teléfono de mi médico',
      address: 'Nuestra dirección (para el 911)',
      naloxone: 'Dónde está nuestra naloxona',
      medicines: 'Sus medicinas y médicos (en una emergencia se los preguntarán)',
      questions: 'Mis preguntas',
      notes: 'Notas',
      estimateTotal: 'Total del estimado',
      billTotal: 'Total de la factura',
      billDate: 'Fecha de la factura',
      lastDay: 'Último día para disputar',
    },
    screen: (list: string) => `Imprima esta hoja para escribir en ella. Tiene líneas para anotar: ${list}.`,
  },
} as const satisfies Record<'en' | 'es', { heading: string; fields: Record<WriteInField, string>; screen: unknown }>;

/**
 * A handout's write-in area in one language: each blank's label and whether it is wide, and the sentence the screen
 * shows instead of blank lines (a list of the labels in lower case, with their notes in brackets).
 */
export function writeIn(fields: readonly WriteInField[], lang: 'en' | 'es') {
  const words = WRITE_IN_WORDS[lang];
  const labels = fields.map((f) => words.fields[f]);
  // A note in brackets stays: it says why the line is there ("(to tell 911)"), which a reader needs on screen too.
  const names = labels.map((l) => l.charAt(0).toLowerCase() + l.slice(1));
  const list = new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
  return {
    heading: words.heading,
    fields: fields.map((f, i) => ({ id: f, label: labels[i], wide: WIDE_WRITE_IN.has(f) })),
    screen: words.screen(list),
  };
}
