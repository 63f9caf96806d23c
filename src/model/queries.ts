// The only module that calls getCollection. Pages ask here, then hand plain data to src/lib, features and layouts.
// Cross-references (an FAQ's or a glossary term's article) are resolved here once; a missing one names the file.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { sortArticles, type ArticleRef } from '../lib/navigation';
import { checkArticleLinks } from '../lib/faq';
import { CONTENT_PAGES_WITH_OWN_ROUTES } from '../lib/pages';
import type { Level } from './levels-schema';
import { readFileSync } from 'node:fs';
import { parseRegistry, REGISTRY_FILE } from '../features/links/registry';
import { builderPageSections, type PageTitles } from '../features/link-builder/targets';
import { HANDOUT_HEADINGS, shortLinkProblems } from '../features/handouts/handouts';
import { FIXED_PAGES } from '../lib/pages';
import { TOPIC_INFO, TOPICS } from '../lib/topics';
import { glossaryByLetter } from '../lib/faq';
import { CRISIS_LINES, MORE_LINES } from '../lib/crisis';
import { sitePaths, withoutBase } from '../lib/urls';

/** Drafts are shown by `astro dev` and never built (the content-check integration sets the flag by command). */
const published = (e: { data: { draft?: boolean } }) => import.meta.env.IOP_SHOW_DRAFTS === true || !e.data.draft;

/** Every article in reading order. */
export async function getArticles(): Promise<CollectionEntry<'articles'>[]> {
  const entries = await getCollection('articles', published);
  const order = sortArticles(entries.map((e) => ({ ...e.data, id: e.id })));
  return order.map((ref) => entries.find((e) => e.id === ref.id)!);
}

/** Flat article refs (id + frontmatter) in reading order, for navigation helpers. */
export async function getArticleRefs(): Promise<(CollectionEntry<'articles'>['data'] & ArticleRef)[]> {
  return (await getArticles()).map((e) => ({ ...e.data, id: e.id }));
}

/** Levels of care keyed by id, sorted by their order field. */
export async function getLevels(): Promise<Record<string, Level>> {
  const entries = (await getCollection('levels')).sort((a, b) => a.data.order - b.data.order);
  return Object.fromEntries(entries.map((e) => [e.id, e.data]));
}

/** A stand-alone page entry (about, privacy, faq, glossary, get-help); a missing one is a clear build error. */
export async function getPage(id: string): Promise<CollectionEntry<'pages'>> {
  const page = (await getCollection('pages')).find((p) => p.id === id);
  if (!page) throw new Error(`content/pages/${id}.mdx is missing`);
  return page;
}

/** Stand-alone pages served by the generic route (about, privacy, ...): every page without a route of its own. */
export async function getPlainPages(): Promise<CollectionEntry<'pages'>[]> {
  return (await getCollection('pages')).filter((p) => !CONTENT_PAGES_WITH_OWN_ROUTES.includes(p.id));
}

/** Entries of a collection with their fields, id and the title of the article each links to (checked to exist). */
async function withArticles<C extends 'faq' | 'glossary'>(collection: C) {
  const [entries, articles] = await Promise.all([getCollection(collection, published), getArticleRefs()]);
  const items = entries.map((e) => ({
    ...(e.data as CollectionEntry<C>['data']),
    id: e.id,
    entry: e as CollectionEntry<C>,
  }));
  checkArticleLinks(
    items,
    articles.map((a) => a.id),
    collection,
  );
  return items.map((i) => ({ ...i, articleTitle: articles.find((a) => a.id === i.article)?.title }));
}

let headingTitles: Promise<Map<string, string>> | undefined;
/** Every article heading's text by "article#id" (rendered once per build). */
function articleHeadings(): Promise<Map<string, string>> {
  headingTitles ??= getArticles().then(async (articles) => {
    const all = await Promise.all(
      articles.map(async (a) => ((await render(a)).headings ?? []).map((h) => [`${a.id}#${h.slug}`, h.text] as const)),
    );
    return new Map(all.flat());
  });
  return headingTitles;
}

/**
 * Every FAQ entry with its fields, its id, and the titles of the article and section it links to; a section that
 * does not exist in the article is an error naming the file.
 */
export async function getFaqs() {
  const [faqs, headings] = await Promise.all([withArticles('faq'), articleHeadings()]);
  return faqs.map((f) => {
    const sectionTitle = headings.get(`${f.article}#${f.section}`);
    if (!sectionTitle)
      throw new Error(
        `content/faq/${f.id}.mdx: section: no heading "#${f.section}" in content/articles/${f.article}.mdx`,
      );
    return { ...f, articleTitle: f.articleTitle!, sectionTitle };
  });
}

