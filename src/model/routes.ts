// The props of each route that has one page per entry, in a language: the English routes and their Spanish twins
// under src/pages/es/ (which render the English route's component) share them, so both build the same way.
import { getArticles, getFaqs, getHandouts, getPage, getPlainPages } from './queries';
import type { Lang } from '../i18n/lang';

/** One page per article (/guide/<id>/ and /es/guide/<id>/). */
export async function articleRoutes(lang: Lang) {
  const articles = await getArticles(lang);
  const refs = articles.map((e) => ({ ...e.data, id: e.id }));
  return articles.map((entry, i) => ({ params: { slug: entry.id }, props: { entry, refs, ref: refs[i] } }));
}

/** One page per FAQ answer. */
export async function faqRoutes(lang: Lang) {
  const [faqs, page] = await Promise.all([getFaqs(lang), getPage('faq', lang)]);
  return faqs.map((faq) => ({ params: { id: faq.id }, props: { faq, page } }));
}

/** One page per handout. */
export async function handoutRoutes(lang: Lang) {
  return (await getHandouts(lang)).map((handout) => ({ params: { topic: handout.id }, props: { handout } }));
}

/** One page per plain content page (about, privacy, ...). */
export async function plainPageRoutes(lang: Lang) {
  return (await getPlainPages(lang)).map((page) => ({ params: { page: page.id }, props: { page } }));
}
