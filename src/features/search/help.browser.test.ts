// Search that helps (issue 12) on the built site in Chromium: the crisis box and the Get help page first for a crisis
// query (dialog, /search/, no results, no JavaScript), the crisis strip inside the dialog on a phone, "near me",
// "Did you mean", a status line that never repeats the query, and axe in each of these states.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, SCHEMES, VIEWPORTS } from '../../../tests/helpers/browser';
import { useBuiltSite } from '../../../tests/helpers/site';
import { axeViolations } from '../../../tests/helpers/axe';
import { DIALOG_PANEL, PAGE_PANEL, openDialog, resultLinks, searchFor } from '../../../tests/helpers/search';

const ARTICLE = '/guide/what-is-iop/';
const site = useBuiltSite();

async function openPage(path: string, opts: Parameters<typeof newContext>[1] = {}) {
  const context = await newContext(site.browser, opts);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url + path);
  return { page, context, requests, errors };
}

const waitDone = (page: Page, panel: string) =>
  page.waitForFunction((sel) => (document.querySelector(sel) as HTMLElement).dataset.state === 'done', panel);
const visible = (page: Page, panel: string, part: string) => page.locator(`${panel} [data-search-${part}]`).isVisible();
const firstResult = async (page: Page, panel = DIALOG_PANEL) =>
  new URL((await resultLinks(page, panel))[0]?.href ?? '/none', 'http://x').pathname +
  new URL((await resultLinks(page, panel))[0]?.href ?? '/none', 'http://x').hash;

describe('crisis queries', () => {
  it('in the dialog: the crisis box above every result, with 988, 911 and Get help; the Get help page first', async () => {
    const { page, context, errors } = await openPage(ARTICLE);
    await openDialog(page);
    await searchFor(page, 'i want to die');
    expect(await visible(page, DIALOG_PANEL, 'crisis')).toBe(true);
    const box = page.locator(`${DIALOG_PANEL} [data-search-crisis]`);
    const hrefs = await box.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining(['tel:988', 'tel:911', '/get-help/']));
    expect(await firstResult(page)).toBe('/get-help/');
    const boxFirst = await page.evaluate((sel) => {
      const box = document.querySelector(`${sel} [data-search-crisis]`)!;
      const list = document.querySelector(`${sel} [data-search-results]`)!;
      return !!(box.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
    }, DIALOG_PANEL);
    expect(boxFirst).toBe(true);
    expect(await page.locator(`${DIALOG_PANEL} [data-search-status]`).textContent()).toMatch(/^Crisis help is shown/);
    // An ordinary query hides it again.
    await searchFor(page, 'insurance');
    expect(await visible(page, DIALOG_PANEL, 'crisis')).toBe(false);
    expect(await firstResult(page)).not.toBe('/get-help/');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with nothing found, and in Spanish, the box and the Get help page still show', async () => {
    const { page, context } = await openPage(ARTICLE);
    await openDialog(page);
    for (const q of ['quiero matarme', 'sewerslide']) {
      await searchFor(page, q);
      expect(await visible(page, DIALOG_PANEL, 'crisis'), q).toBe(true);
      expect(await firstResult(page), q).toBe('/get-help/');
      expect(await visible(page, DIALOG_PANEL, 'empty'), q).toBe(false);
    }
    await context.close();
  });

  it('on /search/ from the address', async () => {
    const { page, context } = await openPage('/search/?q=suicide');
    await waitDone(page, PAGE_PANEL);
    expect(await visible(page, PAGE_PANEL, 'crisis')).toBe(true);
    expect(await firstResult(page, PAGE_PANEL)).toBe('/get-help/');
    await context.close();
  });

  it('without JavaScript, /search/ starts with where to get help; with JavaScript that box waits for a crisis query', async () => {
    const noJs = await openPage('/search/?q=suicide', { javaScriptEnabled: false });
    const help = noJs.page.locator('main section[aria-label="Help now"]').first();
    expect(await help.isVisible()).toBe(true);
    expect(await help.locator('a[href="tel:988"]').count()).toBeGreaterThan(0);
    const helpAboveNote = await noJs.page.evaluate(() => {
      const box = document.querySelector('main section[aria-label="Help now"]')!;
      const note = [...document.querySelectorAll('main p')].find((p) => /needs JavaScript/.test(p.textContent!))!;
      return box.getBoundingClientRect().top < note.getBoundingClientRect().top;
    });
    expect(helpAboveNote).toBe(true);
    await noJs.context.close();
    const js = await openPage('/search/');
    await js.page.waitForFunction(() => document.documentElement.classList.contains('js'));
    const shown = await js.page.locator('main section[aria-label="Help now"]:visible').count();
    expect(shown).toBe(0);
    await js.context.close();
  });
});

