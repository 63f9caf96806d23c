// The site built for a sub-path (BASE_PATH=/iop/ and SITE_URL, as for a GitHub project site) and served under /iop/
// only, by nginx with deploy/site.conf written for that base path: every link and asset on every page stays under /iop/
// and resolves; search, its results, handouts, QR codes, short addresses, _redirects, the sitemap and robots.txt all
// carry the base path. The copy (tests/helpers/base-site.ts) is built once into its own folder, by `npm test` beside the
// type check or by this file when run alone; dist/ is not touched. The copy also holds a draft article, which a
// production build leaves out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildProject } from './helpers/project';
import { BASE, BASE_BUILD_ENV, BASE_SITE_ENV, SITE, baseSiteCopy } from './helpers/base-site';
import { builtPages, type BuiltPage } from './helpers/dist';
import { startNginx } from './helpers/nginx';
import { newContext } from './helpers/browser';
import { sharedBrowser } from './helpers/site';
import { decodePng } from './helpers/qr';
import { openDialog, PAGE_PANEL, resultLinks, searchFor } from './helpers/search';
import { makePaths, sitePaths, withBase as under } from '../src/lib/urls';
import { readRedirects } from '../src/model/link-registry';

const at = makePaths(BASE);

let dir = '';
let dist = '';
let pages: BuiltPage[] = [];
let server: { url: string; stop: () => void };
let browser: Browser;

