// The link and QR builder in Chromium, by keyboard only: pick a page and a section, copy the address, read the QR code
// back from the screen, save it as SVG and PNG and read those back too; nothing leaves the page; axe in every state;
// and without JavaScript, the full list of addresses with QR codes that read back from the screen.
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { useBuiltSite } from '../../../tests/helpers/site';
import { newContext, SCHEMES, VIEWPORTS } from '../../../tests/helpers/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { decodePng, decodeSvg } from '../../../tests/helpers/qr';
import { readLinkRegistry } from '../../model/link-registry';
import { paths } from '../../lib/urls';
import { builtOrigin } from '../../../tests/helpers/built';

const site = useBuiltSite();
const SITE = builtOrigin();
const registry = readLinkRegistry();

/** Press Tab until the element matching `selector` has focus (keyboard only, as a reader would). */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Press an arrow key on the focused select until its value is `value`. */
async function arrowTo(page: Page, value: string, key: 'ArrowDown' | 'ArrowUp' = 'ArrowDown') {
  for (let i = 0; i < 300; i++) {
    if ((await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)) === value) return;
    await page.keyboard.press(key);
  }
  throw new Error(`no option "${value}"`);
}

/** A download's bytes, streamed from the browser (a connected browser's files are not on this machine's disk). */
async function downloaded(download: Download): Promise<Buffer> {
  return Buffer.concat(await (await download.createReadStream()).toArray());
}

const out = (page: Page, name: string) => page.locator(`[data-out="${name}"]`).innerText();

describe('the link builder, by keyboard', () => {
  it('makes the address, short address, text message and a QR code, and copies and saves them', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.url) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
    });
    await page.goto(site.url + paths.linkBuilder());

    await tabTo(page, 'select[name="page"]');
    await arrowTo(page, paths.article('iop-vs-php'));
    expect(await out(page, 'url')).toBe(`${SITE}/guide/iop-vs-php/`);
    expect(await out(page, 'short')).toBe(`${SITE}/h/vs/`);
    expect(await out(page, 'message')).toMatch(/ https:\/\/[^ ]+\/h\/vs\/$/);

    await page.keyboard.press('Tab');
    await arrowTo(page, 'how-iop-and-php-differ');
    const url = `${SITE}/guide/iop-vs-php/#how-iop-and-php-differ`;
    expect(await out(page, 'url')).toBe(url);
    expect(await page.locator('[data-short-block]').isVisible()).toBe(false);
    const message = await out(page, 'message');
    expect(message.length).toBeLessThanOrEqual(160);
    expect(message.endsWith(url)).toBe(true);
    expect(decodePng(await page.locator('[data-qr] svg').screenshot())).toBe(url);
    expect(await page.locator('[data-qr] svg').getAttribute('aria-label')).toMatch(/^QR code that opens “How IOP/);

    await tabTo(page, 'button[data-copy="url"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('iop-link-builder [role="status"]').innerText()).toBe('Address copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    await tabTo(page, 'button[data-action="copy-png"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('iop-link-builder [role="status"]').innerText()).toBe('QR code image copied.');
    const copied = await page.evaluate(async () => (await navigator.clipboard.read())[0].types);
    expect(copied).toContain('image/png');

    await tabTo(page, 'button[data-action="svg"]');
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const svg = (await downloaded(svgFile)).toString('utf8');
    expect(svgFile.suggestedFilename()).toBe('iop-guide-qr-guide-iop-vs-php-how-iop-and-php-differ.svg');
    expect(decodeSvg(svg)).toBe(url);
    expect(svg).toContain('role="img"');

    await tabTo(page, 'button[data-action="png"]');
    const [pngFile] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(decodePng(await downloaded(pngFile))).toBe(url);
    await expect
      .poll(() => page.locator('iop-link-builder [role="status"]').innerText())
      .toBe('QR code saved as a PNG file.');

    expect(outside).toEqual([]);
    await context.close();
  });

  for (const vp of VIEWPORTS)
    for (const scheme of SCHEMES)
      it(`has no axe violations once a page and section are picked (${vp.width}px, ${scheme})`, async () => {
        const context = await newContext(site.browser, { width: vp.width, height: vp.height, scheme });
        const page = await context.newPage();
        await page.goto(site.url + paths.linkBuilder());
        await page.selectOption('select[name="page"]', paths.article('paying-for-iop'));
        await page.selectOption('select[name="section"]', 'medicare');
        expect(await page.locator('iop-link-builder form').isVisible()).toBe(true);
        expect(await axeViolations(page, 'iop-link-builder')).toEqual([]);
        await context.close();
      });
});

