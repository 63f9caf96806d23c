/**
 * Results that search puts first for some queries, rendered on the server into SearchPanel's templates: the Get help
 * page for a crisis query, and how to find a program for a "near me" query. Titles and words come from content/.
 */
import { localePaths } from '../../../i18n/lang.ts';
import { firstSentences } from '../../../lib/plain-text.ts';
import { SEARCH_WORDS } from '../words.ts';

/** One result shown first. */
export interface Pin {
  title: string;
  href: string;
  /** The small line under the title (where it sits on the site). */
  label: string;
  excerpt: string;
}

/** The FAQ and article that say how to find a program (ids in content/faq and content/articles). */
export const FIND_A_PROGRAM = { faq: 'find-a-program', article: 'choosing-a-program' } as const;

/** The pinned results, from the Get help page, the "find a program" FAQ and the choosing article. */
export function searchPins(input: {
  help: { title: string; description: string };
  /** FAQ answers as plain text with their real values (src/model/text.ts), never raw Markdown. */
  faqs: readonly { id: string; question: string; text: string }[];
  articles: readonly { id: string; title: string; description: string }[];
  faqLabel: string;
  lang?: 'en' | 'es';
}): { crisis: Pin[]; near: Pin[] } {
  const lang = input.lang ?? 'en';
  const paths = localePaths(lang);
  const words = SEARCH_WORDS[lang];
  const faq = input.faqs.find((f) => f.id === FIND_A_PROGRAM.faq);
  const article = input.articles.find((a) => a.id === FIND_A_PROGRAM.article);
  if (!faq) throw new Error(`search: content/faq/${FIND_A_PROGRAM.faq}.mdx is missing`);
  if (!article) throw new Error(`search: content/articles/${FIND_A_PROGRAM.article}.mdx is missing`);
  return {
    crisis: [
      { title: input.help.title, href: paths.getHelp(), label: words.pinCrisis, excerpt: input.help.description },
    ],
    near: [
      { title: faq.question, href: paths.faqAnswer(faq.id), label: input.faqLabel, excerpt: firstSentences(faq.text) },
      { title: article.title, href: paths.article(article.id), label: words.pinGuide, excerpt: article.description },
    ],
  };
}
