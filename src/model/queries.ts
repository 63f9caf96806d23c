// The only module that calls getCollection. Pages ask here, then hand plain data to src/lib, features and layouts.
// Cross-references (an FAQ's or a glossary term's article) are resolved here once; a missing one names the file.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { sortArticles, type ArticleRef } from '../lib/navigation';
import { checkArticleLinks } from '../lib/faq';
import { CONTENT_PAGES_WITH_OWN_ROUTES } from '../lib/pages';
import type { Level } from './levels-schema';

import { readLinkRegistry, type LinkRegistry } from './link-registry';
import { shortLinkProblems } from './handout-links';
import { makePaths } from '../lib/urls';
import { localePaths } from '../i18n/lang';
import type { Lang } from '../i18n/lang';
import { factsFromFiles, readCodes, CONTENT_KINDS } from './read';
import { codesProblems, resolveCodes, type ResolvedMapping } from './codes';
import { factIdsIn, reviewWithFacts, type Facts } from './facts';
import { spellOutIn } from './acronyms';
import { readerField, readerText, type TextContext } from './text';
import { BUILD_DAY } from '../config';
import { spanishLevel } from './translation';

type Kind = 'articles' | 'faq' | 'glossary' | 'pages' | 'handouts';
/**
 * One kind's entries in a language. Spanish entries (content/es/) have the same schema as English ones, so they are
 * typed as the English collection's entries.
 */
async function entriesOf<K extends Kind>(
  kind: K,
  lang: Lang,
  filter?: (e: { data: { draft?: boolean } }) => boolean,
): Promise<CollectionEntry<K>[]> {
  const name = lang === 'es' ? (`${kind}Es` as const) : kind;
  return (await getCollection(name, filter as never)) as unknown as CollectionEntry<K>[];
}

/** Drafts are shown by `astro dev` and never built (the content-check integration sets the flag by command). */
const published = (e: { data: { draft?: boolean } }) => import.meta.env.IOP_SHOW_DRAFTS === true || !e.data.draft;

/**
 * The queries every page asks (articles, FAQs, glossary, handouts) run once per language in a build, where content
 * does not change; pages treat their results as read-only. Asked again by every page, they made a 1,000-article build
 * spend seconds re-sorting and re-checking the same lists. `astro dev` runs them each time, so edits show at once.
 */
const answers = new Map<string, Promise<unknown>>();
function once<T>(key: string, run: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return run();
  if (!answers.has(key)) answers.set(key, run());
  return answers.get(key) as Promise<T>;
}

/** Every article in reading order. */
export function getArticles(lang: Lang = 'en'): Promise<CollectionEntry<'articles'>[]> {
  return once(`articles:${lang}`, async () => {
    const entries = await entriesOf('articles', lang, published);
    const byId = new Map(entries.map((e) => [e.id, e]));
    return sortArticles(entries.map((e) => ({ ...e.data, id: e.id }))).map((ref) => byId.get(ref.id)!);
  });
}

/** Flat article refs (id + frontmatter) in reading order, for navigation helpers. */
export function getArticleRefs(lang: Lang = 'en'): Promise<(CollectionEntry<'articles'>['data'] & ArticleRef)[]> {
  return once(`refs:${lang}`, async () => (await getArticles(lang)).map((e) => ({ ...e.data, id: e.id })));
}

/** Levels of care keyed by id, sorted by their order field. */
export async function getLevels(lang: Lang = 'en'): Promise<Record<string, Level>> {
  const entries = (await getCollection('levels')).sort((a, b) => a.data.order - b.data.order);
  if (lang === 'en') return Object.fromEntries(entries.map((e) => [e.id, e.data]));
  // Spanish: the words of content/es/levels/<id>.yaml over the English numbers and settings (their one owner).
  const words = new Map((await getCollection('levelsEs')).map((e) => [e.id, e.data]));
  return Object.fromEntries(
    entries.map((e) => {
      return [e.id, spanishLevel(e.data, words.get(e.id), `content/es/levels/${e.id}.yaml`)];
    }),
  );
}

/** Every dated fact (content/facts/) keyed by id. */
export function getFacts(): Promise<Facts> {
  return once('facts', async () =>
    factsFromFiles(
      (await getCollection('facts')).map((e) => ({
        file: `${CONTENT_KINDS.facts.dir}/${e.id}.yaml`,
        data: e.data,
      })),
    ),
  );
}

