import { describe, expect, it } from 'vitest';
import { EXTENSION, JSON_FEED_VERSION, jsonFeed, type FeedPage } from './json-feed';

const page = (over: Partial<FeedPage>): FeedPage => ({
  kind: 'article',
  id: 'a',
  path: '/guide/a/',
  url: 'https://example.org/guide/a/',
  title: 'A page',
  summary: 'A summary of the page, long enough.',
  keyPoints: ['One point.', 'Two points.', 'Three points.'],
  topic: 'about-iop',
  lastReviewed: new Date('2026-11-29T00:00:00Z'),
  nextReview: new Date('2027-11-29T00:00:00Z'),
  facts: [],
  ...over,
});
const meta = {
  title: 'IOP Guide',
  description: 'Every page.',
  language: 'en-US',
  homePageUrl: 'https://example.org/',
  feedUrl: 'https://example.org/feed.json',
  favicon: 'https://example.org/favicon.svg',
  authors: [{ name: 'IOP Guide editorial team', url: 'https://example.org/about/#who-we-are' }],
  about: 'https://example.org/clinics/#feeds-for-patient-portals',
  keyPointsLabel: 'Key points:',
};

describe('a JSON Feed 1.1 document', () => {
  const feed = jsonFeed(
    [
      page({}),
      page({
        kind: 'faq',
        id: 'b',
        url: 'https://example.org/faq/b/',
        title: 'B?',
        keyPoints: [],
        lastReviewed: new Date('2026-12-01T00:00:00Z'),
        twin: { language: 'es-US', url: 'https://example.org/es/faq/b/' },
      }),
    ],
    meta,
  );

  it('has the version, title, addresses, language and authors', () => {
    expect(feed).toMatchObject({
      version: JSON_FEED_VERSION,
      title: 'IOP Guide',
      home_page_url: 'https://example.org/',
      feed_url: 'https://example.org/feed.json',
      language: 'en-US',
      authors: meta.authors,
    });
    expect(JSON_FEED_VERSION).toBe('https://jsonfeed.org/version/1.1');
  });

  it('gives each item an id, text content, an RFC 3339 date and its own fields, newest review first', () => {
    expect(feed.items.map((i) => i.id)).toEqual(['https://example.org/faq/b/', 'https://example.org/guide/a/']);
    const [faq, article] = feed.items;
    expect(faq.date_modified).toBe('2026-12-01T00:00:00Z');
    expect(faq.content_text).toBe(faq.summary);
    expect(faq[EXTENSION]).toMatchObject({ kind: 'faq', key_points: [], translation: { language: 'es-US' } });
    expect(article.content_text).toBe(
      'A summary of the page, long enough.\n\nKey points:\n- One point.\n- Two points.\n- Three points.',
    );
    expect(article[EXTENSION]).toEqual({
      about: meta.about,
      kind: 'article',
      key_points: ['One point.', 'Two points.', 'Three points.'],
      last_reviewed: '2026-11-29',
      next_review: '2027-11-29',
      translation: null,
    });
    expect(article.tags).toEqual(['article', 'about-iop']);
  });
});
