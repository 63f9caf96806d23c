// The offline copy in Chromium, served like any static host serves dist/ (localhost counts as a secure context, so
// service workers run). Before saving: no service worker, no extra request. Saved: with the context offline, pages of
// every kind, Spanish pages and search work, and an unsaved page shows the offline page. Remove leaves nothing. After
// a rebuild with changed content, the next visit with a signal replaces the copy as a whole. Every wait is on the
// page's own signals (the control's data-state and data-version, the search panel's data-state).
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { newContext } from '../../../tests/helpers/browser';
import { useBuiltSite } from '../../../tests/helpers/site';
import { startNginx } from '../../../tests/helpers/nginx';
import { axeViolations } from '../../../tests/helpers/axe';
import { PAGE_PANEL, resultLinks } from '../../../tests/helpers/search';
import { writeManifests } from './build/manifest-build';
import type { OfflineManifest } from './manifest';
import { SW_FILE, manifestFile } from './names';
import { formatIsoDay } from './words';

const site = useBuiltSite();
const CONTROL = 'iop-offline';
const manifest = (dist: string, lang: 'en' | 'es') =>
  JSON.parse(readFileSync(join(dist, manifestFile(lang)), 'utf8')) as OfflineManifest;

/** What Cache Storage and service workers hold for the page's origin. */
const stored = (page: Page) =>
  page.evaluate(async () => ({
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));

/** Press the control's Save (by keyboard) on `path` and wait until it says the copy is saved. */
async function save(page: Page, base: string, path: string): Promise<void> {
  await page.goto(base + path);
  await page.waitForSelector(`${CONTROL}[data-ready]`, { state: 'attached' });
  await page.focus(`${CONTROL} [data-offline-save]`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (sel) => ['saved', 'error'].includes(document.querySelector(sel)?.getAttribute('data-state') ?? ''),
    CONTROL,
    { timeout: 60_000 },
  );
  expect(await page.locator(`${CONTROL} [data-offline-status]`).textContent()).not.toMatch(
    /did not|stopped|not enough/i,
  );
  expect(await page.getAttribute(CONTROL, 'data-state')).toBe('saved');
  // The Save button that had keyboard focus is gone; focus stays in the control, on its status line.
  expect(await page.evaluate((sel) => document.querySelector(sel)!.contains(document.activeElement), CONTROL)).toBe(
    true,
  );
}

/** Open `path` and return whether it loaded from the service worker, with its h1. */
async function open(page: Page, url: string) {
  const res = await page.goto(url);
  return {
    ok: res?.ok(),
    fromSw: res?.fromServiceWorker(),
    h1: (await page.locator('h1').first().textContent())?.trim(),
  };
}

/** Search on the /search/ page (reached with ?q=) and wait for its results. */
async function search(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(
    (sel) => ['done', 'error'].includes((document.querySelector(sel) as HTMLElement | null)?.dataset.state ?? ''),
    PAGE_PANEL,
    { timeout: 20_000 },
  );
  return (await resultLinks(page, PAGE_PANEL)).length;
}

describe('before saving', () => {
  it('registers no service worker and fetches nothing the page without the control would not', async () => {
    const requestsOf = async (strip: boolean) => {
      const context = await newContext(site.browser);
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      if (strip)
        await page.route(`${site.url}/`, async (route) => {
          const res = await route.fetch();
          const html = (await res.text()).replace(/<section[^>]*aria-labelledby="save-offline"[\s\S]*?<\/section>/, '');
          expect(html).not.toContain('<iop-offline');
          await route.fulfill({ response: res, body: html });
        });
      await page.goto(`${site.url}/`);
      if (!strip) await page.waitForSelector(`${CONTROL}[data-ready]`, { state: 'attached' });
      const state = await stored(page);
      await context.close();
      return { requests: requests.sort(), state };
    };
    const withControl = await requestsOf(false);
    const without = await requestsOf(true);
    expect(withControl.requests).toEqual(without.requests);
    expect(withControl.requests.filter((r) => /offline|\/sw\.js$/.test(r))).toEqual([]);
    expect(withControl.state).toEqual({ caches: [], workers: 0 });
  });

  it('without JavaScript, says what saving needs and links the handouts, with no button', async () => {
    const context = await newContext(site.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, handouts] of [
      ['/get-help/', '/handouts/'],
      ['/es/', '/es/handouts/'],
    ]) {
      await page.goto(site.url + path);
      const control = page.locator(CONTROL);
      expect(await control.locator('p').first().isVisible()).toBe(true);
      expect(await control.locator(`a[href="${handouts}"]`).isVisible()).toBe(true);
      expect(await control.locator('button:visible').count()).toBe(0);
    }
    await context.close();
  });
});

