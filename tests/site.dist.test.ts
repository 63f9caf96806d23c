// Checks over the built site (dist/): links, fragments, head tags, headings, sitemap. Reading level: readability.dist.test.ts.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtPages } from './helpers/dist';
import { builtOrigin } from './helpers/built';
import { HTML_LANG, langOfPath } from '../src/i18n/lang';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const SITE = builtOrigin();
/** The not-found pages, English and Spanish: no canonical address of their own, not in the sitemap. */
const NOT_FOUND = ['/404.html', '/es/404.html'];

/** Does an internal href point at something that exists? Returns a problem or null. */
function checkHref(from: string, href: string): string | null {
  const url = new URL(href, `http://site${from}`);
  if (url.host !== 'site') return null;
  const path = decodeURIComponent(url.pathname);
  const target = byPath.get(path);
  if (!target) {
    const file = `dist${path}`;
    return existsSync(file) && !path.endsWith('/') ? null : `${from} -> ${href}: no such page`;
  }
  if (url.hash) {
    const id = decodeURIComponent(url.hash.slice(1));
    if (!target.document.getElementById(id)) return `${from} -> ${href}: no element with id "${id}"`;
  }
  return null;
}

describe('built site', () => {
  it('resolves every internal link and #fragment', () => {
    const problems = pages.flatMap((p) =>
      [...p.document.querySelectorAll('a[href]')]
        .map((a) => checkHref(p.path, a.getAttribute('href')!))
        .filter(Boolean),
    );
    expect(problems).toEqual([]);
  });

  it('gives every page a title, description, canonical URL, lang and exactly one h1', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const d = p.document;
      if (!d.querySelector('title')?.textContent?.trim()) problems.push(`${p.path}: no <title>`);
      const desc = d.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      if (desc.length < 50 || desc.length > 160)
        problems.push(`${p.path}: meta description is ${desc.length} characters`);
      const canonical = d.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (!NOT_FOUND.includes(p.path) && canonical !== `${SITE}${p.path}`)
        problems.push(`${p.path}: canonical is ${canonical}`);
      const lang = HTML_LANG[langOfPath(p.path)];
      if (d.documentElement.getAttribute('lang') !== lang) problems.push(`${p.path}: lang is not ${lang}`);
      const h1s = d.querySelectorAll('h1').length;
      if (h1s !== 1) problems.push(`${p.path}: ${h1s} h1 elements`);
    }
    expect(problems).toEqual([]);
  });

  it('gives ids only once per page', () => {
    const problems = pages.flatMap((p) => {
      const ids = [...p.document.querySelectorAll('[id]')].map((e) => e.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${p.path}: duplicate id "${id}"`);
    });
    expect(problems).toEqual([]);
  });

  it('lists every page in the sitemap but the noindex ones (not found, offline)', () => {
    const sitemaps = readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f));
    const xml = sitemaps.map((f) => readFileSync(`dist/${f}`, 'utf8')).join('');
    const listed = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
    const noindex = (p: (typeof pages)[number]) => p.document.querySelector('meta[name="robots"][content="noindex"]');
    expect(pages.filter(noindex).map((p) => p.path)).toEqual([...NOT_FOUND, '/es/offline/', '/offline/'].sort());
    const expected = pages.filter((p) => !noindex(p)).map((p) => p.path);
    expect(expected.filter((p) => !listed.has(p))).toEqual([]);
    expect([...listed].filter((p) => !byPath.has(p))).toEqual([]);
  });

  it('shows the three crisis lines and the not-medical-advice notice on every page', () => {
    for (const p of pages) {
      const footer = p.document.querySelector('footer')?.textContent ?? '';
      expect(footer, p.path).toContain('988');
      expect(footer, p.path).toContain('911');
      expect(footer, p.path).toContain('1-800-662-4357');
      expect(footer, p.path).toMatch(langOfPath(p.path) === 'es' ? /no consejo médico/ : /not medical advice/);
    }
  });

  it('shows review dates once on every content page, and none on the search, not-found and offline pages', () => {
    const tools = [...NOT_FOUND, '/search/', '/es/search/', '/offline/', '/es/offline/'];
    for (const p of pages.filter((x) => tools.includes(x.path)))
      expect(p.document.querySelectorAll('.review-dates').length, p.path).toBe(0);
    for (const p of pages.filter((x) => !tools.includes(x.path))) {
      expect(p.document.querySelectorAll('.review-dates').length, p.path).toBe(1);
      const text = p.document.querySelector('.review-dates')?.textContent ?? '';
      expect(text, p.path).toMatch(
        langOfPath(p.path) === 'es'
          ? /Última revisión de esta página: \d+ de \p{L}+ de \d{4} · Próxima revisión: \d+ de \p{L}+ de \d{4}/u
          : /Page last reviewed: \w+ \d+, \d{4} · Next review due: \w+ \d+, \d{4}/,
      );
    }
  });

  it('links the first use of glossary terms in articles, once per term', () => {
    const articles = pages.filter((p) => /^\/guide\/[a-z0-9-]+\/$/.test(p.path));
    const problems: string[] = [];
    let total = 0;
    for (const p of articles) {
      const ids = [...p.document.querySelectorAll('a.gloss')].map((a) => a.getAttribute('href'));
      total += ids.length;
      for (const id of ids.filter((x, i) => ids.indexOf(x) !== i)) problems.push(`${p.path}: ${id} linked twice`);
      if (p.document.querySelector('h1 a.gloss, h2 a.gloss, h3 a.gloss'))
        problems.push(`${p.path}: glossary link inside a heading`);
    }
    expect(problems).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(articles.length);
  });
});
