/** The A to Z lists on /search/ (what readers without JavaScript browse instead of searching). Pure. */
import { FIXED_PAGES, FIXED_PAGES_ES } from '../../../lib/pages';
import { localePaths } from '../../../i18n/lang';

/** One entry in an A to Z list. */
export interface DirectoryLink {
  label: string;
  href: string;
}

/** Fixed pages worth browsing (the search page itself is where the list is shown). */
function browsable(lang: 'en' | 'es'): DirectoryLink[] {
  const paths = localePaths(lang);
  const words = lang === 'es' ? FIXED_PAGES_ES : FIXED_PAGES;
  return [
    { label: words.guide.title, href: paths.guide() },
    { label: words.compare.title, href: paths.compare() },
  ];
}

/** Sort links A to Z the way readers expect (case and accents ignored, numbers in order). */
export function sortAZ(links: readonly DirectoryLink[], lang: 'en' | 'es' = 'en'): DirectoryLink[] {
  // "¿Qué es...?" sorts under Q: opening question and exclamation marks are not letters.
  const key = (s: string) => s.replace(/^[¿¡]/, '');
  return [...links].sort((a, b) =>
    key(a.label).localeCompare(key(b.label), lang, { sensitivity: 'base', numeric: true }),
  );
}

/** Every page, FAQ question and glossary term, each list A to Z. */
export function searchDirectory(input: {
  articles: readonly { id: string; title: string }[];
  pages: readonly { id: string; title: string }[];
  faqs: readonly { id: string; question: string }[];
  terms: readonly { id: string; term: string }[];
  lang?: 'en' | 'es';
}): { pages: DirectoryLink[]; questions: DirectoryLink[]; terms: DirectoryLink[] } {
  const lang = input.lang ?? 'en';
  const paths = localePaths(lang);
  return {
    pages: sortAZ(
      [
        ...input.articles.map((a) => ({ label: a.title, href: paths.article(a.id) })),
        ...input.pages.map((p) => ({ label: p.title, href: paths.page(p.id) })),
        ...browsable(lang),
      ],
      lang,
    ),
    questions: sortAZ(
      input.faqs.map((f) => ({ label: f.question, href: paths.faqAnswer(f.id) })),
      lang,
    ),
    terms: sortAZ(
      input.terms.map((t) => ({ label: t.term, href: paths.glossary(t.id) })),
      lang,
    ),
  };
}
