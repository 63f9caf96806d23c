/**
 * The feeds for a language, from the model's content pages: the JSON Feed of articles, FAQ answers and handouts, and
 * the Atom "what changed" feed. Build time (Astro endpoints in src/pages/); addresses come from the one URL builder
 * and the site setting.
 */
import { getContentPages, getFacts, getSpanishTwins } from '../../model/queries';
import { siteUrl, sitePaths } from '../../lib/urls';
import { HTML_LANG, localePaths, twinSitePath, type Lang } from '../../i18n/lang';
import { BASE } from '../../config';
import { jsonFeed, type FeedPage } from './json-feed';
import { changeEntries } from './changes';
import { changesAtom } from './changes-atom';
import { FEED_WORDS } from './words';

/** The section of the clinics page that explains the feeds. */
export const FEEDS_SECTION = 'feeds-for-patient-portals';

/** The kinds of page the JSON Feed lists. */
const FEED_KINDS = new Set(['article', 'faq', 'handout']);

/** The JSON Feed of a language, for the site at `site`. */
export async function buildJsonFeed(lang: Lang, site: string, base = BASE) {
  const abs = (path: string) => siteUrl(path, site, base);
  const paths = localePaths(lang, '/');
  const [pages, twins] = await Promise.all([getContentPages(lang), getSpanishTwins()]);
  const words = FEED_WORDS[lang];
  const other: Lang = lang === 'es' ? 'en' : 'es';
  const items: FeedPage[] = pages
    .filter((p) => FEED_KINDS.has(p.kind))
    .map((p) => {
      const hasTwin = lang === 'es' || twins.has(p.path);
      return {
        ...p,
        url: abs(p.path),
        ...(hasTwin ? { twin: { language: HTML_LANG[other], url: abs(twinSitePath(p.path, other)) } } : {}),
      };
    });
  return jsonFeed(items, {
    title: words.feedTitle,
    description: words.feedDescription,
    language: HTML_LANG[lang],
    homePageUrl: abs(paths.home()),
    feedUrl: abs(paths.feed()),
    favicon: abs('/favicon.svg'),
    authors: [{ name: words.authors, url: abs(`${paths.about()}#who-we-are`) }],
    about: abs(`${sitePaths.clinics()}#${FEEDS_SECTION}`),
    keyPointsLabel: words.keyPoints,
  });
}

/** The Atom "what changed" feed of a language on the build's day. */
export async function buildChangesFeed(lang: Lang, site: string, today: Date, base = BASE): Promise<string> {
  const abs = (path: string) => siteUrl(path, site, base);
  const paths = localePaths(lang, '/');
  const [pages, facts] = await Promise.all([getContentPages(lang), getFacts()]);
  const entries = changeEntries(
    pages.filter((p) => p.facts.length),
    facts,
    lang,
    today,
  );
  return changesAtom(entries, {
    words: FEED_WORDS[lang],
    language: HTML_LANG[lang],
    feedUrl: abs(paths.changesFeed()),
    homePageUrl: abs(paths.home()),
    authorUrl: abs(`${paths.about()}#who-we-are`),
    host: new URL(site).hostname,
    today,
    abs,
  });
}