/** What reader text in a language needs (src/model/text.ts): the build's day, the levels and the facts. */
export async function textContext(lang: Lang): Promise<TextContext> {
  const [levels, facts] = await Promise.all([getLevels(), getFacts()]);
  return { lang, day: BUILD_DAY, levels, facts };
}

/**
 * Every FAQ answer in a language as plain text with its real values (src/model/text.ts), by id: the FAQ pages' meta
 * description and JSON-LD answer, and search's pinned excerpt. Worked out once per language in a build.
 */
export function faqAnswerTexts(lang: Lang): Promise<ReadonlyMap<string, string>> {
  return once(`faq-text:${lang}`, async () => {
    const [faqs, ctx] = await Promise.all([getFaqs(lang), textContext(lang)]);
    return new Map(faqs.map((f) => [f.id, readerText(f.entry.body ?? '', ctx)]));
  });
}

/**
 * A page's review dates with its facts counted (src/model/facts.ts reviewWithFacts): `texts` are its body and any
 * frontmatter words that may hold a <Fact id="..." />.
 */
export async function reviewDates<T extends { lastReviewed: Date; nextReview: Date }>(
  dates: T,
  texts: readonly unknown[],
): Promise<{ lastReviewed: Date; nextReview: Date }> {
  const { lastReviewed, nextReview } = reviewWithFacts(dates, factIdsIn(texts), await getFacts());
  return { lastReviewed, nextReview };
}

/** A stand-alone page entry (about, privacy, faq, glossary, get-help); a missing one is a clear build error. */
export async function getPage(id: string, lang: Lang = 'en'): Promise<CollectionEntry<'pages'>> {
  const page = (await entriesOf('pages', lang)).find((p) => p.id === id);
  if (!page) throw new Error(`content/${lang === 'es' ? 'es/' : ''}pages/${id}.mdx is missing`);
  return page;
}

/** Every stand-alone page entry in a language. */
export function getPageEntries(lang: Lang = 'en'): Promise<CollectionEntry<'pages'>[]> {
  return entriesOf('pages', lang);
}

/** Stand-alone pages served by the generic route (about, privacy, ...): every page without a route of its own. */
export async function getPlainPages(lang: Lang = 'en'): Promise<CollectionEntry<'pages'>[]> {
  return (await entriesOf('pages', lang)).filter((p) => !CONTENT_PAGES_WITH_OWN_ROUTES.includes(p.id));
}

/**
 * Entries of a collection with their fields, id and the title of the article each links to (checked to exist). A
 * Spanish entry whose article has no Spanish twin links the English article (`articleLang: 'en'`).
 */
async function withArticles<C extends 'faq' | 'glossary'>(collection: C, lang: Lang = 'en') {
  const [entries, english, local] = await Promise.all([
    entriesOf(collection, lang, published),
    getArticleRefs(),
    lang === 'en' ? Promise.resolve([]) : getArticleRefs(lang),
  ]);
  const items = entries.map((e) => ({
    ...(e.data as CollectionEntry<C>['data']),
    id: e.id,
    entry: e as CollectionEntry<C>,
  }));
  checkArticleLinks(
    items,
    english.map((a) => a.id),
    lang === 'en' ? collection : `es/${collection}`,
  );
  return items.map((i) => {
    const twin = local.find((a) => a.id === i.article);
    const articleLang: Lang = twin || lang === 'en' ? lang : 'en';
    return { ...i, articleLang, articleTitle: (twin ?? english.find((a) => a.id === i.article))?.title };
  });
}

const headingTitles = new Map<Lang, Promise<Map<string, string>>>();
/** Every article heading's text by "article#id" in a language (rendered once per build). */
export function articleHeadings(lang: Lang = 'en'): Promise<Map<string, string>> {
  if (!headingTitles.has(lang))
    headingTitles.set(
      lang,
      getArticles(lang).then(async (articles) => {
        const all = await Promise.all(
          articles.map(async (a) =>
            ((await render(a)).headings ?? []).map((h) => [`${a.id}#${h.slug}`, h.text.trim()] as const),
          ),
        );
        return new Map(all.flat());
      }),
    );
  return headingTitles.get(lang)!;
}

/**
 * Every FAQ entry with its fields, its id, and the titles of the article and section it links to; a section that
 * does not exist in the article is an error naming the file.
 */
