/**
 * The "what changed" feed as Atom (RFC 4287), written with the `feed` package: Atom because clinics read it in the
 * feed readers and mail programs they already use. Each entry names the page, the day and each changed value before
 * and after, in the feed's language. Pure: the route passes the entries and addresses.
 */
import { Feed } from 'feed';
import type { ChangeEntry } from './changes';
import type { FeedWords } from './words';

/** What the Atom feed needs besides its entries. */
export interface AtomMeta {
  words: FeedWords;
  /** BCP 47 language tag. */
  language: string;
  feedUrl: string;
  homePageUrl: string;
  /** The author's page (about). */
  authorUrl: string;
  /** The site's host, for the entries' tag: ids (RFC 4151). */
  host: string;
  /** The day the site is built for: the feed's date when it has no entry. */
  today: Date;
  /** A site path's absolute address. */
  abs: (path: string) => string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The plain-text body of an entry: each value before and after, then the reprint advice. */
export function entryText(entry: ChangeEntry, words: FeedWords): string {
  return [...entry.facts.map((f) => words.change(f.before, f.after, entry.day)), words.reprint].join('\n');
}

/** The Atom document. */
export function changesAtom(entries: readonly ChangeEntry[], meta: AtomMeta): string {
  const feed = new Feed({
    id: meta.feedUrl,
    title: meta.words.changesTitle,
    description: meta.words.changesDescription,
    link: meta.homePageUrl,
    language: meta.language,
    updated: entries[0]?.dated ?? meta.today,
    generator: false,
    feedLinks: { atom: meta.feedUrl },
    author: { name: meta.words.authors, link: meta.authorUrl },
    copyright: meta.words.authors,
  });
  for (const e of entries)
    feed.addItem({
      id: `tag:${meta.host},${e.day.getUTCFullYear()}:${e.path}${e.coming ? 'coming' : 'changed'}/${iso(e.day)}`,
      title: (e.coming ? meta.words.coming : meta.words.changed)(e.day, e.title),
      link: meta.abs(e.path),
      date: e.dated,
      description: entryText(e, meta.words),
    });
  return feed.atom1();
}
