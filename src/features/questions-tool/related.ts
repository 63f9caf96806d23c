/** The pages the questions tool suggests reading next, with their titles from content, in the page's language. */
import { getArticleRefs, getHandouts } from '../../model/queries';
import { localePaths, type Lang } from '../../i18n/lang';
import { WORDS } from './words';

/** Articles that go deeper on the questions (those with no page in the language are left out), in this order. */
const ARTICLES = ['choosing-a-program', 'therapies-and-services', 'paying-for-iop', 'after-iop'];
/** The printed checklist with the same kind of questions. */
const HANDOUT = 'questions-to-ask';

/** Links to read next: the articles, then the handout. */
export async function relatedPages(lang: Lang): Promise<{ href: string; label: string }[]> {
  const p = localePaths(lang);
  const [articles, handouts] = await Promise.all([getArticleRefs(lang), getHandouts(lang)]);
  const links = ARTICLES.flatMap((id) => {
    const a = articles.find((x) => x.id === id);
    return a ? [{ href: p.article(id), label: a.title }] : [];
  });
  const handout = handouts.find((h) => h.id === HANDOUT);
  if (handout) links.push({ href: p.handout(HANDOUT), label: `${WORDS[lang].handout}: ${handout.title}` });
  return links;
}
