/** Ordering, previous/next, related pages and breadcrumbs for articles: pure functions over plain data. */
import { TOPICS, topicInfo, type Topic } from './topics';
import { localePaths, type Lang } from '../i18n/lang';
import { UI } from '../i18n/strings';

/** The fields navigation needs from an article entry. */
export interface ArticleRef {
  id: string;
  title: string;
  shortTitle?: string;
  topic: Topic;
  order: number;
  related: string[];
  description: string;
}

/** A labelled link. */
export interface NavLink {
  href: string;
  label: string;
}

/** Articles in reading order; throws if two share an order number (prev/next would be ambiguous). */
export function sortArticles<T extends ArticleRef>(articles: readonly T[]): T[] {
  const sorted = [...articles].sort((a, b) => a.order - b.order);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].order === sorted[i - 1].order) {
      throw new Error(`articles "${sorted[i - 1].id}" and "${sorted[i].id}" share order ${sorted[i].order}`);
    }
  }
  return sorted;
}

/** The articles before and after one in reading order. */
export function prevNext<T extends ArticleRef>(sorted: readonly T[], id: string): { prev?: T; next?: T } {
  const i = sorted.findIndex((a) => a.id === id);
  if (i < 0) throw new Error(`unknown article "${id}"`);
  return { prev: sorted[i - 1], next: sorted[i + 1] };
}

/**
 * Resolve an article's related slugs; an unknown slug is an error naming both articles. A translation's related
 * article that has no twin yet is found in `fallback` (the English articles) and marked with its language.
 */
export function relatedArticles<T extends ArticleRef>(
  all: readonly T[],
  article: ArticleRef,
  fallback: readonly T[] = [],
): (T & { lang?: Lang })[] {
  return article.related.map((slug) => {
    const found = all.find((a) => a.id === slug);
    if (found) return found;
    const english = fallback.find((a) => a.id === slug);
    if (!english) throw new Error(`content/articles/${article.id}.mdx: related: no article "${slug}"`);
    return { ...english, lang: 'en' as const };
  });
}

/** Articles grouped by topic, topics in their fixed order, empty topics left out. */
export function groupByTopic<T extends ArticleRef>(
  sorted: readonly T[],
  lang: Lang = 'en',
): { topic: Topic; label: string; blurb: string; articles: T[] }[] {
  return TOPICS.map((topic) => ({
    topic,
    ...topicInfo(lang)[topic],
    articles: sorted.filter((a) => a.topic === topic),
  })).filter((g) => g.articles.length > 0);
}

/**
 * Breadcrumb trail for an article: Home > The guide > topic. Only the pages above it: the page's own title is the h1
 * right below, and repeating it read as "Paying for IOP > Paying for IOP".
 */
export function articleBreadcrumbs(article: ArticleRef, lang: Lang = 'en'): NavLink[] {
  const paths = localePaths(lang);
  return [
    { href: paths.home(), label: UI[lang].home.label },
    { href: paths.guide(), label: UI[lang].home.guide },
    { href: paths.topic(article.topic), label: topicInfo(lang)[article.topic].label },
  ];
}