export function getFaqs(lang: Lang = 'en') {
  return once(`faqs:${lang}`, () => faqsWithSections(lang));
}
async function faqsWithSections(lang: Lang) {
  const [faqs, headings, english] = await Promise.all([
    withArticles('faq', lang),
    articleHeadings(lang),
    articleHeadings(),
  ]);
  const dir = lang === 'es' ? 'content/es' : 'content';
  return faqs.map((f) => {
    const sectionTitle = (f.articleLang === lang ? headings : english).get(`${f.article}#${f.section}`);
    if (!sectionTitle)
      throw new Error(
        `${dir}/faq/${f.id}.mdx: section: no heading "#${f.section}" in ${f.articleLang === 'es' ? 'content/es' : 'content'}/articles/${f.article}.mdx`,
      );
    return { ...f, articleTitle: f.articleTitle!, sectionTitle };
  });
}

/** Every glossary entry with its fields, its id and, where it has one, the title of its article. */
export function getGlossary(lang: Lang = 'en') {
  return once(`glossary:${lang}`, () => withArticles('glossary', lang));
}

/** Titles of every stand-alone page, FAQ question and glossary term (for the A to Z lists on /search/). */
export async function getSearchDirectoryData(lang: Lang = 'en') {
  const [pages, faqs, terms] = await Promise.all([
    entriesOf('pages', lang),
    entriesOf('faq', lang, published),
    entriesOf('glossary', lang, published),
  ]);
  return {
    pages: pages.map((p) => ({ id: p.id, title: p.data.title })),
    faqs: faqs.map((f) => ({ id: f.id, question: f.data.question })),
    terms: terms.map((t) => ({ id: t.id, term: t.data.term })),
  };
}

let registry: LinkRegistry | undefined;
/** The link registry (content/links.yaml), read once per build. */
export function getLinkRegistry() {
  registry ??= readLinkRegistry();
  return registry;
}

/**
 * Every handout in its order, with the title of the article it sums up. A missing article, or a short address that is
 * not registered in content/links.yaml or leads elsewhere, is an error naming the file.
 */
export function getHandouts(lang: Lang = 'en') {
  return once(`handouts:${lang}`, () => handoutsWithArticles(lang));
}
async function handoutsWithArticles(lang: Lang) {
  const [entries, articles] = await Promise.all([entriesOf('handouts', lang), getArticleRefs(lang)]);
  const items = entries.map((e) => ({ ...e.data, id: e.id, entry: e }));
  checkArticleLinks(
    items,
    articles.map((a) => a.id),
    lang === 'es' ? 'es/handouts' : 'handouts',
  );
  const problems = shortLinkProblems(items, getLinkRegistry().short, lang);
  if (problems.length) throw new Error(problems.join('\n'));
  return items
    .sort((a, b) => a.order - b.order)
    .map((i) => {
      const articleTitle = articles.find((a) => a.id === i.article)!.title;
      // The caption under the QR code quotes the full page's title, spelling out any acronym the sheet does not.
      const captionTitle = spellOutIn(articleTitle, `${i.summary} ${i.entry.body ?? ''}`, lang);
      return { ...i, articleTitle, captionTitle };
    });
}

let spanishTwins: Promise<Set<string>> | undefined;
/**
 * The site paths (English, without the base) that have a Spanish twin under /es/: the fixed pages the Spanish
 * edition always has, and every Spanish article, page, FAQ answer and handout. The language switcher and hreflang
 * read it.
 */
export function getSpanishTwins(): Promise<Set<string>> {
  spanishTwins ??= (async () => {
    const root = makePaths('/');
    const [articles, pages, faqs, handouts] = await Promise.all([
      entriesOf('articles', 'es', published),
      entriesOf('pages', 'es'),
      entriesOf('faq', 'es', published),
      entriesOf('handouts', 'es'),
    ]);
    return new Set([
      root.home(),
      root.guide(),
      root.compare(),
      root.search(),
      root.handouts(),
      root.offline(),
      root.shortLinks(),
      root.questionsTool(),
      root.costTool(),
      root.connect(),
      ...articles.map((a) => root.article(a.id)),
      ...pages.map((p) => root.page(p.id)),
      ...faqs.map((f) => root.faqAnswer(f.id)),
      ...handouts.map((h) => root.handout(h.id)),
    ]);
  })();
  return spanishTwins;
}

