// The service worker (built to dist/sw.js by build/integration.ts, registered only when the reader presses Save).
// With a saved copy, it answers this site's requests from that copy, whether or not there is a signal, so a page and
// its files always come from one version; on each page visit it checks for a newer version and, if there is one,
// saves it whole beside the old one and switches (store.ts). A page that is not saved comes from the network, and
// offline the offline page (with the crisis lines and what is saved) stands in for it. Without a copy it only
// passes requests on.
import { copiesFor, withSlash, type SavedCopy } from './manifest.ts';
import { manifestFile, UPDATED_MESSAGE } from './names.ts';
import { savedCopies, updateCopy, type FoundCopy } from './store.ts';

// The DOM typings have no service worker scope; these are the parts used here.
interface SwEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface SwFetchEvent extends SwEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface SwScope {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: {
    claim(): Promise<void>;
    matchAll(opts: { type: 'window' }): Promise<{ postMessage(message: unknown): void }[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (e: SwEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: SwFetchEvent) => void): void;
}
const sw = self as unknown as SwScope;

/** The site's base URL ("https://host/base/"): the scope the control registered. */
const scope = sw.registration.scope;
const scopePath = new URL(scope).pathname;
/** The saved records read so far, by cache name (read once each, not on every request). */
const records = new Map<string, SavedCopy>();

// A new version of this script takes over at once; saved copies carry over (their caches do not depend on it).
sw.addEventListener('install', (e) => e.waitUntil(sw.skipWaiting()));
sw.addEventListener('activate', (e) => e.waitUntil(sw.clients.claim()));

sw.addEventListener('fetch', (e) => {
  const req = e.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith(scopePath)) return;
  const copies = savedCopies(caches, scope, records).catch(() => [] as FoundCopy[]);
  const response = respond(req, url, copies);
  e.respondWith(response);
  // Each page visit with a signal checks for a newer copy, after the page itself has been answered.
  if (req.mode === 'navigate')
    e.waitUntil(
      response
        .catch(() => undefined)
        .then(() => copies)
        .then(checkForUpdates),
    );
});

/** Look `url` up in the copies, in order; the first saved response or undefined. */
async function lookUp(url: string, copies: readonly FoundCopy[]): Promise<Response | undefined> {
  for (const c of copies) {
    const hit = await caches.match(url, { cacheName: c.cacheName, ignoreSearch: true, ignoreVary: true });
    if (hit) return hit;
  }
  return undefined;
}

/** The answer to one request of this site. */
async function respond(req: Request, url: URL, found: Promise<FoundCopy[]>): Promise<Response> {
  const copies = copiesFor(url.pathname, await found);
  if (!copies.length) return fetch(req);
  // A script asking to revalidate (the control saving another language) gets the network, the copy if there is none.
  const revalidate = req.mode !== 'navigate' && ['no-cache', 'reload', 'no-store'].includes(req.cache);
  if (!revalidate) {
    const hit = await lookUp(req.url, copies);
    if (hit) return hit;
    if (req.mode === 'navigate') {
      const moved = copies.map((c) => c.manifest.redirects[url.pathname]).find(Boolean);
      if (moved) return Response.redirect(new URL(moved, url).href, 301);
      const slash = withSlash(url.pathname);
      if (slash && (await lookUp(new URL(slash, url).href, copies))) return Response.redirect(new URL(slash, url).href);
    }
  }
  try {
    return await fetch(req);
  } catch (error) {
    const saved = revalidate ? await lookUp(req.url, copies) : undefined;
    if (saved) return saved;
    if (req.mode !== 'navigate') throw error;
    // Offline, and the page is not saved: the offline page of the language the reader is in.
    for (const c of copies) {
      const page = await caches.match(new URL(c.manifest.offlinePage, url).href, { cacheName: c.cacheName });
      if (page) return page;
    }
    throw error;
  }
}

let checking: Promise<void> | null = null;

/** Update every saved copy that has a newer version (one check at a time), and tell open pages when one switched. */
function checkForUpdates(copies: readonly FoundCopy[]): Promise<void> {
  checking ??= (async () => {
    for (const copy of copies) {
      const lang = copy.manifest.lang;
      const next = await updateCopy(caches, fetch, scope, copy, new URL(manifestFile(lang), scope).href).catch(
        () => null, // offline, or the site changed again mid-way: the old copy stays, and the next visit tries again
      );
      if (!next) continue;
      for (const client of await sw.clients.matchAll({ type: 'window' }))
        client.postMessage({ type: UPDATED_MESSAGE, lang, version: next.manifest.version });
    }
  })().finally(() => (checking = null));
  return checking;
}
