// The server's error pages as a reader meets them, through nginx with deploy/: a link of 10,000 characters gets the
// site's page (status 414) with its stylesheet, and each error page has no axe violation, no sideways scroll at
// 320 px and 44 px crisis actions, in light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext } from '../../../tests/helpers/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { startNginx } from '../../../tests/helpers/nginx';
import { ERROR_STATUSES, errorPagePath } from './error-pages';

let browser: Browser;
let server: { url: string; stop: () => void };
beforeAll(async () => {
  server = await startNginx();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

describe('the error pages', () => {
  it('a link of 10,000 characters gets the 414 page, styled, with the crisis lines', async () => {
    const context = await newContext(browser, { width: 390, height: 844 });
    const page = await context.newPage();
    const response = await page.goto(`${server.url}/guide/what-is-iop/?q=${'a'.repeat(10_000)}`);
    expect(response?.status()).toBe(414);
    expect(await page.locator('h1').textContent()).toBe('That web address is too long');
    // The stylesheet loaded: crisis actions are 44 px boxes.
    expect((await page.locator('footer a.action').first().boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await context.close();
  });
  for (const scheme of ['light', 'dark'] as const)
    it(`each one, ${scheme}, at 320 px: no axe violation, no sideways scroll, 44 px crisis actions`, async () => {
      const context = await newContext(browser, { width: 320, height: 640, scheme });
      const page = await context.newPage();
      const outside: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(server.url)) outside.push(r.url());
      });
      for (const status of ERROR_STATUSES) {
        await page.goto(server.url + errorPagePath(status));
        expect(await axeViolations(page), `${status}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${status}`).toBeLessThanOrEqual(320);
        for (const box of await page
          .locator('footer a.action')
          .evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height)))
          expect(box, `${status}`).toBeGreaterThanOrEqual(44);
      }
      expect(outside).toEqual([]);
      await context.close();
    });
});
