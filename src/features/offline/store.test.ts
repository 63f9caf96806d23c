// The offline copy's rules against an in-memory Cache Storage and a fake site: complete copies only, hash-checked
// files, updates saved whole beside the old copy and switched at the end, Remove, and resuming after a lost signal.
import { beforeEach, describe, expect, it } from 'vitest';
import type { OfflineManifest } from './manifest';
import {
  SaveError,
  cacheName,
  contentHash,
  parseCacheName,
  removeCopies,
  saveCopy,
  savedCopies,
  updateCopy,
  type Caches,
} from './store';

const SCOPE = 'https://guide.test/iop/';

/** Cache Storage in memory: enough of the API for store.ts (match never creates a cache, as in browsers). */
class FakeCaches implements Caches {
  stores = new Map<string, Map<string, { body: ArrayBuffer; headers: [string, string][] }>>();
  private cache(name: string): Cache {
    const store = this.stores.get(name)!;
    const key = (url: RequestInfo | URL) => (typeof url === 'string' ? url : url instanceof URL ? url.href : url.url);
    return {
      match: async (url: RequestInfo | URL) => {
        const hit = store.get(key(url));
        return hit && new Response(hit.body.slice(0), { headers: hit.headers });
      },
      put: async (url: RequestInfo | URL, res: Response) => {
        store.set(key(url), { body: await res.arrayBuffer(), headers: [...res.headers] });
      },
    } as unknown as Cache;
  }
  async open(name: string) {
    if (!this.stores.has(name)) this.stores.set(name, new Map());
    return this.cache(name);
  }
  async keys() {
    return [...this.stores.keys()];
  }
  async has(name: string) {
    return this.stores.has(name);
  }
  async delete(name: string) {
    return this.stores.delete(name);
  }
  async match(url: RequestInfo | URL, opts?: MultiCacheQueryOptions) {
    for (const name of opts?.cacheName ? [opts.cacheName] : this.stores.keys()) {
      if (!this.stores.has(name)) continue;
      const hit = await this.cache(name).match(url);
      if (hit) return hit;
    }
    return undefined;
  }
}

