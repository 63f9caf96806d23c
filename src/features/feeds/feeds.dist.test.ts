// The feeds on the built site: /feed.json and /es/feed.json are valid JSON Feed 1.1 (the fields the version requires,
// RFC 3339 dates, string ids), hold every article, FAQ answer and handout of their language with its key points,
// review dates and twin, and every address in them opens a built page; /changes.xml and /es/changes.xml are Atom
// whose links open built pages.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { readLinkRegistry } from '../../model/link-registry';
import { readSite } from '../links/build/site';
import { addressesIn, unresolvedAddresses } from '../links/data-files';
import { JSON_FEED_VERSION, EXTENSION } from './json-feed';
import { readFacts, readKind, readSpanishKind } from '../../model/read';
import { FACTS_WARNING_DAYS, factChangeDays, factIdsIn } from '../../model/facts';
import { localePaths } from '../../i18n/lang';

const SITE = readFileSync('dist/robots.txt', 'utf8').match(/Sitemap: (https?:\/\/[^/]+)/)![1];
const { site, ids } = readSite('dist', readLinkRegistry());
const isFile = (path: string) => existsSync(join('dist', path)) && statSync(join('dist', path)).isFile();
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** The built pages of a kind in a language ("/es/guide/x/"). */
const built = (pattern: RegExp) => [...site.keys()].filter((p) => pattern.test(p)).sort();

interface Item {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_text?: string;
  content_html?: string;
  date_modified: string;
  language: string;
  [EXTENSION]: {
    kind: string;
    key_points: string[];
    last_reviewed: string;
    next_review: string;
    translation: { url: string } | null;
  };
}

describe.each([
  ['en', '/feed.json', '', 'en-US'],
  ['es', '/es/feed.json', '/es', 'es-US'],
])('%s JSON Feed', (lang, path, prefix, tag) => {
  const text = readFileSync(`dist${path}`, 'utf8');
  const feed = JSON.parse(text) as { items: Item[] } & Record<string, unknown>;

  it('has the fields JSON Feed 1.1 requires, and its own address', () => {
    expect(feed.version).toBe(JSON_FEED_VERSION);
    expect(typeof feed.title).toBe('string');
    expect(feed.home_page_url).toBe(`${SITE}${prefix}/`);
    expect(feed.feed_url).toBe(`${SITE}${path}`);
    expect(feed.language).toBe(tag);
    expect(feed.authors).toEqual([
      { name: expect.stringMatching(/IOP Guide/), url: `${SITE}${prefix}/about/#who-we-are` },
    ]);
    for (const item of feed.items) {
      expect(typeof item.id, item.url).toBe('string');
      expect(item.content_text ?? item.content_html, item.id).toBeTruthy();
      expect(item.date_modified, item.id).toMatch(RFC3339);
      expect(item.language).toBe(tag);
    }
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);
  });

  it('lists every article, FAQ answer and handout of its language, with summary, key points and review dates', () => {
    const urls = feed.items.map((i) => new URL(i.url).pathname).sort();
    const expected = [
      ...built(new RegExp(`^${prefix}/guide/[a-z0-9-]+/$`)),
      ...built(new RegExp(`^${prefix}/faq/[a-z0-9-]+/$`)),
      ...built(new RegExp(`^${prefix}/handouts/[a-z0-9-]+/$`)),
    ].sort();
    expect(urls).toEqual(expected);
    for (const item of feed.items) {
      const own = item[EXTENSION];
      expect(item.summary.length, item.id).toBeGreaterThan(20);
      expect(own.next_review > own.last_reviewed, item.id).toBe(true);
      expect(item.date_modified.slice(0, 10)).toBe(own.last_reviewed);
      if (own.kind === 'article') {
        expect(own.key_points.length, item.id).toBeGreaterThanOrEqual(3);
        for (const k of own.key_points) expect(item.content_text).toContain(k);
        expect(own.key_points.join(' '), item.id).not.toMatch(/<Fact|<N /);
      }
    }
  });

  it('links each item to its twin in the other language where there is one', () => {
    const twins = feed.items.filter((i) => i[EXTENSION].translation);
    if (lang === 'es') expect(twins.length).toBe(feed.items.length);
    else expect(twins.length).toBe(built(/^\/es\/(guide|faq|handouts)\/[a-z0-9-]+\/$/).length);
    const ptsd = feed.items.find((i) => i.url.endsWith('/guide/trauma-and-ptsd/'))!;
    expect(ptsd[EXTENSION].translation?.url).toBe(`${SITE}${lang === 'es' ? '' : '/es'}/guide/trauma-and-ptsd/`);
  });

  it('holds only addresses that open built pages, and no tracking', () => {
    const urls = addressesIn(text, `${SITE}/`);
    expect(urls.length).toBeGreaterThan(feed.items.length);
    expect(unresolvedAddresses(urls, `${SITE}/`, site, ids, isFile)).toEqual([]);
    expect(text).not.toMatch(/utm_|[?&](ref|src|source)=/);
  });
});

