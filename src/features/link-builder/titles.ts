// The title of every page a clinic may link to, and of its sections, by path (for the link builder), in both
// languages. They are the titles the pages show; the built pages give /links.json the same, and a test holds the two
// together. Keys are site paths without the base path, as content/links.yaml writes them.
import { render, type CollectionEntry } from 'astro:content';
import { articleHeadings, getArticles, getFaqs, getGlossary, getHandouts, getPageEntries } from '../../model/queries';
import { builderPageSections, type PageTitles } from './targets';
import { CONNECT_PAGE_TITLE } from '../../lib/page-titles/connect';
import { COST_TOOL_TITLES, costToolSections } from '../../lib/page-titles/cost-tool';
import { HANDOUT_HEADINGS } from '../../lib/page-titles/handouts';
import { OFFLINE_PAGE_TITLE } from '../../lib/page-titles/offline';
import { QUESTIONS_TOOL_SECTIONS, QUESTIONS_TOOL_TITLES } from '../../lib/page-titles/questions-tool';
import { UI } from '../../i18n/strings';
import { TITLE_WORDS } from './words';
import { FIXED_PAGES, fixedPage } from '../../lib/pages';
import { TOPICS, topicInfo } from '../../lib/topics';
import { glossaryByLetter } from '../../lib/faq';
import { CRISIS_LINES, CRISIS_LINES_ES, MORE_LINES, MORE_LINES_ES } from '../../lib/crisis';
import { localePaths, type Lang } from '../../i18n/lang';
import { sitePaths, withoutBase } from '../../lib/urls';
import { readQuestionList } from '../../model/questions';

/** Heading ids and texts of a rendered content entry. */
async function headingsOf(entry: CollectionEntry<'pages' | 'handouts'>): Promise<Record<string, string>> {
  return Object.fromEntries(((await render(entry)).headings ?? []).map((h) => [h.slug, h.text.trim()]));
}

/** Add one language's pages to `titles`. */
async function addTitles(titles: Map<string, PageTitles>, lang: Lang): Promise<void> {
  const paths = localePaths(lang, '/');
  const [articles, faqs, glossary, pages, handouts, headings] = await Promise.all([
    getArticles(lang),
    getFaqs(lang),
    getGlossary(lang),
    getPageEntries(lang),
    getHandouts(lang),
    articleHeadings(lang),
  ]);
  const set = (path: string, title: string, anchors: Record<string, string> = {}) =>
    titles.set(path, { title, anchors: { ...titles.get(path)?.anchors, ...anchors } });
  const sections = new Map<string, Record<string, string>>();
  for (const [key, text] of headings) {
    const [id, anchor] = key.split('#');
    sections.set(id, { ...sections.get(id), [anchor]: text });
  }
  for (const a of articles) set(paths.article(a.id), a.data.title, sections.get(a.id));
  for (const p of pages) set(paths.page(p.id), p.data.title, await headingsOf(p));
  for (const h of handouts)
    set(paths.handout(h.id), h.title, { ...(await headingsOf(h.entry)), ...HANDOUT_HEADINGS[lang] });
  for (const f of faqs) set(paths.faqAnswer(f.id), f.question);
  const info = topicInfo(lang);
  const topics = Object.fromEntries(TOPICS.map((t) => [t, info[t].label]));
  set(paths.faq(), titles.get(paths.faq())!.title, {
    ...topics,
    ...Object.fromEntries(faqs.map((f) => [f.id, f.question])),
  });
  set(paths.glossary(), titles.get(paths.glossary())!.title, {
    ...Object.fromEntries(glossaryByLetter(glossary, lang).map((l) => [l.anchor, TITLE_WORDS[lang].letter(l.letter)])),
    ...Object.fromEntries(glossary.map((g) => [g.id, g.term])),
  });
  const lines = lang === 'es' ? [...CRISIS_LINES_ES, ...MORE_LINES_ES] : [...CRISIS_LINES, ...MORE_LINES];
  set(paths.getHelp(), titles.get(paths.getHelp())!.title, Object.fromEntries(lines.map((l) => [l.id, l.name])));
  set(paths.guide(), fixedPage('guide', lang).title, topics);
  set(paths.home(), TITLE_WORDS[lang].homePage, Object.fromEntries(TOPICS.map((t) => [`topic-${t}`, info[t].label])));
  set(paths.offline(), OFFLINE_PAGE_TITLE[lang]);
  set(paths.connect(), CONNECT_PAGE_TITLE[lang]);
  const questions = readQuestionList(lang);
  set(paths.questionsTool(), questions.title, {
    ...Object.fromEntries(questions.groups.map((g) => [g.id, g.title])),
    [QUESTIONS_TOOL_SECTIONS.actions]: QUESTIONS_TOOL_TITLES[lang].actions,
    [QUESTIONS_TOOL_SECTIONS.more]: QUESTIONS_TOOL_TITLES[lang].more,
    sources: UI[lang].sources,
  });
  for (const id of ['compare', 'search', 'handouts', 'shortLinks'] as const)
    if (!titles.has(paths[id]())) set(paths[id](), fixedPage(id, lang).title);
  set(paths.costTool(), COST_TOOL_TITLES[lang].title, costToolSections(lang));
}

/** Every linkable page's title and section titles, English and Spanish. */
export async function getLinkTitles(): Promise<Map<string, PageTitles>> {
  const titles = new Map<string, PageTitles>();
  await addTitles(titles, 'en');
  await addTitles(titles, 'es');
  titles.set(sitePaths.linkBuilder(), { title: FIXED_PAGES.linkBuilder.title, anchors: builderPageSections() });
  for (const f of Object.values(FIXED_PAGES))
    if (!titles.has(withoutBase(f.path))) titles.set(withoutBase(f.path), { title: f.title, anchors: {} });
  return titles;
}
