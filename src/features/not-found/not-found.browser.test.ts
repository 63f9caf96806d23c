// The 404 pages in Chromium, behind nginx with deploy/ (which serves the Spanish one for addresses under /es/): a
// mistyped address gets the nearest page offered, in the reader's language; without JavaScript the page still offers
// search, every topic and crisis help; the list of short addresses at /h/; axe on all of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext } from '../../../tests/helpers/browser';
import { startNginx } from '../../../tests/helpers/nginx';
import { axeViolations } from '../../../tests/helpers/axe';

let browser: Browser;
let server: { url: string; stop: () => void };
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startNginx();
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

async function open(path: string, javaScriptEnabled = true) {
  const context = await newContext(browser, { width: 390, height: 844, javaScriptEnabled });
  const page = await context.newPage();
  const response = await page.goto(server.url + path);
  return { page, context, status: response?.status() };
}

describe('the 404 page', () => {
  it.each([
    ['/guide/whatis-iop', '/guide/what-is-iop/', 'What is an intensive outpatient program (IOP)?'],
    ['/Guide/What-Is-IOP/', '/guide/what-is-iop/', 'What is an intensive outpatient program (IOP)?'],
    ['/faq/keep-workin/', '/faq/keep-working/', 'Can I keep working during IOP?'],
    ['/h/wat/', '/guide/what-is-iop/', 'What is an intensive outpatient program (IOP)?'],
  ])('offers the nearest page for %s', async (typed, href, title) => {
    const { page, context, status } = await open(typed);
    expect(status).toBe(404);
    const offer = page.locator('[data-suggestion]');
    await offer.waitFor({ state: 'visible' });
    const link = offer.locator('a');
    expect([await link.getAttribute('href'), await link.innerText()]).toEqual([href, title]);
    expect(await page.locator('h1').innerText()).toBe('We can’t find that page');
    if (typed === '/guide/whatis-iop') expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('answers an address under /es/ in Spanish, offering the Spanish page, with Spanish search and crisis help', async () => {
    for (const [typed, href] of [
      ['/es/guide/whatis-iop', '/es/guide/what-is-iop/'],
      ['/es/h/wat/', '/es/guide/what-is-iop/'],
    ]) {
      const { page, context, status } = await open(typed);
      expect(status).toBe(404);
      expect(await page.getAttribute('html', 'lang')).toBe('es-US');
      expect(await page.locator('h1').innerText()).toBe('No encontramos esa página');
      const link = page.locator('[data-suggestion] a');
      await link.waitFor({ state: 'visible' });
      expect(await link.getAttribute('href')).toBe(href);
      expect(await page.locator('main form[role="search"]').getAttribute('action')).toBe('/es/search/');
      const help = page.locator('main a[href="/es/get-help/"]');
      expect(await help.innerText()).toBe('Ayuda ahora');
      expect(await page.locator('main').innerText()).toContain('¿En crisis?');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('offers nothing for an address near no page', async () => {
    const { page, context } = await open('/completely/unrelated/address/');
    await page.waitForFunction(() => customElements.get('iop-not-found') !== undefined);
    expect(await page.locator('[data-suggestion]').isVisible()).toBe(false);
    await context.close();
  });

  it('without JavaScript still offers search, the guide’s topics, the short addresses and crisis help', async () => {
    const { page, context } = await open('/guide/whatis-iop', false);
    expect(await page.locator('[data-suggestion]').isVisible()).toBe(false);
    expect(await page.locator('main form[role="search"] input[name="q"]').isVisible()).toBe(true);
    expect(await page.locator('main a[href="/guide/"]').count()).toBe(1);
    expect(await page.locator('main a[href^="/guide/#"]').count()).toBeGreaterThan(5);
    expect(await page.locator('main a[href="/h/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/get-help/"]').innerText()).toBe('Get help now');
    expect(await page.locator('main a[href="/es/get-help/"]').count()).toBe(1);
    await context.close();
  });
});

describe('the list of short addresses', () => {
  it('answers /h/ and /es/h/ with every short address and what it opens, and passes axe', async () => {
    for (const [path, expected] of [
      ['/h/', ['iopguide.org/h/vs/', 'iopguide.org/p/vs/']],
      ['/es/h/', ['iopguide.org/es/h/vs/', 'iopguide.org/es/p/vs/']],
    ] as const) {
      const { page, context, status } = await open(path);
      expect(status).toBe(200);
      const text = await page.locator('main').innerText();
      for (const e of expected) expect(text, path).toContain(e);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});
