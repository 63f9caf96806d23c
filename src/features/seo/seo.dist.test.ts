// Link previews and structured data on the built site: every page has Open Graph and Twitter meta with the share
// image, and JSON-LD that parses and says what the page is, with no invented reviewer.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { builtPages } from '../../../tests/helpers/dist';

const pages = builtPages().filter((p) => !p.document.querySelector('meta[http-equiv="refresh"]'));
const meta = (d: Document, key: string) =>
  d.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
const ld = (d: Document) =>
  [...d.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''));

describe('link previews', () => {
  it('every page has Open Graph and Twitter meta, an absolute share image that exists, and its own URL', () => {
    for (const p of pages) {
      const d = p.document;
      for (const key of [
        'og:title',
        'og:description',
        'og:url',
        'og:image',
        'og:image:alt',
        'twitter:card',
        'twitter:image',
      ])
        expect(meta(d, key), `${p.path} ${key}`).not.toBe('');
      const image = new URL(meta(d, 'og:image'));
      expect(existsSync(`dist${image.pathname}`), p.path).toBe(true);
      expect(meta(d, 'og:url')).toBe(d.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    }
  });
});

describe('structured data', () => {
  it('parses on every page and never names a reviewer', () => {
    for (const p of pages) {
      const data = ld(p.document);
      expect(data.length, p.path).toBeGreaterThan(0);
      expect(JSON.stringify(data), p.path).not.toMatch(/reviewedBy/);
    }
  });
  it('articles are MedicalWebPages with their review date, audience and breadcrumbs ending at the page', () => {
    const articles = pages.filter((p) => /^\/guide\/[a-z0-9-]+\/$/.test(p.path));
    expect(articles.length).toBeGreaterThan(10);
    for (const p of articles) {
      const [page, crumbs] = ld(p.document);
      expect(page['@type'], p.path).toBe('MedicalWebPage');
      expect(page.lastReviewed, p.path).toBe(p.document.querySelector('.review-dates time')?.getAttribute('datetime'));
      expect(page.audience.length, p.path).toBeGreaterThan(0);
      expect(crumbs['@type'], p.path).toBe('BreadcrumbList');
      expect(crumbs.itemListElement.at(-1).item, p.path).toBe(page.url);
    }
  });
  it('FAQ answer pages carry FAQPage data whose question is the page heading', () => {
    const faqs = pages.filter((p) => /^\/faq\/[a-z0-9-]+\/$/.test(p.path));
    expect(faqs.length).toBeGreaterThan(40);
    for (const p of faqs) {
      const faq = ld(p.document).find((x) => x['@type'] === 'FAQPage');
      expect(faq?.mainEntity[0].name, p.path).toBe(p.document.querySelector('h1')?.textContent?.trim());
      expect(faq?.mainEntity[0].acceptedAnswer.text.length, p.path).toBeGreaterThan(100);
    }
  });
});