describe.each([
  ['/changes.xml', '', 'en-US'],
  ['/es/changes.xml', '/es', 'es-US'],
])('%s (Atom)', (path, prefix) => {
  const text = readFileSync(`dist${path}`, 'utf8');
  const feed = new DOMParser().parseFromString(text, 'text/xml').documentElement;

  it('is an Atom feed with its id, title, date, author and links to pages of its language that open', () => {
    expect(feed.localName).toBe('feed');
    expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    expect(feed.querySelector(':scope > id')?.textContent).toBe(`${SITE}${path}`);
    expect(feed.querySelector(':scope > updated')?.textContent).toMatch(RFC3339);
    expect(feed.querySelector(':scope > author > name')?.textContent).toMatch(/IOP Guide/);
    for (const entry of feed.querySelectorAll('entry')) {
      const href = entry.querySelector('link')!.getAttribute('href')!;
      expect(href.startsWith(`${SITE}${prefix}/`), href).toBe(true);
      expect(entry.querySelector('id')?.textContent).toMatch(/^tag:/);
      expect(entry.querySelector('updated')?.textContent).toMatch(RFC3339);
      expect(entry.querySelector('summary')?.textContent?.length).toBeGreaterThan(20);
    }
    expect(unresolvedAddresses(addressesIn(text, `${SITE}/`), `${SITE}/`, site, ids, isFile)).toEqual([]);
  });
});

it('lists every page whose facts change within the announcement window of the build day, in both languages', () => {
  // Worked out from content/ with the same rules, for whatever day the site was built for.
  const day = new Date(`${JSON.parse(readFileSync('dist/codes.json', 'utf8')).date}T00:00:00Z`);
  const facts = readFacts();
  const changing = new Set(
    [...facts.values()]
      .filter((f) => factChangeDays(f).some((c) => c.day.getTime() - FACTS_WARNING_DAYS * 86_400_000 <= day.getTime()))
      .map((f) => f.id),
  );
  for (const [lang, path] of [
    ['en', '/changes.xml'],
    ['es', '/es/changes.xml'],
  ] as const) {
    const paths = localePaths(lang, '/');
    const articles = lang === 'es' ? readSpanishKind('articles') : readKind('articles');
    const faqs = lang === 'es' ? readSpanishKind('faq') : readKind('faq');
    const expected = [
      ...articles.map((a) => ({ path: paths.article(a.id), texts: [a.body, a.data.keyPoints] })),
      ...faqs.map((f) => ({ path: paths.faqAnswer(f.id), texts: [f.body] })),
    ]
      .filter((p) => factIdsIn(p.texts).some((id) => changing.has(id)))
      .map((p) => `${SITE}${p.path}`);
    const links = new Set([...readFileSync(`dist${path}`, 'utf8').matchAll(/<link href="([^"]+)"/g)].map((m) => m[1]));
    // Changes that happened stay listed, so from late 2026 on (the registry's first end dates) there is always one.
    expect(expected.length, path).toBeGreaterThan(0);
    expect(
      expected.filter((url) => !links.has(url)),
      path,
    ).toEqual([]);
  }
});
