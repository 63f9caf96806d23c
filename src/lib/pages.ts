/** The site's own pages that have no content file: their titles and descriptions, used by their routes and lists. */
import { paths } from './urls.ts';

/** One fixed page: where it lives, its title and its meta description. */
export interface FixedPage {
  path: string;
  title: string;
  description: string;
}

/** Pages whose words live in src/ rather than content/ (content/pages holds the rest). */
export const FIXED_PAGES = {
  guide: {
    path: paths.guide(),
    title: 'The guide: all topics',
    description:
      'Every page of IOP Guide by topic: what IOP is, levels of care, paying, choosing a program, families and teens, after IOP, and your rights.',
  },
  compare: {
    path: paths.compare(),
    title: 'Compare levels of care',
    description:
      'See intensive outpatient programs (IOP) side by side with outpatient therapy, PHP, residential and hospital care.',
  },
  search: {
    path: paths.search(),
    title: 'Search',
    description:
      "Search IOP Guide's articles, frequently asked questions and glossary. Your search stays in your browser.",
  },
  handouts: {
    path: paths.handouts(),
    title: 'Handouts to print',
    description:
      'One-page handouts about IOP to print or share: what IOP is, IOP vs PHP, paying, questions to ask, families and teens.',
  },
  shortLinks: {
    path: paths.shortLinks(),
    title: 'Short addresses',
    description: 'Every short address printed on IOP Guide handouts, and the page each one opens.',
  },
  linkBuilder: {
    path: paths.linkBuilder(),
    title: 'Make a link or QR code',
    description:
      'Make a link, short address, QR code or text message for any page or section of IOP Guide. It all happens in your browser.',
  },
} as const satisfies Record<string, FixedPage>;

/** The same fixed pages in Spanish (under /es/; the link builder is for clinics and stays English). */
export const FIXED_PAGES_ES: Record<
  'guide' | 'compare' | 'search' | 'handouts' | 'shortLinks',
  { title: string; description: string }
> = {
  guide: {
    title: 'La guía: todos los temas',
    description:
      'Todas las páginas en español de IOP Guide por tema: qué es un IOP, los niveles de atención, cómo pagar, cómo elegir un programa, y familias y adolescentes.',
  },
  compare: {
    title: 'Compare los niveles de atención',
    description:
      'Vea los programas intensivos ambulatorios (IOP) junto a la terapia ambulatoria, la hospitalización parcial, el tratamiento residencial y el hospital.',
  },
  search: {
    title: 'Buscar',
    description:
      'Busque en las páginas, preguntas frecuentes y glosario en español de IOP Guide. Su búsqueda se queda en su navegador.',
  },
  handouts: {
    title: 'Hojas informativas para imprimir',
    description:
      'Hojas de una página sobre el IOP para imprimir o compartir: qué es un IOP, IOP y PHP, cómo pagar y preguntas para hacer.',
  },
  shortLinks: {
    title: 'Direcciones cortas',
    description: 'Todas las direcciones cortas de las hojas informativas de IOP Guide y la página que abre cada una.',
  },
};

/** A fixed page's title and description in a language. */
export function fixedPage(id: keyof typeof FIXED_PAGES_ES, lang: 'en' | 'es'): { title: string; description: string } {
  return lang === 'es' ? FIXED_PAGES_ES[id] : FIXED_PAGES[id];
}

/** Pages in content/pages that have routes of their own (the rest are served by src/pages/[page].astro). */
export const CONTENT_PAGES_WITH_OWN_ROUTES: readonly string[] = ['faq', 'glossary', 'get-help'];
