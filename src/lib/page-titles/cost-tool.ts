/**
 * The cost worksheet page's title and section ids and headings, for the cost tool and the link builder. A section's
 * id is part of an address a clinic may print (/tools/cost/#questions-to-ask): it never changes, in either language.
 */
import type { Lang } from '../../i18n/lang.ts';

/** Section ids of the cost worksheet page a clinic may link to; the same on the Spanish page. */
export const COST_TOOL_SECTIONS = {
  yourNumbers: 'your-numbers',
  yourEstimate: 'your-estimate',
  worksheet: 'worksheet',
  siteNumbers: 'this-sites-numbers',
  questions: 'questions-to-ask',
  cannotKnow: 'what-this-cannot-know',
} as const;

/** The heading of the estimate section, on its own: the worksheet's browser script shows it and ships only this. */
export const COST_ESTIMATE_TITLE = { en: 'Your estimate', es: 'Su cálculo' } as const;

/** The cost worksheet page's title and its section headings, by the keys of COST_TOOL_SECTIONS. */
export const COST_TOOL_TITLES = {
  en: {
    title: 'What might IOP cost me?',
    yourNumbers: 'Your numbers',
    yourEstimate: COST_ESTIMATE_TITLE.en,
    worksheet: 'Worksheet: do the math on paper',
    siteNumbers: 'This site’s numbers',
    questions: 'Questions to ask to firm it up',
    cannotKnow: 'What this worksheet cannot know',
  },
  es: {
    title: '¿Cuánto podría costarme un IOP?',
    yourNumbers: 'Sus números',
    yourEstimate: COST_ESTIMATE_TITLE.es,
    worksheet: 'Hoja de cálculo: haga las cuentas en papel',
    siteNumbers: 'Los números de este sitio',
    questions: 'Preguntas para tener un cálculo más seguro',
    cannotKnow: 'Lo que esta hoja no puede saber',
  },
} as const satisfies Record<Lang, Record<keyof typeof COST_TOOL_SECTIONS | 'title', string>>;

/** The cost worksheet's sections by id, with their headings in a language (for the link builder and /links.json). */
export function costToolSections(lang: Lang): Record<string, string> {
  return Object.fromEntries(
    Object.entries(COST_TOOL_SECTIONS).map(([key, id]) => [
      id,
      COST_TOOL_TITLES[lang][key as keyof typeof COST_TOOL_SECTIONS],
    ]),
  );
}