describe('the dialog on a phone', () => {
  it('keeps the crisis strip in view, 44 px tall, while results scroll', async () => {
    const { page, context } = await openPage(ARTICLE, { width: 390, height: 844 });
    await openDialog(page);
    const strip = page.locator('[data-search-dialog] [data-search-crisis-strip]');
    const link = strip.locator('a[href^="tel:"]').first();
    expect(await link.isVisible()).toBe(true);
    expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await searchFor(page, 'program');
    await page.evaluate(() => document.querySelector('[data-search-dialog]')!.scrollTo(0, 5000));
    const box = (await strip.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(10);
    await context.close();
  });
});

describe('how people ask', () => {
  it('"near me" says the site lists no programs and leads to how to find one', async () => {
    const { page, context } = await openPage(ARTICLE);
    await openDialog(page);
    await searchFor(page, 'iop near me');
    expect(await visible(page, DIALOG_PANEL, 'near')).toBe(true);
    const near = page.locator(`${DIALOG_PANEL} [data-search-near]`);
    expect(await near.textContent()).toMatch(/does not list programs/);
    expect(await near.locator('a[href="https://findtreatment.gov/"]').count()).toBe(1);
    const links = await resultLinks(page);
    expect(links.slice(0, 2).map((l) => l.href)).toEqual(['/faq/find-a-program/', '/guide/choosing-a-program/']);
    await searchFor(page, 'what is iop');
    expect(await visible(page, DIALOG_PANEL, 'near')).toBe(false);
    await context.close();
  });

  it('"Did you mean" offers a known word for a misspelled one, shows its results and searches it on a click', async () => {
    const { page, context, requests } = await openPage(ARTICLE);
    await openDialog(page);
    await searchFor(page, 'insurance');
    expect(requests.filter((r) => r.endsWith('vocabulary.json'))).toEqual([]);
    await searchFor(page, 'theraphy');
    const line = page.locator(`${DIALOG_PANEL} [data-search-didyoumean]`);
    expect(await line.isVisible()).toBe(true);
    expect(await line.textContent()).toMatch(/^Did you mean therapy\?/);
    expect(await firstResult(page)).toMatch(/^\/guide\/therapies-and-services\//);
    await line.locator('a').click();
    await waitDone(page, DIALOG_PANEL);
    expect(await page.locator(`${DIALOG_PANEL} [data-search-input]`).inputValue()).toBe('therapy');
    expect(await line.isVisible()).toBe(false);
    await context.close();
  });

  it('filler and one-letter words neither match nor light up', async () => {
    const { page, context } = await openPage(ARTICLE);
    await openDialog(page);
    await searchFor(page, 'i');
    expect(await resultLinks(page)).toEqual([]);
    expect(await page.locator(`${DIALOG_PANEL} [data-search-status]`).textContent()).toBe('Type a word to search.');
    await searchFor(page, 'can i keep my job');
    const marks = await page.locator(`${DIALOG_PANEL} [data-search-results] mark`).allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((m) => !/^(keep|job)/i.test(m))).toEqual([]);
    expect((await resultLinks(page)).some((l) => /\/faq\/keep-working\/|#keep-working/.test(l.href))).toBe(true);
    await context.close();
  });

  it('the status line never repeats what was typed in the address', async () => {
    const q = 'Site closed. For help call 1-900-555-0100';
    const { page, context } = await openPage(`/search/?q=${encodeURIComponent(q)}`);
    await waitDone(page, PAGE_PANEL);
    const status = (await page.locator(`${PAGE_PANEL} [data-search-status]`).textContent()) ?? '';
    expect(status).toMatch(/^(No results\.|\d+ results?\.( Showing the best \d+\.)?)$/);
    expect(await page.locator('main').innerText()).not.toContain('1-900');
    expect(await page.locator(`${PAGE_PANEL} [data-search-input]`).inputValue()).toBe(q);
    await context.close();
  });

  it('every page loads only the small search element until search is opened', async () => {
    // goto waited for the load event, by which the page's module scripts (the search loader among them) have run.
    const { page, context, requests } = await openPage(ARTICLE);
    const chunk = (r: string) => /\/_astro\/controller[.-][\w-]+\.js$/.test(r);
    expect(requests.filter(chunk)).toEqual([]);
    await openDialog(page);
    await searchFor(page, 'teen');
    expect(requests.filter(chunk)).toHaveLength(1);
    expect(requests.filter((r) => r.endsWith('pagefind-worker.js'))).toEqual([]);
    await context.close();
  });
});

// Checked where the states are: the dialog, and /search/'s main content (the rest of each page is checked on every page
// by tests/helpers/page-pass.ts and in every view by tests/helpers/view-pass.ts).
describe('axe: 0 violations with the crisis box, "near me" and "Did you mean" shown', () => {
  for (const vp of VIEWPORTS) {
    for (const scheme of SCHEMES) {
      it(`${vp.name} ${vp.width}px, ${scheme}`, async () => {
        const opts = { width: vp.width, height: vp.height, scheme, axe: true };
        const { page, context } = await openPage(ARTICLE, opts);
        await openDialog(page);
        const problems: string[] = [];
        for (const [q, part] of [
          ['kill myself', 'crisis'],
          ['programs near me', 'near'],
          ['theraphy', 'didyoumean'],
        ]) {
          await searchFor(page, q);
          expect(await visible(page, DIALOG_PANEL, part), q).toBe(true);
          problems.push(...(await axeViolations(page, '[data-search-dialog]')).map((v) => `dialog, ${part}: ${v}`));
        }
        await page.goto(`${site.url}/search/?q=overdose`);
        await waitDone(page, PAGE_PANEL);
        problems.push(...(await axeViolations(page, 'main')).map((v) => `/search/ with the crisis box: ${v}`));
        // axe needs JavaScript, so the no-JavaScript layout is shown by taking away the flag the page script sets.
        await page.goto(`${site.url}/search/`);
        await page.evaluate(() => document.documentElement.classList.remove('js'));
        expect(await page.locator('main section[aria-label="Help now"]').first().isVisible()).toBe(true);
        problems.push(...(await axeViolations(page, 'main')).map((v) => `/search/ as without JavaScript: ${v}`));
        await context.close();
        expect(problems).toEqual([]);
      });
    }
  }
});
