/**
 * The machine-readable files the site publishes for clinics' systems (/codes.json and the feeds), listed in
 * /links.json, and the check that every address of this site written inside them opens a built page and section.
 * Pure: the build step reads the files and the built site.
 */
import { sitePaths } from '../../lib/urls.ts';
import { localePaths } from '../../i18n/lang.ts';
import type { Site } from './contract.ts';

/** One published data file: its site path, what it holds and its media type. */
export interface DataFile {
  path: string;
  title: string;
  type: string;
}

const es = localePaths('es', '/');

/** Every data file, as /links.json lists them. */
export const DATA_FILES: readonly DataFile[] = [
  {
    path: sitePaths.codesJson(),
    title: 'Diagnosis codes (ICD-10-CM) mapped to guide pages, in English and Spanish',
    type: 'application/json',
  },
  {
    path: sitePaths.feed(),
    title: 'JSON Feed: every English guide page, answer and handout',
    type: 'application/feed+json',
  },
  { path: es.feed(), title: 'JSON Feed: every Spanish guide page, answer and handout', type: 'application/feed+json' },
  {
    path: sitePaths.changesFeed(),
    title: 'Atom feed: English pages whose dated facts changed or are about to',
    type: 'application/atom+xml',
  },
  {
    path: es.changesFeed(),
    title: 'Atom feed: Spanish pages whose dated facts changed or are about to',
    type: 'application/atom+xml',
  },
];

/** Every address in a text that starts with `prefix` (the site's address with its base path, ending in "/"). */
export function addressesIn(text: string, prefix: string): string[] {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...new Set(text.match(new RegExp(`${escaped}[^"'<>\\s]*`, 'g')) ?? [])];
}

/**
 * The addresses (under `prefix`) that open nothing: no built page or file at the path, or no element with the
 * fragment's id on that page. `isFile` says whether a site path is a file in dist/ (a feed, the favicon).
 */
export function unresolvedAddresses(
  addresses: readonly string[],
  prefix: string,
  site: Site,
  ids: ReadonlyMap<string, ReadonlySet<string>>,
  isFile: (path: string) => boolean,
): string[] {
  return addresses.filter((address) => {
    const url = new URL(address);
    const path = `/${url.pathname.slice(new URL(prefix).pathname.length)}`;
    if (!site.has(path)) return !isFile(path) || url.hash !== '';
    if (!url.hash) return false;
    let id = url.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      return true;
    }
    return !ids.get(path)?.has(id);
  });
}
