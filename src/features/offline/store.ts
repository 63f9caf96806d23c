/**
 * Saving, finding, updating and removing offline copies in the browser's Cache Storage. Shared by the control (first
 * save, Update, Remove) and the service worker (updates on later visits), so both follow one set of rules:
 *
 * - Each copy lives in its own cache, named by scope, language and manifest version.
 * - A copy is complete only once its saved record (SAVED_RECORD) is written, last; an incomplete one is never served.
 * - Every downloaded file is checked against the manifest's hash, so a copy never mixes two builds of the site.
 * - A new version is filled beside the old one (unchanged files copied across, not downloaded), recorded, and only
 *   then are the language's other caches deleted: readers see the old copy or the new one, never a mix.
 *
 * Written by hand rather than with Workbox: Workbox's precaching downloads one list when a worker installs, while
 * this copy is chosen per language, reports its progress on the page, and must be removable and checkable
 * (hash-verified, resumable); the hand-written worker is also smaller (see the README, "Offline copy").
 */
import { CACHE_PREFIX, SAVED_RECORD } from './names.ts';
import { HASH_HEX, isSavedCopy, unchangedFiles, type OfflineManifest, type SavedCopy } from './manifest.ts';

/** The parts of the Cache Storage API used here (the browser's `caches`, or a fake in tests). */
export type Caches = Pick<CacheStorage, 'open' | 'keys' | 'delete' | 'has' | 'match'>;
/** The fetch function (the browser's, or a fake in tests). */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** A complete copy found in Cache Storage. */
export interface FoundCopy extends SavedCopy {
  cacheName: string;
}

/** Why saving stopped: the control words each one for the reader. */
export class SaveError extends Error {
  constructor(
    readonly kind: 'network' | 'space' | 'changed' | 'other',
    message: string,
  ) {
    super(message);
    this.name = 'SaveError';
  }
}

/** The cache name of one version of one language's copy, for the site served at `scope` (its base URL). */
export function cacheName(scope: string, lang: string, version: string): string {
  return `${CACHE_PREFIX} ${scope} ${lang} ${version}`;
}

/** The language and version of a cache of this scope's copies, or null for any other cache. */
export function parseCacheName(name: string, scope: string): { lang: string; version: string } | null {
  const [prefix, s, lang, version, ...rest] = name.split(' ');
  return prefix === CACHE_PREFIX && s === scope && lang && version && !rest.length ? { lang, version } : null;
}

/** The URL of the saved record inside a copy's cache. */
function recordUrl(scope: string): string {
  return new URL(SAVED_RECORD, scope).href;
}

/**
 * Every complete copy of this scope, newest saved first, at most one per language (the newest). `known` keeps the
 * records already read (a finished copy's record never changes, and its cache name names its version), so the
 * service worker reads each one once rather than on every request.
 */
export async function savedCopies(caches: Caches, scope: string, known?: Map<string, SavedCopy>): Promise<FoundCopy[]> {
  const found: FoundCopy[] = [];
  for (const name of await caches.keys()) {
    if (!parseCacheName(name, scope)) continue;
    let value: unknown = known?.get(name);
    if (!value) {
      // caches.match with a cacheName never creates the cache (caches.open would).
      const record = await caches.match(recordUrl(scope), { cacheName: name });
      value = await record?.json().catch(() => null);
      if (isSavedCopy(value)) known?.set(name, value);
    }
    if (isSavedCopy(value)) found.push({ ...value, cacheName: name });
  }
  found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return found.filter((c, i) => found.findIndex((d) => d.manifest.lang === c.manifest.lang) === i);
}

/** A file's content hash as the manifest writes it: sha-256, hex, cut to HASH_HEX (Web Crypto: pages, workers, Node). */
export async function contentHash(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return hex.slice(0, HASH_HEX);
}

/** Headers worth keeping on a saved response: its type and the security headers, not the transfer's own. */
function savedHeaders(headers: Headers): Headers {
  const kept = new Headers(headers);
  for (const h of ['content-encoding', 'content-length', 'transfer-encoding', 'etag', 'last-modified', 'date', 'age'])
    kept.delete(h);
  return kept;
}

/** Map a thrown error to the reason the reader is told. */
function asSaveError(e: unknown, url: string): SaveError {
  if (e instanceof SaveError) return e;
  const name = (e as Error | undefined)?.name;
  if (name === 'QuotaExceededError') return new SaveError('space', `no space left to save ${url}`);
  if (e instanceof TypeError) return new SaveError('network', `could not fetch ${url}: ${e.message}`);
  return new SaveError('other', `${url}: ${String(e)}`);
}

/** Fetch a language's manifest from the site, revalidating any copy the browser's HTTP cache holds. */
export async function fetchManifest(fetch: Fetch, url: string): Promise<OfflineManifest> {
  let res: Response;
  try {
    res = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
  } catch (e) {
    throw asSaveError(e, url);
  }
  if (!res.ok) throw new SaveError('other', `${url}: HTTP ${res.status}`);
  return (await res.json()) as OfflineManifest;
}