beforeAll(async () => {
  // `npm test` built the copy already, beside the type check (tests/run.ts); run alone, this file builds it.
  const built = process.env[BASE_SITE_ENV];
  if (built) dir = built;
  else {
    dir = baseSiteCopy();
    const run = buildProject(dir, BASE_BUILD_ENV);
    if (run.status !== 0)
      throw new Error(`the build with BASE_PATH=${BASE} failed:\n${(run.stdout + run.stderr).slice(-3000)}`);
  }
  dist = join(dir, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} holds no built site (from ${BASE_SITE_ENV}?)`);
  pages = builtPages(dist, { redirects: true });
  server = await startNginx(dist, BASE);
  browser = await sharedBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  server?.stop();
  // A copy handed over by tests/run.ts is its to remove.
  if (dir && !process.env[BASE_SITE_ENV]) rmSync(dir, { recursive: true, force: true });
});

/** Every URL a page refers to: href, src, srcset, form actions, and a redirect page's meta refresh. */
function referencesOf(page: BuiltPage): string[] {
  const d = page.document;
  const urls = [
    ...[...d.querySelectorAll('[href]')].map((e) => e.getAttribute('href')!),
    ...[...d.querySelectorAll('[src]')].map((e) => e.getAttribute('src')!),
    ...[...d.querySelectorAll('[action]')].map((e) => e.getAttribute('action')!),
    ...[...d.querySelectorAll('[srcset]')].flatMap((e) =>
      e
        .getAttribute('srcset')!
        .split(',')
        .map((s) => s.trim().split(' ')[0]),
    ),
    ...[...d.querySelectorAll('meta[http-equiv="refresh"]')].map((e) => e.getAttribute('content')!.split('url=')[1]),
    ...[...d.querySelectorAll('meta[property^="og:"][content^="http"], meta[name^="twitter:"][content^="http"]')].map(
      (e) => e.getAttribute('content')!,
    ),
  ];
  return urls.filter((u) => u && !/^(#|mailto:|tel:|sms:|data:|blob:)/.test(u));
}

/** The path of a reference to this site (relative ones resolved against the page), or null for another site. */
function ownPath(ref: string, page: BuiltPage): string | null {
  const url = new URL(ref, `${SITE}${BASE.replace(/\/$/, '')}${page.path}`);
  return url.origin === SITE ? url.pathname : null;
}

const status = (path: string) => fetch(server.url + path, { redirect: 'manual' }).then((r) => r.status);

describe(`the site built with BASE_PATH=${BASE}`, () => {
  it('leaves a draft article out of the production build', () => {
    expect(existsSync(join(dist, 'guide/coming-soon/index.html'))).toBe(false);
    expect(existsSync(join(dist, 'guide/what-is-iop/index.html'))).toBe(true);
  });
  it('links and loads every page, asset and script under the base path only, and each one resolves', async () => {
    const outside: string[] = [];
    const targets = new Set<string>();
    for (const page of pages)
      for (const ref of referencesOf(page)) {
        const path = ownPath(ref, page);
        // A 404 page's own address (its canonical and og:url) is never served: it is sent for unknown paths (the
        // Spanish one for unknown paths under /es/).
        const notFound = /^\/((?:es\/)?)404\.html$/.exec(page.path);
        if (path === null || (notFound && path === `${BASE}${notFound[1]}404/`)) continue;
        if (!path.startsWith(BASE)) outside.push(`${page.path}: ${ref}`);
        else targets.add(path);
      }
    // Built CSS and scripts refer to their own files too (fonts none, but images and chunks).
    for (const f of readdirSync(join(dist, '_astro')).filter((f) => /\.(css|js)$/.test(f))) {
      const text = readFileSync(join(dist, '_astro', f), 'utf8');
      for (const m of text.matchAll(/url\((['"]?)(\/[^)'"]*)\1\)|["'](\/_astro\/[^"']+)["']/g)) {
        const path = m[2] ?? m[3];
        if (!path.startsWith(BASE)) outside.push(`_astro/${f}: ${path}`);
      }
    }
    expect(outside).toEqual([]);
    const broken: string[] = [];
    for (const path of targets) {
      const r = await fetch(server.url + path, { redirect: 'manual' });
      // A moved page or short address is a 301 within the base path (nginx answers it before the redirect page).
      const moved = r.status === 301 && r.headers.get('location')?.startsWith(BASE);
      if (r.status !== 200 && !moved) broken.push(`${path}: ${r.status}`);
    }
    console.log(
      `${pages.length} built pages refer to ${targets.size} distinct paths under ${BASE}; broken: ${broken.length}`,
    );
    expect(broken).toEqual([]);
    expect(targets.size).toBeGreaterThan(100);
    expect(await status('/guide/what-is-iop/'), 'the server serves nothing outside the base path').toBe(404);
  });

  it.each([
    ['home', at.home()],
    ['article', at.article('what-is-iop')],
    ['comparison', at.compare(['iop', 'php'])],
    ['search', at.search('insurance')],
    ['handout', at.handout('iop-vs-php')],
    ['link builder', at.linkBuilder()],
    ['glossary', at.glossary()],
    ['FAQ answer', at.faqAnswer('detox-first')],
  ])('%s: CSS, scripts, favicon and share image load from %s, and nothing fails', async (_name, path) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const failed: string[] = [];
    const loaded: string[] = [];
    page.on('response', (r) => {
      const p = new URL(r.url()).pathname;
      loaded.push(p);
      if (r.status() >= 400 || !p.startsWith(BASE)) failed.push(`${r.status()} ${p}`);
    });
    page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
    page.on('pageerror', (e) => failed.push(`error ${e.message}`));
    const res = await page.goto(server.url + path);
    expect(res?.status()).toBe(200);
    // The site's script ran (its elements exist) and the stylesheet applied (the body has the theme's background).
    await page.evaluate(() => customElements.whenDefined('theme-toggle'));
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(failed).toEqual([]);
    // What the page itself fetched (its resource timings: complete however the browser's events were timed).
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    for (const p of [...loaded, ...fetched]) if (!p.startsWith(BASE)) failed.push(`outside ${BASE}: ${p}`);
    expect(failed).toEqual([]);
    expect(
      fetched.some((p) => /^\/iop\/_astro\/.+\.css$/.test(p)),
      fetched.join(' '),
    ).toBe(true);
    expect(
      fetched.some((p) => /^\/iop\/_astro\/.+\.js$/.test(p)),
      fetched.join(' '),
    ).toBe(true);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
    expect(icon).toBe('/iop/favicon.svg');
    expect(image.origin + image.pathname.slice(0, BASE.length)).toBe(SITE + BASE);
    for (const p of [icon!, image.pathname]) expect(await status(p), p).toBe(200);
    await context.close();
  });

  it('search opens, finds, and its results link under the base path to pages that load', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(server.url + at.article('what-is-iop'));
    await openDialog(page);
    await searchFor(page, 'insurance');
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(2);
    expect(links.filter((l) => !l.href.startsWith(BASE))).toEqual([]);
    const first = links.find((l) => l.top)!;
    await page.locator(`[data-search-dialog] a[href="${first.href}"]`).first().click();
    await page.waitForURL((u) => u.pathname === new URL(first.href, server.url).pathname);
    expect(await page.locator('h1').count()).toBe(1);

    const own = await page.goto(server.url + at.search('php'));
    expect(own?.status()).toBe(200);
    await searchFor(page, 'day program', PAGE_PANEL);
    const onPage = await resultLinks(page, PAGE_PANEL);
    expect(onPage.length).toBeGreaterThan(0);
    expect(onPage.filter((l) => !l.href.startsWith(BASE))).toEqual([]);
    expect(new URL(page.url()).pathname).toBe(at.search());
    await context.close();
  });

  it('a handout prints its short address and a QR code that reads back as the page under the base path', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(server.url + at.handout('iop-vs-php'));
    const decoded = decodePng(await page.locator('.handout-more svg').screenshot());
    expect(decoded).toBe(`${SITE}${at.article('iop-vs-php')}`);
    expect(await page.locator('main').innerText()).toContain('example.org/iop/h/vs/');
    await context.close();
  });

  it('the link builder makes addresses and QR codes under the base path', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(server.url + at.linkBuilder());
    await page.locator('select[name="page"]').selectOption(sitePaths.article('iop-vs-php'));
    expect(await page.locator('[data-out="url"]').innerText()).toBe(`${SITE}${at.article('iop-vs-php')}`);
    expect(await page.locator('[data-out="short"]').innerText()).toBe(`${SITE}${at.shortLink('vs')}`);
    expect(decodePng(await page.locator('[data-qr] svg').screenshot())).toBe(`${SITE}${at.article('iop-vs-php')}`);
    await context.close();
  });

  it('a short address under the base path leads to its page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(server.url + at.shortLink('vs'));
    await page.waitForURL((u) => u.pathname === at.article('iop-vs-php'));
    expect(await page.locator('h1').innerText()).toMatch(/IOP vs PHP/i);
    await context.close();
  });

  it('saves the offline copy for the base path: the worker’s scope is the base, and pages and search work offline', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(server.url + at.home());
    await page.click('iop-offline [data-offline-save]');
    await page.waitForFunction(
      () => ['saved', 'error'].includes(document.querySelector('iop-offline')?.getAttribute('data-state') ?? ''),
      null,
      { timeout: 60_000 },
    );
    expect(await page.getAttribute('iop-offline', 'data-state')).toBe('saved');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope ?? '');
    expect(new URL(scope).pathname).toBe(BASE);
    await context.setOffline(true);
    const article = await page.goto(server.url + at.article('what-is-iop'));
    expect(article?.fromServiceWorker()).toBe(true);
    expect(await page.locator('h1').innerText()).toMatch(/intensive outpatient/i);
    await page.goto(server.url + at.search('insurance'));
    await page.waitForFunction(
      (sel) => ['done', 'error'].includes((document.querySelector(sel) as HTMLElement | null)?.dataset.state ?? ''),
      PAGE_PANEL,
    );
    const results = await resultLinks(page, PAGE_PANEL);
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((l) => !l.href.startsWith(BASE))).toEqual([]);
    await page.goto(server.url + at.linkBuilder());
    expect(await page.locator('h1').innerText()).toBe('You are offline');
    await context.close();
  });

  it('_redirects, the sitemap and robots.txt carry the base path', () => {
    const redirects = readFileSync(join(dist, '_redirects'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(redirects.length).toBeGreaterThan(5);
    expect(redirects.filter((l) => !/^\/iop\/\S+ \/iop\/\S+ (301|404)$/.test(l))).toEqual([]);
    expect(redirects).toContain(`${at.shortLink('vs')} ${at.article('iop-vs-php')} 301`);
    const locs = readdirSync(dist)
      .filter((f) => /^sitemap.*\.xml$/.test(f))
      .flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    expect(locs.length).toBeGreaterThan(50);
    expect(locs.filter((l) => !l.startsWith(`${SITE}${BASE}`))).toEqual([]);
    expect(locs).toContain(`${SITE}${at.article('what-is-iop')}`);
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    const links = JSON.parse(readFileSync(join(dist, 'links.json'), 'utf8')) as { pages: { url: string }[] };
    expect(links.pages.filter((p) => !p.url.startsWith(`${SITE}${BASE}`))).toEqual([]);
  });
});

describe(`nginx with deploy/site.conf written for BASE_PATH=${BASE}`, () => {
  const get = (path: string) => fetch(server.url + path, { redirect: 'manual' });

  it('serves every page under the base path, and nothing outside it', async () => {
    const bad: string[] = [];
    const served = pages.filter((p) => p.path !== '/404.html' && !p.html.includes('http-equiv="refresh"'));
    for (const p of served) {
      const r = await get(under(p.path, BASE));
      if (r.status !== 200) bad.push(`${p.path}: ${r.status}`);
    }
    expect(served.length).toBeGreaterThan(100);
    expect(bad).toEqual([]);
    expect((await get(sitePaths.article('what-is-iop'))).status).toBe(404);
  });

  it('sends the 404 page with 404, caches hashed assets for a year, and redirects within the base path', async () => {
    const missing = await get(`${BASE}no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain(`href="${at.guide()}"`);
    const asset = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'))!;
    const css = await get(`${BASE}_astro/${asset}`);
    expect(css.status).toBe(200);
    expect(css.headers.get('cache-control')).toContain('immutable');
    const redirects = Object.entries(readRedirects());
    expect(redirects.length).toBeGreaterThan(5);
    for (const [from, to] of redirects) {
      const r = await get(under(from, BASE));
      expect([r.status, r.headers.get('location')], from).toEqual([301, under(to, BASE)]);
      expect((await get(under(to, BASE))).status, to).toBe(200);
    }
  });
  it("answers an address too long with the site's own page under the base path, and hides _headers", async () => {
    const long = await get(`${BASE}guide/?q=${'a'.repeat(10_000)}`);
    expect(long.status).toBe(414);
    expect(await long.text()).toContain(`href="${BASE}errors/error.css"`);
    expect((await get(`${BASE}_headers`)).status).toBe(404);
  });
});
