// One visit per built page, shared by two test files so both workers take half the site each
// (tests/pages-1.browser.test.ts, tests/pages-2.browser.test.ts).
//
// With JavaScript, at 320 px in light (the narrowest phone; the other views run on one page per template in
// tests/helpers/view-pass.ts), each page is loaded once through nginx with deploy/'s headers and checked for:
// axe (WCAG 2.2 A and AA), Content-Security-Policy violations, script errors, requests that leave the site's origin,
// the policy its document was served with, and sideways scrolling. Without JavaScript, each page is loaded once more
// and must be complete: its content shown, the search link a working link, no control that needs a script. That visit,
// at 390 x 844, also holds the first-screen rule: an article's or handout's main message box is wholly on screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newContext } from './browser.ts';
import { useBuiltSite } from './site.ts';
import { builtPaths } from './built.ts';
import { axeViolations } from './axe.ts';
import { FIRST_SCREEN, expectedPlace, mainMessagePlace } from './first-screen.ts';
import { shownOnPage } from './shown.ts';

/** The pages of shard `shard` (0-based) of `shards`: every `shards`-th path, so each shard mixes kinds and languages. */
export function shardOf<T>(list: readonly T[], shard: number, shards: number): T[] {
  return list.filter((_, i) => i % shards === shard);
}

/** Listen for CSP violations in every document, before the page's own scripts run; read back with cspViolations(). */
export async function listenForCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = found;
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        found.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
        ),
      true,
    );
  });
}

/** The CSP violations the current document has reported so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? ['the CSP listener did not run']);
}

/** Register the whole-site tests for one shard of the built pages. */
export function pagePass(shard: number, shards: number): void {
  const paths = shardOf(builtPaths(), shard, shards);
  const site = useBuiltSite();

  describe(`every page, shard ${shard + 1} of ${shards}: 320 px, light, with JavaScript`, () => {
    let context: BrowserContext;
    let page: Page;
    // What the page's listeners heard during the current test's visit.
    const heard = { errors: [] as string[], outside: [] as string[], console: [] as string[] };
    beforeAll(async () => {
      context = await newContext(site.browser, { width: 320, height: 700, axe: true });
      await listenForCsp(context);
      page = await context.newPage();
      page.on('pageerror', (e) => heard.errors.push(e.message));
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(`${site.url}/`) && !/^(data|blob):/.test(url)) heard.outside.push(url);
      });
      page.on('console', (m) => {
        if (/Content.Security.Policy/i.test(m.text())) heard.console.push(m.text());
      });
    });
    afterAll(() => context?.close());

    it.each(paths)('%s', async (path) => {
      for (const list of Object.values(heard)) list.length = 0;
      const response = await page.goto(site.url + path);
      expect(response?.status(), 'status').toBe(200);
      // The page has loaded: its module scripts have run (they run before the load event that goto waits for).
      const policy = (await response!.allHeaders())['content-security-policy'] ?? '';
      // What the page did on its own is read before axe runs in it.
      const csp = await cspViolations(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      const axe = await axeViolations(page);
      expect({
        axe,
        csp: [...csp, ...heard.console],
        scriptErrors: heard.errors,
        requestsLeavingTheSite: heard.outside,
        policy: /script-src 'self' 'sha256-/.test(policy) && !/unsafe-inline/.test(policy) ? 'strict' : policy,
        sidewaysScroll: width > 320 ? `${width}px wide` : 'none',
      }).toEqual({
        axe: [],
        csp: [],
        scriptErrors: [],
        requestsLeavingTheSite: [],
        policy: 'strict',
        sidewaysScroll: 'none',
      });
    });

    it('set no cookie on any of these pages', async () => {
      expect(await context.cookies()).toEqual([]);
    });
  });

  describe(`every page, shard ${shard + 1} of ${shards}: without JavaScript`, () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await newContext(site.browser, { javaScriptEnabled: false, ...FIRST_SCREEN });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    // The same visit holds the first-screen rule (./first-screen.ts): an article's or handout's main message is wholly
    // on a 390 x 844 screen, below the crisis strip and header.
    it.each(paths)('%s is complete: content, crisis lines, a working search link, no dead controls', async (path) => {
      await page.goto(site.url + path);
      const search = path.startsWith('/es/') ? '/es/search/' : '/search/';
      const link = `header a[href="${search}"]`;
      const shown = await shownOnPage(page, [link, 'a[href="tel:988"]', 'theme-toggle button']);
      const seen = {
        searchLink: shown[link],
        crisisLine: shown['a[href="tel:988"]'],
        themeToggle: shown['theme-toggle button'],
        mainText: (await page.locator('main').innerText()).length > 150,
      };
      expect({ ...seen, mainMessage: await mainMessagePlace(page, path) }).toEqual({
        searchLink: true,
        crisisLine: true,
        themeToggle: false,
        mainText: true,
        mainMessage: expectedPlace(path),
      });
    });
  });
}
