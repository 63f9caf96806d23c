// The offline copy's build step over a small built site in a temporary folder: which files each language saves, their
// hashes and sizes, redirects into the copy, the newest review date, and the sizes written into the Save control.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { copyFiles, fillSizes, hashOf, manifestOf, redirectTarget, reviewedOn, writeManifests } from './manifest-build';

let dist: string;
const put = (path: string, body: string, gz = false) => {
  const file = join(dist, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
  if (gz) writeFileSync(`${file}.gz`, gzipSync(body));
};
const reviewed = (d: string) =>
  `<p class="review-dates mt-8" data-pagefind-ignore>Page last reviewed: <time datetime="${d}">x</time> · Next: <time datetime="2099-01-01">y</time></p>`;
const control =
  '<iop-offline>about <span data-offline-size="transfer"></span>, <span data-offline-size="bytes"></span></iop-offline>';
const stub = (to: string) =>
  `<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=${to}">`;

/** A built site for `base` ("/" or "/iop/" for the links inside it; dist/ itself never holds the base folder). */
function buildSite(base = '/') {
  const b = base.replace(/\/$/, '');
  put('index.html', `<html><main>Home ${'words '.repeat(80)}${control}${reviewed('2026-11-22')}</main></html>`, true);
  put('guide/x/index.html', `<html>Article ${reviewed('2026-11-29')}</html>`);
  put('offline/index.html', '<html>Offline</html>');
  put('clinics/links/index.html', '<html>Link builder</html>');
  put('404.html', '<html>Not found</html>');
  put('h/x/index.html', stub(`${b}/guide/x/`));
  put('h/gone/index.html', stub(`${b}/clinics/links/`));
  put('es/index.html', `<html>Inicio ${control}${reviewed('2026-12-01')}</html>`);
  put('es/offline/index.html', '<html>Sin conexión</html>');
  put('_astro/site.css', 'body{}');
  put('_astro/site.js', 'console.log(1)');
  put('favicon.svg', '<svg/>');
  put(
    'pagefind/pagefind-entry.json',
    JSON.stringify({
      languages: { 'en-us': { hash: 'en-us_1', wasm: 'en-us' }, 'es-us': { hash: 'es-us_2', wasm: 'es-us' } },
    }),
  );
  for (const f of [
    'pagefind.js',
    'pagefind-highlight.js',
    'pagefind-worker.js',
    'vocabulary.json',
    'vocabulary-es.json',
  ])
    put(`pagefind/${f}`, f);
  for (const f of [
    'pagefind.en-us_1.pf_meta',
    'pagefind.es-us_2.pf_meta',
    'wasm.en-us.pagefind',
    'wasm.es-us.pagefind',
  ])
    put(`pagefind/${f}`, f);
  for (const f of ['index/en-us_a.pf_index', 'index/es-us_b.pf_index', 'fragment/en-us_c.pf_fragment'])
    put(`pagefind/${f}`, f);
  put('pagefind/filter/es-us_d.pf_filter', 'filter');
}

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'iop-offline-'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('the files of a copy', () => {
  it('saves the language’s pages, the shared CSS and scripts, and its own search index; not the link builder', () => {
    buildSite();
    const en = copyFiles(dist, 'en').files.map((f) => f.path);
    expect(en).toEqual([
      '/',
      '/guide/x/',
      '/offline/',
      '/_astro/site.css',
      '/_astro/site.js',
      '/favicon.svg',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-highlight.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/vocabulary.json',
      '/pagefind/pagefind.en-us_1.pf_meta',
      '/pagefind/wasm.en-us.pagefind',
      '/pagefind/index/en-us_a.pf_index',
      '/pagefind/fragment/en-us_c.pf_fragment',
    ]);
    const es = copyFiles(dist, 'es').files.map((f) => f.path);
    expect(es.filter((p) => p.endsWith('/'))).toEqual(['/es/', '/es/offline/']);
    expect(es).toContain('/pagefind/filter/es-us_d.pf_filter');
    expect(es).toContain('/pagefind/vocabulary-es.json');
    expect(es.some((p) => p.includes('en-us'))).toBe(false);
  });

  it('keeps redirects whose target is saved, under the base path', () => {
    buildSite('/iop/');
    expect(copyFiles(dist, 'en', '/iop/').redirects).toEqual({ '/iop/h/x/': '/iop/guide/x/' });
  });

  it('names a missing index file', () => {
    buildSite();
    rmSync(join(dist, 'pagefind/wasm.es-us.pagefind'));
    expect(() => copyFiles(dist, 'es')).toThrow('offline copy (es): /pagefind/wasm.es-us.pagefind is not in the build');
  });
});

describe('the manifest', () => {
  it('hashes each file, counts gzip bytes as the download, and dates the copy by its newest review', () => {
    buildSite('/iop/');
    const { files, redirects } = copyFiles(dist, 'en', '/iop/');
    const m = manifestOf('en', '/iop/', files, redirects);
    const home = readFileSync(join(dist, 'index.html'));
    expect(m.files[0]).toEqual({ url: '/iop/', hash: hashOf(home), bytes: home.length });
    expect(m.home).toBe('/iop/');
    expect(m.offlinePage).toBe('/iop/offline/');
    expect(m.reviewed).toBe('2026-11-29');
    expect(m.bytes).toBe(m.files.reduce((n, f) => n + f.bytes, 0));
    expect(m.bytes - m.transfer).toBe(home.length - readFileSync(join(dist, 'index.html.gz')).length);
    expect(m.version).toMatch(/^[0-9a-f]{16}$/);
    // Any change to any file is a new version.
    writeFileSync(join(dist, 'guide/x/index.html'), '<html>Article, changed</html>');
    expect(manifestOf('en', '/iop/', files, redirects).version).not.toBe(m.version);
  });

  it('fills the Save control with the copy’s sizes, refreshes its gzip copy, and settles', () => {
    buildSite();
    const [en, es] = writeManifests(dist);
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain(`<span data-offline-size="transfer">0.1 MB</span>`);
    expect(readFileSync(join(dist, 'index.html.gz')).length).toBeLessThan(home.length);
    expect(en.files[0].hash).toBe(hashOf(home));
    expect(JSON.parse(readFileSync(join(dist, 'offline/manifest-en.json'), 'utf8'))).toEqual(en);
    expect(es.reviewed).toBe('2026-12-01');
    // Filling again changes nothing.
    expect(fillSizes(en, copyFiles(dist, 'en').files)).toEqual([]);
  });

  it('refuses a Save control without its sizes, and a copy without its offline page', () => {
    buildSite();
    put('guide/x/index.html', '<html><iop-offline></iop-offline></html>');
    expect(() => writeManifests(dist)).toThrow('/guide/x/ has a Save control without its two sizes');
    buildSite();
    rmSync(join(dist, 'es/offline/index.html'));
    expect(() => writeManifests(dist)).toThrow('offline copy (es): no page /es/offline/');
  });

  it('reads a redirect page’s target and a page’s review date', () => {
    expect(redirectTarget(stub('/iop/guide/x/'))).toBe('/iop/guide/x/');
    expect(redirectTarget('<html>No</html>')).toBeNull();
    expect(reviewedOn(`<main>${reviewed('2026-10-01')}</main>`)).toBe('2026-10-01');
    expect(reviewedOn('<time datetime="2026-10-01">')).toBeNull();
  });
});