describe('the link builder’s choice', () => {
  it('is kept in its address, so a reload or a shared link opens the same page and part, with a link to open it', async () => {
    const context = await newContext(site.browser, { width: 390, height: 844 });
    const page = await context.newPage();
    await page.goto(site.url + paths.linkBuilder());
    await page.selectOption('select[name="page"]', paths.article('paying-for-iop'));
    await page.selectOption('select[name="section"]', 'medicare');
    const address = new URL(page.url());
    expect([address.searchParams.get('page'), address.searchParams.get('part')]).toEqual([
      paths.article('paying-for-iop'),
      'medicare',
    ]);
    const url = `${SITE}/guide/paying-for-iop/#medicare`;
    expect(await page.locator('[data-open]').getAttribute('href')).toBe(url);
    expect(await page.locator('[data-open]').innerText()).toBe('Open this link');
    await page.reload();
    await page.waitForFunction((u) => document.querySelector('[data-out="url"]')?.textContent === u, url);
    expect(await page.locator('select[name="section"]').inputValue()).toBe('medicare');
    // A link a colleague sent, naming a part that does not exist: the page is chosen, the part falls back to all.
    await page.goto(`${site.url}${paths.linkBuilder()}?page=${encodeURIComponent('/guide/iop-vs-php/')}&part=nope`);
    await page.waitForFunction(() => document.querySelector('[data-out="short"]')?.textContent?.endsWith('/h/vs/'));
    expect(await page.locator('select[name="section"]').inputValue()).toBe('');
    await context.close();
  });

  it('writes a Spanish page’s text message in Spanish, with its accents, and says it takes two text messages', async () => {
    const context = await newContext(site.browser, { width: 1280, height: 900 });
    const page = await context.newPage();
    await page.goto(`${site.url}${paths.linkBuilder()}?page=${encodeURIComponent('/es/guide/what-is-iop/')}`);
    await page.waitForFunction(() =>
      document.querySelector('[data-out="short"]')?.textContent?.endsWith('/es/h/what/'),
    );
    const message = await out(page, 'message');
    expect(message).toBe(
      `La página de la que hablamos, de IOP Guide: "¿Qué es un programa intensivo ambulatorio (IOP)?" ${SITE}/es/h/what/`,
    );
    expect(await page.locator('[data-out="message"]').getAttribute('lang')).toBe('es');
    expect(await out(page, 'count')).toBe(
      `${message.length} characters: 2 text messages. Letters such as “á” are outside the basic text alphabet, so each message holds 70 characters (67 when split).`,
    );
    await page.selectOption('select[name="page"]', paths.article('what-is-iop'));
    expect(await out(page, 'count')).toMatch(
      /^\d+ characters: one text message \(up to 160 characters fit in one\)\.$/,
    );
    expect(await axeViolations(page, 'iop-link-builder')).toEqual([]);
    await context.close();
  });
});

describe('the link builder as it loads', () => {
  it('shows the server-rendered form, which its script takes over without moving anything (no layout shift)', async () => {
    const context = await newContext(site.browser, { width: 390, height: 844 });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number; shiftObserver: PerformanceObserver };
      w.shifts = 0;
      const add = (entries: PerformanceEntryList) => {
        for (const e of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!e.hadRecentInput) w.shifts += e.value;
      };
      w.shiftObserver = new PerformanceObserver((list) => add(list.getEntries()));
      w.shiftObserver.observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(site.url + paths.linkBuilder());
    // The builder has taken over (its element is defined and has drawn its QR code) and two frames have been laid out
    // since; takeRecords() then hands over any shift the observer has not yet reported.
    await page.evaluate(() => customElements.whenDefined('iop-link-builder'));
    await page.locator('[data-qr] svg').waitFor();
    const shifts = await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const w = window as unknown as { shifts: number; shiftObserver: PerformanceObserver };
      for (const e of w.shiftObserver.takeRecords() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!e.hadRecentInput) w.shifts += e.value;
      return w.shifts;
    });
    console.log(`link builder: cumulative layout shift ${shifts.toFixed(4)} while loading`);
    expect(shifts).toBeLessThan(0.01);
    expect(await page.locator('iop-link-builder form').isVisible()).toBe(true);
    const first = await page.locator('select[name="page"]').inputValue();
    expect(await out(page, 'url')).toBe(new URL(first, SITE).href);
    expect(decodePng(await page.locator('[data-qr] svg').screenshot())).toBe(new URL(first, SITE).href);
    await context.close();
  });
});

describe('the link builder without JavaScript', () => {
  it('hides the form and lists every address with a QR code that reads back from the screen', async () => {
    const context = await newContext(site.browser, { javaScriptEnabled: false, width: 1280 });
    const page = await context.newPage();
    await page.goto(site.url + paths.linkBuilder());
    expect(await page.locator('iop-link-builder form').isVisible()).toBe(false);
    const items = page.locator('.address-list li');
    const total = Object.keys(registry.pages).length + registry.presets.length + Object.keys(registry.short).length;
    expect(await items.count()).toBe(total);
    // Read back the first code of each group from the pixels on screen (the built-site test decodes them all).
    for (const group of await page.locator('.address-list').all()) {
      const first = group.locator('li').first();
      const href = await first.locator('a').first().getAttribute('href');
      const decoded = decodePng(await first.locator('svg').screenshot());
      expect(decoded === new URL(href!, SITE).href || decoded?.startsWith(`${SITE}/h/`), `${href}: ${decoded}`).toBe(
        true,
      );
    }
    await context.close();
  });
});
