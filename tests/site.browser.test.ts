// The built site in real Chromium: axe on every page (phone and desktop, light and dark), keyboard use,
// JavaScript off, print, and no request leaving the site's origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newContext, SCHEMES, VIEWPORTS } from './helpers/browser';
import { useBuiltSite } from './helpers/site';
import { builtPages } from './helpers/dist';
import { axeViolations } from './helpers/axe';

const paths = builtPages().map((p) => p.path);
const site = useBuiltSite();

// One test per page and view, so a failure names the page and no single test runs for minutes.
describe.each(VIEWPORTS.flatMap((vp) => SCHEMES.map((scheme) => ({ ...vp, scheme }))))(
  'axe: 0 violations, $name $width px, $scheme',
  ({ width, height, scheme }) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await newContext(site.browser, { width, height, scheme });
      page = await context.newPage();
    });
    afterAll(() => context?.close());
    it.each(paths)('%s', async (path) => {
      await page.goto(site.url + path);
      expect(await axeViolations(page)).toEqual([]);
    });
  },
);

describe('small screens', () => {
  it(
    'no page scrolls sideways at 320 px',
    async () => {
      const context = await newContext(site.browser, { width: 320, height: 700 });
      const page = await context.newPage();
      const wide: string[] = [];
      for (const path of paths) {
        await page.goto(site.url + path);
        const w = await page.evaluate(() => document.documentElement.scrollWidth);
        if (w > 320) wide.push(`${path}: ${w}px wide`);
      }
      await context.close();
      expect(wide).toEqual([]);
    },
    paths.length * 2000,
  );
});

describe('keyboard', () => {
  it('the first Tab reaches a visible skip link that moves focus to the main content', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.url}/guide/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(focused).toEqual({ text: 'Skip to main content', href: '#main' });
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.width > 20 && box.height > 10).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('the theme toggle works by keyboard and the choice survives a reload', async () => {
    const context = await newContext(site.browser, { scheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const toggle = page.locator('theme-toggle button');
    await toggle.focus();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(17, 24, 31)');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.keyboard.press('Tab'); // skip link
    await page.locator('theme-toggle button').press(' ');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await context.close();
  });
});

describe('without JavaScript', () => {
  it(
    'every page is complete: heading, content, crisis lines, working search link; no dead controls',
    async () => {
      const context = await newContext(site.browser, { javaScriptEnabled: false, width: 390, height: 844 });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(site.url + path);
        expect(await page.locator('h1').count(), path).toBe(1);
        expect(await page.locator('footer').innerText(), path).toContain('1-800-662-4357');
        expect(
          await page.locator(`header a[href="${path.startsWith('/es/') ? '/es/search/' : '/search/'}"]`).isVisible(),
          path,
        ).toBe(true);
        expect(await page.locator('theme-toggle button').isVisible(), path).toBe(false);
        const mainText = await page.locator('main').innerText();
        expect(mainText.length, path).toBeGreaterThan(150);
      }
      await page.goto(`${site.url}/guide/what-is-iop/`);
      expect(await page.locator('nav.toc a').count()).toBeGreaterThan(2);
      expect(
        await page
          .locator('header nav a')
          .evaluateAll((as) => as.every((a) => (a as HTMLElement).offsetParent !== null)),
      ).toBe(true);
      await context.close();
    },
    paths.length * 3000,
  );
});

describe('privacy', () => {
  it(
    'no request leaves the site origin, and no cookie is set',
    async () => {
      const context = await newContext(site.browser);
      const page = await context.newPage();
      const outside: string[] = [];
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(site.url) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
      });
      const blocked: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
      });
      for (const path of paths) await page.goto(site.url + path, { waitUntil: 'networkidle' });
      expect(outside).toEqual([]);
      expect(blocked, 'the CSP in public/_headers blocked something').toEqual([]);
      expect(await context.cookies()).toEqual([]);
      await context.close();
    },
    paths.length * 3000,
  );
});

describe('print', () => {
  it('prints the page address, review date and crisis numbers, without navigation, TOC or search', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.url}/guide/what-is-iop/`);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['header nav', '.toc', '.search-link', '.skip-link']) {
      expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
    }
    const text = await page.locator('body').innerText();
    expect(text).toContain('/guide/what-is-iop/');
    expect(text).toMatch(/Page last reviewed: \w+ \d+, \d{4}/);
    for (const n of ['988', '911', '1-800-662-4357']) expect(text).toContain(n);
    await context.close();
  });
});