/** Files fetched at once: enough to fill a phone's connection, few enough to keep progress smooth. */
const PARALLEL = 4;

/**
 * Save `manifest` as a complete copy: fill its cache (files already in it from an interrupted try are kept, files
 * unchanged since `previous` are copied from it, the rest downloaded and hash-checked), write the saved record, then
 * delete the language's other caches. `onProgress` hears the bytes done and the total. Returns the new copy.
 */
export async function saveCopy(
  caches: Caches,
  fetch: Fetch,
  scope: string,
  manifest: OfflineManifest,
  opts: { previous?: FoundCopy; now?: () => Date; onProgress?: (done: number, total: number) => void } = {},
): Promise<FoundCopy> {
  const name = cacheName(scope, manifest.lang, manifest.version);
  // Unfinished caches of other versions of this language are of no more use.
  for (const other of await caches.keys()) {
    const p = parseCacheName(other, scope);
    if (p?.lang === manifest.lang && other !== name && other !== opts.previous?.cacheName) await caches.delete(other);
  }
  const cache = await caches.open(name);
  const unchanged = unchangedFiles(opts.previous?.manifest, manifest);
  let done = 0;
  const step = (bytes: number) => {
    done += bytes;
    opts.onProgress?.(done, manifest.bytes);
  };
  const queue = [...manifest.files];
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const url = new URL(f.url, scope).href;
      try {
        if (await cache.match(url)) {
          step(f.bytes);
          continue;
        }
        if (opts.previous && unchanged.has(f.url)) {
          const old = await caches.match(url, { cacheName: opts.previous.cacheName });
          if (old) {
            await cache.put(url, old);
            step(f.bytes);
            continue;
          }
        }
        const res = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
        if (!res.ok) throw new SaveError('other', `${f.url}: HTTP ${res.status}`);
        const body = await res.arrayBuffer();
        // A file that differs from the manifest belongs to another build: stop rather than mix the two.
        if ((await contentHash(body)) !== f.hash) throw new SaveError('changed', `${f.url} changed since the manifest`);
        await cache.put(url, new Response(body, { status: 200, headers: savedHeaders(res.headers) }));
        step(f.bytes);
      } catch (e) {
        queue.length = 0;
        throw asSaveError(e, f.url);
      }
    }
  };
  // Every worker finishes before saveCopy returns or throws, so nothing writes to the cache after it.
  const results = await Promise.allSettled(Array.from({ length: PARALLEL }, worker));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  // An update whose old copy was removed meanwhile (the reader pressed Remove) must leave nothing behind.
  if (opts.previous && !(await caches.has(opts.previous.cacheName))) {
    await caches.delete(name);
    throw new SaveError('other', 'the copy was removed while it was being updated');
  }
  const copy: SavedCopy = { manifest, savedAt: (opts.now?.() ?? new Date()).toISOString() };
  try {
    await cache.put(
      recordUrl(scope),
      new Response(JSON.stringify(copy), { headers: { 'content-type': 'application/json' } }),
    );
  } catch (e) {
    throw asSaveError(e, SAVED_RECORD);
  }
  // The switch: the new copy is complete, so the old one goes.
  for (const other of await caches.keys()) {
    if (other !== name && parseCacheName(other, scope)?.lang === manifest.lang) await caches.delete(other);
  }
  return { ...copy, cacheName: name };
}

/**
 * Bring one saved copy up to date with the site: fetch its language's manifest and, when its version differs, save
 * the new version beside the old and switch. Returns the new copy, or null when the copy was already current. If the
 * copy is removed meanwhile (the reader pressed Remove), whatever was filled is deleted too.
 */
export async function updateCopy(
  caches: Caches,
  fetch: Fetch,
  scope: string,
  copy: FoundCopy,
  manifestUrl: string,
  opts: { now?: () => Date; onProgress?: (done: number, total: number) => void } = {},
): Promise<FoundCopy | null> {
  const manifest = await fetchManifest(fetch, manifestUrl);
  if (manifest.version === copy.manifest.version) return null;
  try {
    return await saveCopy(caches, fetch, scope, manifest, { ...opts, previous: copy });
  } catch (e) {
    if (!(await caches.has(copy.cacheName))) await caches.delete(cacheName(scope, manifest.lang, manifest.version));
    throw e;
  }
}

/** Delete every cache of this scope's copies in `lang` (every language without it). Returns how many. */
export async function removeCopies(caches: Caches, scope: string, lang?: string): Promise<number> {
  let n = 0;
  for (const name of await caches.keys()) {
    const p = parseCacheName(name, scope);
    if (p && (!lang || p.lang === lang) && (await caches.delete(name))) n += 1;
  }
  return n;
}
