// The only module that reads content collections. Pages ask here, then hand plain data to src/lib and layouts.
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortArticles } from './lib/navigation';
import type { Level } from './lib/levels-schema';

/** Every article in reading order. */
export async function getArticles(): Promise<CollectionEntry<'articles'>[]> {
  const entries = await getCollection('articles');
  // navigation works on flat refs; keep the full entry alongside
  const order = sortArticles(entries.map((e) => ({ ...e.data, id: e.id })));
  return order.map((ref) => entries.find((e) => e.id === ref.id)!);
}

/** Flat article refs (id + frontmatter) in reading order, for navigation helpers. */
export async function getArticleRefs() {
  return (await getArticles()).map((e) => ({ ...e.data, id: e.id }));
}

/** Levels of care keyed by id, sorted by their order field. */
export async function getLevels(): Promise<Record<string, Level>> {
  const entries = (await getCollection('levels')).sort((a, b) => a.data.order - b.data.order);
  return Object.fromEntries(entries.map((e) => [e.id, e.data]));
}

/** A stand-alone page entry (about, privacy, faq, glossary); a missing one is a clear build error. */
export async function getPage(id: string): Promise<CollectionEntry<'pages'>> {
  const page = (await getCollection('pages')).find((p) => p.id === id);
  if (!page) throw new Error(`content/pages/${id}.mdx is missing`);
  return page;
}

/** Titles of every stand-alone page, FAQ question and glossary term (for the A to Z lists on /search/). */
export async function getSearchDirectoryData() {
  const [pages, faqs, terms] = await Promise.all([getCollection('pages'), getCollection('faq'), getCollection('glossary')]);
  return {
    pages: pages.map((p) => ({ id: p.id, title: p.data.title })),
    faqs: faqs.map((f) => ({ id: f.id, question: f.data.question })),
    terms: terms.map((t) => ({ id: t.id, term: t.data.term })),
  };
}
