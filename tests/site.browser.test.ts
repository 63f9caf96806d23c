// The site's frame in real Chromium: the skip link and the theme toggle by keyboard, an article without JavaScript,
// and print. Every page's axe, CSP, privacy, overflow and no-JavaScript checks are in tests/helpers/page-pass.ts; the
// other views of each template in tests/helpers/view-pass.ts.
import { describe, expect, it } from 'vitest';
import { newContext } from './helpers/browser';
import { useBuiltSite } from './helpers/site';

const site = useBuiltSite();

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
  it('an article keeps its table of contents and the header its navigation', async () => {
    const context = await newContext(site.browser, { javaScriptEnabled: false, width: 390, height: 844 });
    const page = await context.newPage();
    await page.goto(`${site.url}/guide/what-is-iop/`);
    expect(await page.locator('nav.toc a').count()).toBeGreaterThan(2);
    expect(
      await page.locator('header nav a').evaluateAll((as) => as.every((a) => (a as HTMLElement).offsetParent !== null)),
    ).toBe(true);
    await context.close();
  });
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
