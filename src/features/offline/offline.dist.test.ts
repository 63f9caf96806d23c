// The offline copy in the built site: each language's manifest matches dist/ file for file (hash and size), holds
// every page of its language but the link builder, every file those pages load, and its own search index; the Save
// controls show the manifest's sizes; the service worker is a classic script at the base path, served by nginx with
// no-cache and a JavaScript type (so browsers check it for updates).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtPages } from '../../../tests/helpers/dist';
import { startNginx } from '../../../tests/helpers/nginx';
import { langOfPath, LANGS } from '../../i18n/lang';
import { hashOf, LEFT_OUT } from './build/manifest-build';
import type { OfflineManifest } from './manifest';
import { SW_FILE, manifestFile } from './names';
import { formatSize } from './words';

const pages = builtPages();
const manifests = Object.fromEntries(
  LANGS.map((lang) => [lang, JSON.parse(readFileSync(`dist/${manifestFile(lang)}`, 'utf8')) as OfflineManifest]),
);

describe('offline copy manifests', () => {
  it.each(LANGS)('%s: lists files as they are in dist/, with their hashes, sizes and totals', (lang) => {
    const m = manifests[lang];
    console.log(
      `offline copy (${lang}): ${m.files.length} files, ${m.transfer} bytes to download (${formatSize(m.transfer, 'en')}), ${m.bytes} bytes stored (${formatSize(m.bytes, 'en')}), content reviewed ${m.reviewed}`,
    );
    const problems: string[] = [];
    for (const f of m.files) {
      const file = `dist${f.url}${f.url.endsWith('/') ? 'index.html' : ''}`;
      if (!existsSync(file)) problems.push(`${f.url}: no such file`);
      else if (hashOf(readFileSync(file)) !== f.hash) problems.push(`${f.url}: hash differs`);
      if (f.url.endsWith('.gz')) problems.push(`${f.url}: a gzip copy (the copy keeps plain files)`);
    }
    expect(problems).toEqual([]);
    expect(m.bytes).toBe(m.files.reduce((n, f) => n + f.bytes, 0));
    expect(m.transfer).toBeLessThan(m.bytes);
    expect(new Set(m.files.map((f) => f.url)).size).toBe(m.files.length);
  });

  it.each(LANGS)('%s: saves every page of its language but the link builder, and no other language', (lang) => {
    const saved = manifests[lang].files.map((f) => f.url).filter((u) => u.endsWith('/'));
    const expected = pages
      .filter((p) => p.path.endsWith('/') && langOfPath(p.path, '/') === lang && !LEFT_OUT.includes(p.path))
      .map((p) => p.path);
    expect(saved.sort()).toEqual(expected.sort());
    expect(saved).toContain(lang === 'es' ? '/es/offline/' : '/offline/');
    expect(saved).toContain(lang === 'es' ? '/es/get-help/' : '/get-help/');
  });

  it.each(LANGS)('%s: holds every file its pages load, the lazy scripts, and its own search index', (lang) => {
    const urls = new Set(manifests[lang].files.map((f) => f.url));
    const missing = new Set<string>();
    for (const p of pages.filter((x) => urls.has(x.path)))
      for (const m of p.html.matchAll(/(?:src|href)="(\/(?:_astro|pagefind)\/[^"?#]+|\/favicon\.svg)"/g))
        if (!urls.has(m[1])) missing.add(`${p.path} -> ${m[1]}`);
    for (const f of readdirSync('dist/_astro').filter((f) => !f.endsWith('.gz')))
      if (!urls.has(`/_astro/${f}`)) missing.add(`/_astro/${f}`);
    expect([...missing]).toEqual([]);
    const code = lang === 'es' ? 'es-us' : 'en-us';
    const other = lang === 'es' ? 'en-us' : 'es-us';
    const search = [...urls].filter((u) => u.startsWith('/pagefind/'));
    expect(search).toContain('/pagefind/pagefind-entry.json');
    expect(search.some((u) => u.startsWith(`/pagefind/index/${code}_`))).toBe(true);
    expect(search.some((u) => u.startsWith(`/pagefind/fragment/${code}_`))).toBe(true);
    expect(search.filter((u) => u.includes(other))).toEqual([]);
  });

  it('redirects short addresses into the copy only where the target is saved', () => {
    const en = manifests.en;
    expect(en.redirects['/h/vs/']).toBe('/guide/iop-vs-php/');
    for (const m of Object.values(manifests))
      for (const to of Object.values(m.redirects))
        expect(m.files.some((f) => f.url === to.replace(/#.*$/, ''))).toBe(true);
  });
});

describe('Save controls', () => {
  it('are on the home and Get help pages in both languages, each showing its language’s sizes', () => {
    const withControl = pages.filter((p) => p.document.querySelector('iop-offline')).map((p) => p.path);
    expect(withControl.sort()).toEqual(['/', '/es/', '/es/get-help/', '/get-help/']);
    for (const path of withControl) {
      const lang = langOfPath(path, '/');
      const d = pages.find((p) => p.path === path)!.document;
      const size = (which: string) => d.querySelector(`[data-offline-size="${which}"]`)?.textContent;
      expect(size('transfer'), path).toBe(formatSize(manifests[lang].transfer, lang));
      expect(size('bytes'), path).toBe(formatSize(manifests[lang].bytes, lang));
      const control = d.querySelector('iop-offline')!;
      expect(control.getAttribute('data-manifest')).toBe(`/${manifestFile(lang)}`);
      expect(control.getAttribute('data-sw')).toBe(`/${SW_FILE}`);
      // Without JavaScript: what saving needs, and the handouts as the other way to keep the guide.
      const noJs = control.querySelector('.group-data-ready\\:hidden')!;
      expect(noJs.querySelector('a')?.getAttribute('href')).toBe(lang === 'es' ? '/es/handouts/' : '/handouts/');
      expect(control.querySelector('button[data-offline-save]')?.closest('.hidden')).not.toBeNull();
    }
  });
});

describe('the service worker', () => {
  let server: { url: string; stop: () => void };
  beforeAll(async () => {
    server = await startNginx();
  });
  afterAll(() => server?.stop());

  it('is one classic script at the base path', () => {
    const sw = readFileSync(`dist/${SW_FILE}`, 'utf8');
    expect(sw).not.toMatch(/^\s*(import|export)\b|\bimport\s*\(/m);
    expect(sw).toContain('addEventListener(`fetch`');
  });

  it('is served by nginx with no-cache, a JavaScript type and the site’s policy; the manifests too', async () => {
    const sw = await fetch(`${server.url}/${SW_FILE}`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(sw.headers.get('content-security-policy')).toContain("script-src 'self'");
    const manifest = await fetch(`${server.url}/${manifestFile('es')}`);
    expect(manifest.headers.get('content-type')).toMatch(/^application\/json/);
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    expect(((await manifest.json()) as OfflineManifest).version).toBe(manifests.es.version);
  });
});
