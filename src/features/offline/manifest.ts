/**
 * What an offline copy is made of (the manifest the build writes for each language) and the pure rules the page and
 * the service worker share: which saved copy answers a path, and which addresses a request may be saved under.
 */
import type { OfflineLang } from './words.ts';

/** Hex digits kept of a file's sha-256: enough to tell two builds of a file apart (this is no security check). */
export const HASH_HEX = 16;

/** One file of a copy: its URL path (under the base path), the first HASH_HEX hex digits of its bytes' sha-256 and its size. */
export interface ManifestFile {
  url: string;
  hash: string;
  /** Bytes stored (uncompressed). */
  bytes: number;
}

/** A language's offline copy, as the build writes it to dist/offline/manifest-<lang>.json. */
export interface OfflineManifest {
  lang: OfflineLang;
  /** A hash of everything below: a new version whenever any saved file, redirect or date changes. */
  version: string;
  /** The language's home page ("/" or "/es/", under the base path): the copy answers paths under it first. */
  home: string;
  /** The page shown offline for a page that is not saved. */
  offlinePage: string;
  /** The newest review date ("YYYY-MM-DD") among the saved pages. */
  reviewed: string;
  /** Bytes stored on the device (uncompressed). */
  bytes: number;
  /** Bytes downloaded: each file's gzip copy where the build wrote one (servers send that), else the file. */
  transfer: number;
  files: ManifestFile[];
  /** Moved pages and short addresses whose target is saved: old path -> new path (both under the base path). */
  redirects: Record<string, string>;
}

/** What a finished copy records last in its cache: its manifest and when it was saved (ISO time, reader's clock). */
export interface SavedCopy {
  manifest: OfflineManifest;
  savedAt: string;
}

/** Whether a value read back from a cache is a saved copy's record (anything else is treated as no copy). */
export function isSavedCopy(value: unknown): value is SavedCopy {
  const v = value as SavedCopy | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.savedAt === 'string' &&
    typeof v.manifest?.version === 'string' &&
    typeof v.manifest.home === 'string' &&
    Array.isArray(v.manifest.files)
  );
}

/**
 * The copies in the order they should answer a path: first the one whose home is the longest prefix of the path (a
 * Spanish page asks the Spanish copy first), then the rest (shared files such as the stylesheet are in each).
 */
export function copiesFor<T extends { manifest: { home: string } }>(path: string, copies: readonly T[]): T[] {
  const fit = (c: T) => (path.startsWith(c.manifest.home) ? c.manifest.home.length : -1);
  return [...copies].sort((a, b) => fit(b) - fit(a));
}

/**
 * A page address typed without its final slash ("/guide/x") is saved as "/guide/x/": the address to look up instead,
 * or null when the path already ends in a slash or names a file ("/favicon.svg").
 */
export function withSlash(path: string): string | null {
  if (path.endsWith('/')) return null;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.includes('.') ? null : `${path}/`;
}

/** Files of `next` that the copy `previous` already holds with the same bytes (same hash): copied, not downloaded. */
export function unchangedFiles(previous: OfflineManifest | undefined, next: OfflineManifest): Set<string> {
  if (!previous) return new Set();
  const before = new Map(previous.files.map((f) => [f.url, f.hash]));
  return new Set(next.files.filter((f) => before.get(f.url) === f.hash).map((f) => f.url));
}