/** Every glossary entry with its fields, its id and, where it has one, the title of its article. */
export function getGlossary() {
  return withArticles('glossary');
}

/** Titles of every stand-alone page, FAQ question and glossary term (for the A to Z lists on /search/). */
export async function getSearchDirectoryData() {
  const [pages, faqs, terms] = await Promise.all([
    getCollection('pages'),
    getCollection('faq', published),
    getCollection('glossary', published),
  ]);
  return {
    pages: pages.map((p) => ({ id: p.id, title: p.data.title })),
    faqs: faqs.map((f) => ({ id: f.id, question: f.data.question })),
    terms: terms.map((t) => ({ id: t.id, term: t.data.term })),
  };
}

let registry: ReturnType<typeof parseRegistry> | undefined;
/** The link registry (content/links.yaml), read once per build. */
export function getLinkRegistry() {
  registry ??= parseRegistry(readFileSync(REGISTRY_FILE, 'utf8'));
  return registry;
}

/**
 * Every handout in its order, with the title of the article it sums up. A missing article, or a short address that is
 * not registered in content/links.yaml or leads elsewhere, is an error naming the file.
 */
export async function getHandouts() {
  const [entries, articles] = await Promise.all([getCollection('handouts'), getArticleRefs()]);
  const items = entries.map((e) => ({ ...e.data, id: e.id, entry: e }));
  checkArticleLinks(
    items,
    articles.map((a) => a.id),
    'handouts',
  );
  const problems = shortLinkProblems(items, getLinkRegistry().short);
  if (problems.length) throw new Error(problems.join('\n'));
  return items
    .sort((a, b) => a.order - b.order)
    .map((i) => ({ ...i, articleTitle: articles.find((a) => a.id === i.article)!.title }));
}

/** Heading ids and texts of a rendered content entry. */
async function headingsOf(entry: CollectionEntry<'pages' | 'handouts'>): Promise<Record<string, string>> {
  return Object.fromEntries(((await render(entry)).headings ?? []).map((h) => [h.slug, h.text]));
}

/**
 * The title of every page a clinic may link to, and of its sections, by path (for the link builder). They are the
 * titles the pages show; the built pages give /links.json the same, and a test holds the two together.
 */
export async function getLinkTitles(): Promise<Map<string, PageTitles>> {
  const [articles, faqs, glossary, pages, handouts, headings] = await Promise.all([
    getArticles(),
    getFaqs(),
    getGlossary(),
    getCollection('pages'),
    getHandouts(),
    articleHeadings(),
  ]);
  const titles = new Map<string, PageTitles>();
  const set = (path: string, title: string, anchors: Record<string, string> = {}) =>
    titles.set(path, { title, anchors: { ...titles.get(path)?.anchors, ...anchors } });
  for (const a of articles)
    set(
      sitePaths.article(a.id),
      a.data.title,
      Object.fromEntries([...headings].filter(([k]) => k.startsWith(`${a.id}#`)).map(([k, v]) => [k.split('#')[1], v])),
    );
  for (const p of pages) set(sitePaths.page(p.id), p.data.title, await headingsOf(p));
  for (const h of handouts)
    set(sitePaths.handout(h.id), h.title, { ...(await headingsOf(h.entry)), ...HANDOUT_HEADINGS });
  for (const f of faqs) set(sitePaths.faqAnswer(f.id), f.question);
  const topics = Object.fromEntries(TOPICS.map((t) => [t, TOPIC_INFO[t].label]));
  set(sitePaths.faq(), titles.get(sitePaths.faq())!.title, {
    ...topics,
    ...Object.fromEntries(faqs.map((f) => [f.id, f.question])),
  });
  set(sitePaths.glossary(), titles.get(sitePaths.glossary())!.title, {
    ...Object.fromEntries(glossaryByLetter(glossary).map((l) => [l.anchor, `Letter ${l.letter}`])),
    ...Object.fromEntries(glossary.map((g) => [g.id, g.term])),
  });
  set(
    sitePaths.getHelp(),
    titles.get(sitePaths.getHelp())!.title,
    Object.fromEntries([...CRISIS_LINES, ...MORE_LINES].map((l) => [l.id, l.name])),
  );
  set(sitePaths.guide(), FIXED_PAGES.guide.title, topics);
  set(sitePaths.home(), 'Home page', Object.fromEntries(TOPICS.map((t) => [`topic-${t}`, TOPIC_INFO[t].label])));
  set(sitePaths.linkBuilder(), FIXED_PAGES.linkBuilder.title, builderPageSections());
  for (const f of Object.values(FIXED_PAGES)) if (!titles.has(withoutBase(f.path))) set(withoutBase(f.path), f.title);
  return titles;
}