/** Every article in a language with its section ids (for content/codes.yaml). */
async function articleSections(lang: Lang): Promise<Map<string, Set<string>>> {
  const [articles, headings] = await Promise.all([getArticles(lang), articleHeadings(lang)]);
  const sections = new Map(articles.map((a) => [a.id, new Set<string>()]));
  for (const key of headings.keys()) {
    const [id, anchor] = key.split('#');
    sections.get(id)?.add(anchor);
  }
  return sections;
}

/**
 * content/codes.yaml: each ICD-10-CM mapping with its page in English and Spanish once the fallback chain is followed
 * (src/model/codes.ts), read once per build. A page or section that does not exist is an error naming the field (the
 * content check reports the same before the build starts).
 */
export function getCodes(): Promise<ResolvedMapping[]> {
  return once('codes', async () => {
    const [en, es] = await Promise.all([articleSections('en'), articleSections('es')]);
    const file = readCodes();
    const problems = codesProblems(file, { en, es });
    if (problems.length) throw new Error(problems.join('\n'));
    return resolveCodes(file, { en, es });
  });
}

/** One page of content as the feeds see it (src/features/feeds/): its words as plain text, dates and dated facts. */
export interface ContentPage {
  kind: 'article' | 'faq' | 'handout' | 'glossary' | 'page';
  /** The file name: the entry's id. */
  id: string;
  /** Its site path without the base ("/guide/what-is-iop/", "/glossary/#iop"). */
  path: string;
  title: string;
  /** A sentence or two: an article's or handout's summary, an FAQ's whole answer, a term's definition. */
  summary: string;
  /** An article's key points, with their facts' words. */
  keyPoints: string[];
  topic?: string;
  lastReviewed: Date;
  /** With its facts counted (reviewDates). */
  nextReview: Date;
  /** The ids of the dated facts it uses (content/facts/). */
  facts: string[];
}

/**
 * Every published article, FAQ answer, handout, glossary term and stand-alone page in a language, as plain data for
 * the feeds, with reader text for the build's day (facts and numbers in their words).
 */
export function getContentPages(lang: Lang): Promise<ContentPage[]> {
  return once(`content-pages:${lang}`, async () => {
    const paths = localePaths(lang, '/');
    const [articles, faqs, answers, handouts, glossary, pages, ctx] = await Promise.all([
      getArticles(lang),
      getFaqs(lang),
      faqAnswerTexts(lang),
      getHandouts(lang),
      getGlossary(lang),
      getPageEntries(lang),
      textContext(lang),
    ]);
    const page = async (
      info: Omit<ContentPage, 'lastReviewed' | 'nextReview' | 'facts'>,
      dates: { lastReviewed: Date; nextReview: Date },
      texts: unknown[],
    ): Promise<ContentPage> => ({
      ...info,
      ...(await reviewDates(dates, texts)),
      facts: [...new Set(factIdsIn(texts))],
    });
    return Promise.all([
      ...articles.map((a) =>
        page(
          {
            kind: 'article',
            id: a.id,
            path: paths.article(a.id),
            title: a.data.title,
            summary: a.data.summary,
            keyPoints: a.data.keyPoints.map((k) => readerField(k, ctx)),
            topic: a.data.topic,
          },
          a.data,
          [a.body, a.data.keyPoints],
        ),
      ),
      ...faqs.map((f) =>
        page(
          {
            kind: 'faq',
            id: f.id,
            path: paths.faqAnswer(f.id),
            title: f.question,
            summary: answers.get(f.id) ?? '',
            keyPoints: [],
            topic: f.topic,
          },
          f,
          [f.entry.body],
        ),
      ),
      ...handouts.map((h) =>
        page(
          { kind: 'handout', id: h.id, path: paths.handout(h.id), title: h.title, summary: h.summary, keyPoints: [] },
          h,
          [h.entry.body],
        ),
      ),
      ...glossary.map((g) =>
        page(
          {
            kind: 'glossary',
            id: g.id,
            path: paths.glossary(g.id),
            title: g.term,
            summary: readerText(g.entry.body ?? '', ctx),
            keyPoints: [],
          },
          g,
          [g.entry.body],
        ),
      ),
      ...pages.map((p) =>
        page(
          {
            kind: 'page',
            id: p.id,
            path: paths.page(p.id),
            title: p.data.title,
            summary: p.data.description,
            keyPoints: [],
          },
          p.data,
          [p.body],
        ),
      ),
    ]);
  });
}
