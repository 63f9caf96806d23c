/** The A to Z lists on /search/ (what readers without JavaScript browse instead of searching). Pure. */
import { paths } from '../../../lib/urls';
import { FIXED_PAGES } from '../../../lib/pages';

/** One entry in an A to Z list. */
export interface DirectoryLink {
  label: string;
  href: string;
}

/** Fixed pages worth browsing (the search page itself is where the list is shown). */
const BROWSABLE: DirectoryLink[] = [FIXED_PAGES.guide, FIXED_PAGES.compare].map((p) => ({
  label: p.title,
  href: p.path,
}));

/** Sort links A to Z the way readers expect (case and accents ignored, numbers in order). */
export function sortAZ(links: readonly DirectoryLink[]): DirectoryLink[] {
  return [...links].sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base', numeric: true }));
}

/** Every page, FAQ question and glossary term, each list A to Z. */
export function searchDirectory(input: {
  articles: readonly { id: string; title: string }[];
  pages: readonly { id: string; title: string }[];
  faqs: readonly { id: string; question: string }[];
  terms: readonly { id: string; term: string }[];
}): { pages: DirectoryLink[]; questions: DirectoryLink[]; terms: DirectoryLink[] } {
  return {
    pages: sortAZ([
      ...input.articles.map((a) => ({ label: a.title, href: paths.article(a.id) })),
      ...input.pages.map((p) => ({ label: p.title, href: paths.page(p.id) })),
      ...BROWSABLE,
    ]),
    questions: sortAZ(input.faqs.map((f) => ({ label: f.question, href: paths.faqAnswer(f.id) }))),
    terms: sortAZ(input.terms.map((t) => ({ label: t.term, href: paths.glossary(t.id) }))),
  };
}
