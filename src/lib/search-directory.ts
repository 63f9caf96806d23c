/** The A to Z lists on /search/ (what readers without JavaScript browse instead of searching). Pure. */
import { paths } from './urls';

/** One entry in an A to Z list. */
export interface DirectoryLink { label: string; href: string }

/** Where each stand-alone page in content/pages lives. */
const PAGE_PATHS: Record<string, string> = {
  faq: paths.faq(),
  glossary: paths.glossary(),
  'get-help': paths.getHelp(),
  about: paths.about(),
  privacy: paths.privacy(),
};

/** Pages with no content entry of their own. */
const FIXED_PAGES: DirectoryLink[] = [
  { label: 'The guide: all topics', href: paths.guide() },
  { label: 'Compare levels of care', href: paths.compare() },
];

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
      ...input.pages.filter((p) => PAGE_PATHS[p.id]).map((p) => ({ label: p.title, href: PAGE_PATHS[p.id] })),
      ...FIXED_PAGES,
    ]),
    questions: sortAZ(input.faqs.map((f) => ({ label: f.question, href: paths.faq(f.id) }))),
    terms: sortAZ(input.terms.map((t) => ({ label: t.term, href: paths.glossary(t.id) }))),
  };
}