/** A site: its files by path (under /iop/), the paths fetched, and an optional failure. */
class FakeSite {
  files = new Map<string, string>();
  fetched: string[] = [];
  failOn?: string;
  fetch = async (url: string): Promise<Response> => {
    const path = new URL(url).pathname;
    this.fetched.push(path);
    if (path === this.failOn) throw new TypeError('Failed to fetch');
    const body = this.files.get(path);
    return body === undefined
      ? new Response('not found', { status: 404 })
      : new Response(body, { headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' } });
  };
}

/** The manifest of the site's files now, as the build writes it (the manifest itself left out). */
async function manifestOf(site: FakeSite, version: string): Promise<OfflineManifest> {
  const files = [];
  for (const [url, body] of site.files) {
    if (url.includes('manifest')) continue;
    const bytes = new TextEncoder().encode(body);
    files.push({ url, hash: await contentHash(bytes.buffer as ArrayBuffer), bytes: bytes.length });
  }
  const bytes = files.reduce((n, f) => n + f.bytes, 0);
  return {
    lang: 'en',
    version,
    home: '/iop/',
    offlinePage: '/iop/offline/',
    reviewed: '2026-11-29',
    bytes,
    transfer: bytes,
    files,
    redirects: {},
  };
}

let caches: FakeCaches;
let site: FakeSite;
const MANIFEST = `${SCOPE}offline/manifest-en.json`;
const publish = async (version: string) => {
  const m = await manifestOf(site, version);
  site.files.set('/iop/offline/manifest-en.json', JSON.stringify(m));
  return m;
};
const text = async (url: string, name: string) => (await caches.match(`${SCOPE}${url}`, { cacheName: name }))?.text();

beforeEach(() => {
  caches = new FakeCaches();
  site = new FakeSite();
  site.files.set('/iop/', 'home v1');
  site.files.set('/iop/guide/x/', 'article v1');
  site.files.set('/iop/offline/', 'offline page');
  site.files.set('/iop/_astro/site.css', 'css v1');
});

describe('saving a copy', () => {
  it('saves every file, records the copy last, and reports progress up to the total', async () => {
    const m = await publish('v1');
    const progress: number[] = [];
    const copy = await saveCopy(caches, site.fetch, SCOPE, m, {
      now: () => new Date('2026-12-04T15:00:00Z'),
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(copy.cacheName).toBe(cacheName(SCOPE, 'en', 'v1'));
    expect(await text('guide/x/', copy.cacheName)).toBe('article v1');
    expect(progress.at(-1)).toBe(1);
    const found = await savedCopies(caches, SCOPE);
    expect(found.map((c) => [c.manifest.version, c.savedAt])).toEqual([['v1', '2026-12-04T15:00:00.000Z']]);
    // The transfer's own headers are not kept (the saved body is already decoded).
    const saved = await caches.match(`${SCOPE}guide/x/`, { cacheName: copy.cacheName });
    expect(saved?.headers.get('content-encoding')).toBeNull();
    expect(saved?.headers.get('content-type')).toBe('text/html');
  });

  it('stops, and records nothing, when a file is not the one the manifest names (the site changed meanwhile)', async () => {
    const m = await publish('v1');
    site.files.set('/iop/guide/x/', 'article v2');
    await expect(saveCopy(caches, site.fetch, SCOPE, m)).rejects.toMatchObject({ kind: 'changed' });
    expect(await savedCopies(caches, SCOPE)).toEqual([]);
  });

  it('says why it stopped: no signal, a missing file', async () => {
    const m = await publish('v1');
    site.failOn = '/iop/guide/x/';
    const lost = await saveCopy(caches, site.fetch, SCOPE, m).catch((e: unknown) => e);
    expect(lost).toBeInstanceOf(SaveError);
    expect(lost).toMatchObject({ kind: 'network' });
    site.failOn = undefined;
    site.files.delete('/iop/_astro/site.css');
    await expect(saveCopy(new FakeCaches(), site.fetch, SCOPE, m)).rejects.toMatchObject({ kind: 'other' });
  });

  it('resumes after a lost signal: files already saved are not fetched again', async () => {
    const m = await publish('v1');
    site.failOn = '/iop/_astro/site.css';
    await saveCopy(caches, site.fetch, SCOPE, m).catch(() => undefined);
    site.failOn = undefined;
    site.fetched = [];
    await saveCopy(caches, site.fetch, SCOPE, m);
    expect(site.fetched).toEqual(['/iop/_astro/site.css']);
    expect(await savedCopies(caches, SCOPE)).toHaveLength(1);
  });
});

describe('updating a copy', () => {
  it('does nothing but fetch the manifest when the copy is current', async () => {
    const copy = await saveCopy(caches, site.fetch, SCOPE, await publish('v1'));
    site.fetched = [];
    expect(await updateCopy(caches, site.fetch, SCOPE, copy, MANIFEST)).toBeNull();
    expect(site.fetched).toEqual(['/iop/offline/manifest-en.json']);
  });

  it('saves a new version whole beside the old, downloading only changed files, then deletes the old', async () => {
    const old = await saveCopy(caches, site.fetch, SCOPE, await publish('v1'));
    site.files.set('/iop/guide/x/', 'article v2');
    await publish('v2');
    site.fetched = [];
    const next = await updateCopy(caches, site.fetch, SCOPE, old, MANIFEST);
    expect(next?.manifest.version).toBe('v2');
    expect(site.fetched).toEqual(['/iop/offline/manifest-en.json', '/iop/guide/x/']);
    expect(await caches.keys()).toEqual([cacheName(SCOPE, 'en', 'v2')]);
    expect(await text('guide/x/', next!.cacheName)).toBe('article v2');
    expect(await text('', next!.cacheName)).toBe('home v1');
  });

  it('keeps serving the old copy, complete, when an update stops half-way', async () => {
    const old = await saveCopy(caches, site.fetch, SCOPE, await publish('v1'));
    site.files.set('/iop/guide/x/', 'article v2');
    site.files.set('/iop/_astro/site.css', 'css v2');
    await publish('v2');
    site.failOn = '/iop/_astro/site.css';
    await expect(updateCopy(caches, site.fetch, SCOPE, old, MANIFEST)).rejects.toMatchObject({ kind: 'network' });
    const [copy] = await savedCopies(caches, SCOPE);
    expect(copy.manifest.version).toBe('v1');
    expect(await text('guide/x/', copy.cacheName)).toBe('article v1');
    expect(await text('_astro/site.css', copy.cacheName)).toBe('css v1');
  });

  it('leaves nothing behind when the copy is removed while it updates', async () => {
    const old = await saveCopy(caches, site.fetch, SCOPE, await publish('v1'));
    site.files.set('/iop/guide/x/', 'article v2');
    await publish('v2');
    // Remove happens while the new version is being downloaded.
    const fetch = site.fetch;
    site.fetch = async (url: string) => {
      if (url.endsWith('/guide/x/')) await removeCopies(caches, SCOPE);
      return fetch(url);
    };
    await expect(updateCopy(caches, site.fetch, SCOPE, old, MANIFEST)).rejects.toBeInstanceOf(SaveError);
    expect(await caches.keys()).toEqual([]);
  });
});

describe('removing and naming copies', () => {
  it('removes one language, or every copy of this scope, and nothing of another scope', async () => {
    await caches.open(cacheName(SCOPE, 'en', 'v1'));
    await caches.open(cacheName(SCOPE, 'es', 'v1'));
    await caches.open(cacheName('https://guide.test/other/', 'en', 'v1'));
    await caches.open('someone-else');
    expect(await removeCopies(caches, SCOPE, 'es')).toBe(1);
    expect(await removeCopies(caches, SCOPE)).toBe(1);
    expect(await caches.keys()).toEqual([cacheName('https://guide.test/other/', 'en', 'v1'), 'someone-else']);
  });

  it('reads a cache name back, and refuses other scopes and other names', () => {
    expect(parseCacheName(cacheName(SCOPE, 'es', 'abc'), SCOPE)).toEqual({ lang: 'es', version: 'abc' });
    expect(parseCacheName(cacheName(SCOPE, 'es', 'abc'), 'https://guide.test/')).toBeNull();
    expect(parseCacheName('iop-offline', SCOPE)).toBeNull();
    expect(parseCacheName('workbox-precache-v2', SCOPE)).toBeNull();
  });

  it('reads each finished copy’s record once when given somewhere to keep them', async () => {
    await saveCopy(caches, site.fetch, SCOPE, await publish('v1'));
    const known = new Map();
    let reads = 0;
    const match = caches.match.bind(caches);
    caches.match = async (url, opts) => ((reads += 1), match(url, opts));
    await savedCopies(caches, SCOPE, known);
    await savedCopies(caches, SCOPE, known);
    expect(reads).toBe(1);
    await removeCopies(caches, SCOPE);
    expect(await savedCopies(caches, SCOPE, known)).toEqual([]);
  });

  it('finds only complete copies, the newest of each language', async () => {
    await caches.open(cacheName(SCOPE, 'en', 'partial'));
    const m1 = await publish('v1');
    await saveCopy(caches, site.fetch, SCOPE, m1, { now: () => new Date('2026-12-01T00:00:00Z') });
    const es = { ...(await manifestOf(site, 'es1')), lang: 'es' as const, home: '/iop/es/' };
    await saveCopy(caches, site.fetch, SCOPE, es, { now: () => new Date('2026-12-02T00:00:00Z') });
    expect((await savedCopies(caches, SCOPE)).map((c) => c.manifest.lang)).toEqual(['es', 'en']);
  });
});
