/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) of a language's articles, FAQ answers and handouts, so a
 * patient portal can show a card that links here: title, summary, key points, address, the page in the other language
 * and review dates. The authors are the site's editorial team (the about page: no person is named). No key, no
 * tracking: the addresses are the pages' own.
 *
 * Written by hand, not with the `feed` package: its JSON output is JSON Feed 1.0 (version ".../version/1"), which has
 * no `authors` or `language`, and a JSON Feed is a plain object that JSON.stringify writes.
 */
import type { ContentPage } from '../../model/queries';

/** The version string a JSON Feed 1.1 document starts with. */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';
/** The extension key of this site's own item fields (JSON Feed extensions start with an underscore). */
export const EXTENSION = '_iop_guide';

/** What the feed says about itself. */
export interface FeedMeta {
  title: string;
  description: string;
  /** BCP 47 language tag ("en-US"). */
  language: string;
  homePageUrl: string;
  feedUrl: string;
  favicon: string;
  authors: { name: string; url: string }[];
  /** Where the extension's fields are explained (the clinics page). */
  about: string;
  keyPointsLabel: string;
}

/** One item's page, with its address and its twin's (both absolute). */
export interface FeedPage extends ContentPage {
  url: string;
  twin?: { language: string; url: string };
}

/** RFC 3339, as JSON Feed dates are written ("2026-11-29T00:00:00Z"). */
const rfc3339 = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const day = (d: Date) => d.toISOString().slice(0, 10);

/** The JSON Feed document: items newest review first, then by title. */
export function jsonFeed(pages: readonly FeedPage[], meta: FeedMeta) {
  const items = [...pages]
    .sort((a, b) => b.lastReviewed.getTime() - a.lastReviewed.getTime() || a.title.localeCompare(b.title))
    .map((p) => ({
      id: p.url,
      url: p.url,
      title: p.title,
      summary: p.summary,
      content_text: p.keyPoints.length
        ? `${p.summary}\n\n${meta.keyPointsLabel}\n${p.keyPoints.map((k) => `- ${k}`).join('\n')}`
        : p.summary,
      date_modified: rfc3339(p.lastReviewed),
      language: meta.language,
      tags: [p.kind, ...(p.topic ? [p.topic] : [])],
      [EXTENSION]: {
        about: meta.about,
        kind: p.kind,
        key_points: p.keyPoints,
        last_reviewed: day(p.lastReviewed),
        next_review: day(p.nextReview),
        translation: p.twin ?? null,
      },
    }));
  return {
    version: JSON_FEED_VERSION,
    title: meta.title,
    home_page_url: meta.homePageUrl,
    feed_url: meta.feedUrl,
    description: meta.description,
    favicon: meta.favicon,
    language: meta.language,
    authors: meta.authors,
    items,
  };
}
