/**
 * The words of /connect/ and /es/connect/, the page that answers infobutton requests, in each language. None of them
 * repeats anything from the address: a request chooses which of these sentences shows, never what they say.
 */
import type { Lang } from '../../i18n/lang';
import { CONNECT_PAGE_TITLE } from '../../lib/page-titles/connect';
import type { Problem } from './request';

/** One language's words. */
export interface ConnectWords {
  title: string;
  description: string;
  intro: string[];
  /** Said above the list when a code's page is not yet in Spanish (Spanish only). */
  listHeading: string;
  listIntro: string;
  columns: { code: string; covers: string; page: string };
  /** Shown for a mapping with no page. */
  noPage: string;
  /** A general page chosen because the topic's own page is not in Spanish yet. */
  generalPage: string;
  problemHeading: string;
  problems: Record<Problem, string>;
  nextSteps: string;
  search: string;
  guide: string;
  whatIsIop: string;
  forClinics: string;
  forClinicsLink: string;
}

/** The page's words by language. */
export const CONNECT_WORDS: Record<Lang, ConnectWords> = {
  en: {
    title: CONNECT_PAGE_TITLE.en,
    description:
      'How a clinic’s record system opens the right IOP Guide page from a diagnosis code, in English or Spanish, and the list of codes.',
    intro: [
      'Some clinics link their patient records to this guide. A link next to a diagnosis opens the page that fits it.',
      'If you came here from a link like that, the list below shows each page. Find your code in the list, or search the guide.',
    ],
    listHeading: 'Pages by diagnosis code',
    listIntro: 'Codes are ICD-10-CM codes. A code not in this list opens the page for the range it is in.',
    columns: { code: 'Code', covers: 'What it covers', page: 'Page' },
    noPage: 'No page on this site',
    generalPage: 'general page',
    problemHeading: 'We could not open a page for this link',
    problems: {
      missing: 'The link that brought you here did not include a diagnosis code.',
      malformed: 'The link that brought you here has a diagnosis code we could not read.',
      system:
        'The link that brought you here uses a kind of code this site does not read. It reads ICD-10-CM codes only.',
      unknown: 'This site has no page for the diagnosis code in the link that brought you here.',
    },
    nextSteps: 'You can still find what you need:',
    search: 'Search the guide',
    guide: 'Browse all topics',
    whatIsIop: 'Read what IOP is',
    forClinics: 'For clinics: how to set up these links, with the exact parameters, is on the page',
    forClinicsLink: 'For clinics and professionals',
  },
  es: {
    title: CONNECT_PAGE_TITLE.es,
    description:
      'Cómo el sistema de expedientes de una clínica abre la página de IOP Guide que corresponde a un código de diagnóstico, y la lista de códigos.',
    intro: [
      'Algunas clínicas conectan los expedientes de sus pacientes con esta guía. Un enlace junto a un diagnóstico abre la página que le corresponde.',
      'Si llegó aquí por un enlace así, la lista de abajo muestra cada página. Busque su código en la lista, o busque en la guía.',
    ],
    listHeading: 'Páginas por código de diagnóstico',
    listIntro:
      'Son códigos de la CIE-10-MC (ICD-10-CM, en inglés). Un código que no está en la lista abre la página de su grupo.',
    columns: { code: 'Código', covers: 'Qué incluye', page: 'Página' },
    noPage: 'No hay una página en este sitio',
    generalPage: 'página general',
    problemHeading: 'No pudimos abrir una página con este enlace',
    problems: {
      missing: 'El enlace que lo trajo aquí no tiene un código de diagnóstico.',
      malformed: 'El enlace que lo trajo aquí tiene un código de diagnóstico que no pudimos leer.',
      system:
        'El enlace que lo trajo aquí usa un tipo de código que este sitio no lee. Solo lee códigos de la CIE-10-MC.',
      unknown: 'Este sitio no tiene una página para el código de diagnóstico del enlace que lo trajo aquí.',
    },
    nextSteps: 'Aun así, puede encontrar lo que necesita:',
    search: 'Buscar en la guía',
    guide: 'Ver todos los temas',
    whatIsIop: 'Leer qué es un IOP',
    forClinics: 'Para clínicas: cómo preparar estos enlaces, con los parámetros exactos, está en la página',
    forClinicsLink: 'Para clínicas y profesionales',
  },
};