describe('a saved copy, offline', () => {
  it('opens pages of every kind in both languages, searches, and shows the offline page for the rest', async () => {
    const context: BrowserContext = await newContext(site.browser, { width: 390, height: 844 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The site's policy (sent by the test server from dist/_headers) must allow everything saving and reading need.
    page.on(
      'console',
      (m) => m.type() === 'error' && /Content.Security.Policy/i.test(m.text()) && errors.push(m.text()),
    );
    await save(page, site.url, '/');
    const en = manifest('dist', 'en');
    expect(await page.getAttribute(CONTROL, 'data-version')).toBe(en.version);
    expect(await page.locator(`${CONTROL} [data-offline-state]`).textContent()).toMatch(
      new RegExp(`^Saved on \\w+ \\d+, \\d{4}; content reviewed ${formatIsoDay(en.reviewed, 'en')}\\.$`),
    );
    expect(await axeViolations(page, CONTROL)).toEqual([]);
    await save(page, site.url, '/es/get-help/');
    expect(await page.locator(`${CONTROL} [data-offline-state]`).textContent()).toMatch(
      /^Guardada el \d+ de \p{L}+ de \d{4}; contenido revisado el/u,
    );
    expect((await stored(page)).caches).toHaveLength(2);

    await context.setOffline(true);
    for (const path of [
      '/',
      '/guide/what-is-iop/',
      '/faq/detox-first/',
      '/handouts/iop-vs-php/',
      '/get-help/',
      '/es/',
      '/es/guide/what-is-iop/',
      '/guide/what-is-iop', // typed without its slash
      '/h/vs/', // a short address printed on a handout
    ]) {
      const r = await open(page, site.url + path);
      expect(r, path).toMatchObject({ ok: true, fromSw: true });
      expect(r.h1, path).not.toMatch(/offline|sin conexión/i);
    }
    expect(new URL(page.url()).pathname).toBe('/guide/iop-vs-php/');
    // Saved pages show the copy's state (the control's code comes from the copy too).
    await page.goto(`${site.url}/get-help/`);
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'saved', CONTROL);

    expect(await search(page, `${site.url}/search/?q=insurance`)).toBeGreaterThan(0);
    expect(await search(page, `${site.url}/es/search/?q=seguro`)).toBeGreaterThan(0);

    // A page that is not saved: the offline page of the reader's language, with the crisis lines and what is saved.
    const missing = await open(page, `${site.url}/clinics/links/`);
    expect(missing.h1).toBe('You are offline');
    expect(await page.locator('main a[href^="tel:988"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/guide/what-is-iop/"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Remove', () => {
  it('leaves nothing cached and no service worker', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await save(page, site.url, '/es/');
    expect((await stored(page)).workers).toBe(1);
    await page.click(`${CONTROL} [data-offline-remove]`);
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'idle', CONTROL);
    expect(await stored(page)).toEqual({ caches: [], workers: 0 });
    expect(await page.locator(`${CONTROL} [data-offline-save]`).isVisible()).toBe(true);
    await context.close();
  });
});

describe('updates', () => {
  it('replaces the copy as a whole on the next visit after the site changed, then works offline', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'iop-offline-update-'));
    cpSync('dist', dist, { recursive: true });
    const server = await startNginx(dist);
    const context = await newContext(site.browser);
    try {
      const page = await context.newPage();
      await save(page, server.url, '/');
      const v1 = manifest(dist, 'en');
      expect(await page.getAttribute(CONTROL, 'data-version')).toBe(v1.version);

      // A rebuild in which one article changed: a new page and a new manifest.
      const article = join(dist, 'guide/what-is-iop/index.html');
      writeFileSync(article, readFileSync(article, 'utf8').replace('</h1>', ' (changed)</h1>'));
      rmSync(`${article}.gz`);
      const v2 = writeManifests(dist).find((m) => m.lang === 'en')!;
      expect(v2.version).not.toBe(v1.version);

      // The next visit is answered from the old copy, whole, while the new one is saved beside it; then it switches.
      const during = await open(page, `${server.url}/guide/what-is-iop/`);
      expect(during.fromSw).toBe(true);
      expect(during.h1).not.toMatch(/\(changed\)$/);
      await page.goto(`${server.url}/`);
      await page.waitForFunction(
        ([sel, version]) => document.querySelector(sel)?.getAttribute('data-version') === version,
        [CONTROL, v2.version] as const,
        { timeout: 60_000 },
      );
      const cached = await page.evaluate(async () => {
        const names = await caches.keys();
        return { names, entries: names.length === 1 ? (await (await caches.open(names[0])).keys()).length : 0 };
      });
      expect(cached.names).toHaveLength(1);
      expect(cached.names[0]).toContain(v2.version);
      expect(cached.entries).toBe(v2.files.length + 1); // every file, and the saved record

      // Update, pressed now, finds nothing newer.
      await page.click(`${CONTROL} [data-offline-update]`);
      await page.waitForFunction(
        (sel) => document.querySelector(`${sel} [data-offline-status]`)?.textContent === 'Your copy is up to date.',
        CONTROL,
      );

      await context.setOffline(true);
      expect((await open(page, `${server.url}/guide/what-is-iop/`)).h1).toMatch(/\(changed\)$/);
      // Really offline: a file outside the copy (the service worker's own script) does not load.
      expect(await page.evaluate(async (sw) => (await fetch(sw).catch(() => null))?.ok ?? false, `/${SW_FILE}`)).toBe(
        false,
      );
    } finally {
      await context.close();
      server.stop();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
