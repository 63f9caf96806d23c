import { describe, expect, it } from 'vitest';
import { copiesFor, isSavedCopy, unchangedFiles, withSlash, type OfflineManifest } from './manifest';

const manifest = (over: Partial<OfflineManifest> = {}): OfflineManifest => ({
  lang: 'en',
  version: 'v1',
  home: '/',
  offlinePage: '/offline/',
  reviewed: '2026-11-29',
  bytes: 30,
  transfer: 20,
  files: [
    { url: '/', hash: 'aaaa', bytes: 10 },
    { url: '/guide/x/', hash: 'bbbb', bytes: 10 },
    { url: '/_astro/site.css', hash: 'cccc', bytes: 10 },
  ],
  redirects: {},
  ...over,
});

describe('offline manifest rules', () => {
  it('asks the copy whose home is the longest prefix of the path first', () => {
    const en = { manifest: { home: '/iop/' }, name: 'en' };
    const es = { manifest: { home: '/iop/es/' }, name: 'es' };
    expect(copiesFor('/iop/es/guide/x/', [en, es]).map((c) => c.name)).toEqual(['es', 'en']);
    expect(copiesFor('/iop/guide/x/', [es, en]).map((c) => c.name)).toEqual(['en', 'es']);
    expect(copiesFor('/iop/estate/', [es, en]).map((c) => c.name)).toEqual(['en', 'es']);
    expect(copiesFor('/other/', [en])).toHaveLength(1);
  });

  it('looks up a page typed without its final slash under the slash, but never a file', () => {
    expect(withSlash('/guide/what-is-iop')).toBe('/guide/what-is-iop/');
    expect(withSlash('/guide/what-is-iop/')).toBeNull();
    expect(withSlash('/favicon.svg')).toBeNull();
    expect(withSlash('/pagefind/index/en-us_1.pf_index')).toBeNull();
  });

  it('knows which files a new version shares with the old (same address, same hash)', () => {
    const next = manifest({
      version: 'v2',
      files: [
        { url: '/', hash: 'aaaa', bytes: 10 },
        { url: '/guide/x/', hash: 'dddd', bytes: 12 },
        { url: '/guide/y/', hash: 'eeee', bytes: 10 },
      ],
    });
    expect([...unchangedFiles(manifest(), next)]).toEqual(['/']);
    expect(unchangedFiles(undefined, next).size).toBe(0);
  });

  it('accepts only a well-formed saved record', () => {
    expect(isSavedCopy({ manifest: manifest(), savedAt: '2026-12-04T10:00:00.000Z' })).toBe(true);
    expect(isSavedCopy({ manifest: manifest() })).toBe(false);
    expect(isSavedCopy({ manifest: { version: 'v1' }, savedAt: 'x' })).toBe(false);
    expect(isSavedCopy(null)).toBe(false);
    expect(isSavedCopy('saved')).toBe(false);
  });
});
