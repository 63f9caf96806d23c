// Search on the built site in Chromium: lazy loading, the dialog by keyboard, hostile input, the /search/ page with
// and without JavaScript, the topic and audience filters in English and Spanish, highlight on arrival, and axe with
// results shown (phone and desktop, light and dark).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { newContext, SCHEMES, VIEWPORTS } from '../../../tests/helpers/browser';
import { useBuiltSite } from '../../../tests/helpers/site';
import { builtPages } from '../../../tests/helpers/dist';
import { readKind, readSpanishKind } from '../../model/read';
import { audienceLabel, topicInfo } from '../../lib/topics';
import { searchWords } from './words';
import { axeViolations } from '../../../tests/helpers/axe';
import { DIALOG_PANEL, PAGE_PANEL, openDialog, resultLinks, searchFor } from '../../../tests/helpers/search';

const pages = builtPages();
const ARTICLE = pages.map((p) => p.path).find((p) => /^\/guide\/[a-z0-9-]+\/$/.test(p))!;
const site = useBuiltSite();

/** A fresh page that records requests, script errors and any alert() a hostile query might trigger. */
async function openPage(path: string, opts: Parameters<typeof newContext>[1] = {}) {
  const context = await newContext(site.browser, opts);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`alert: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(site.url + path);
  return { page, context, requests, errors };
}

const path = (href: string) => new URL(href, 'http://x').pathname;
/** The header's search dialog. */
const DIALOG = '[data-search-dialog]';
const focused = (page: Page) =>
  page.evaluate(() => ({
    tag: document.activeElement?.tagName,
    text: document.activeElement?.textContent?.trim(),
    href: document.activeElement?.getAttribute('href'),
  }));

describe('loading', () => {
  it('fetches nothing from Pagefind until search is opened, then searches', async () => {
    const { page, context, requests, errors } = await openPage(ARTICLE);
    // goto waited for the load event, by which the page's module scripts (the search loader among them) have run.
    expect(requests.filter((r) => r.startsWith('/pagefind/'))).toEqual([]);
    await openDialog(page);
    await searchFor(page, 'program');
    expect(requests.some((r) => r === '/pagefind/pagefind.js')).toBe(true);
    expect(requests.some((r) => r.includes('pagefind-highlight'))).toBe(false);
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('dialog by keyboard', () => {
  it('opens from the header link, moves through results with arrows, closes with Escape and returns focus', async () => {
    const { page, context, errors } = await openPage(ARTICLE);
    const link = page.locator('header a[data-search-open]');
    expect(await link.getAttribute('href')).toBe('/search/');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('[data-search-dialog]') as HTMLDialogElement).open);
    const input = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return { id: el.id, label: document.querySelector(`label[for="${el.id}"]`)?.textContent?.trim() };
    });
    expect(input).toEqual({ id: 'dialog-search-q', label: 'Search the guide' });
    await searchFor(page, 'teen');
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).href).toBe(links[0].href);
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).href).toBe(links[1].href);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).tag).toBe('INPUT');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (document.querySelector('[data-search-dialog]') as HTMLDialogElement).open)).toBe(
      false,
    );
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Ctrl+K opens it, a single key does not, and Enter on a result goes there with the words highlighted', async () => {
    const { page, context, requests } = await openPage(ARTICLE);
    await page.locator('main').focus();
    for (const key of ['k', '/', 's']) await page.keyboard.press(key);
    expect(await page.evaluate(() => (document.querySelector('[data-search-dialog]') as HTMLDialogElement).open)).toBe(
      false,
    );
    await openDialog(page);
    await searchFor(page, 'teen');
    const first = (await resultLinks(page))[0];
    expect(first.href).toContain('highlight=teen');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL((u) => u.pathname === path(first.href)), page.keyboard.press('Enter')]);
    await page.waitForSelector('[data-pagefind-body] mark');
    expect(requests).toContain('/pagefind/pagefind-highlight.js');
    await context.close();
  });

  it('announces the number of results politely and links sections by #id', async () => {
    const { page, context } = await openPage(ARTICLE);
    await openDialog(page);
    await searchFor(page, 'program');
    const status = page.locator(`${DIALOG_PANEL} [data-search-status]`);
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toMatch(/^\d+ results?\./);
    const links = await resultLinks(page);
    expect(links.some((l) => !l.top && l.href.includes('#'))).toBe(true);
    expect(await page.locator(`${DIALOG_PANEL} [data-search-results] mark`).count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('odd and hostile input', () => {
  // One page for every input, one test per input: each search gets the whole test timeout, and a failure names it.
  let open: Awaited<ReturnType<typeof openPage>>;
  beforeAll(async () => {
    open = await openPage(ARTICLE);
    await openDialog(open.page);
  });
  afterAll(() => open?.context.close());
  it.each([
    '',
    'a',
    'x'.repeat(500),
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    '😀💊🙂',
    'علاج الإدمان',
    '\u202Eevil',
    '   ',
    '&lt;b&gt;',
    '*',
    'iop'.repeat(60),
  ])('gives no error and injects nothing: %j', async (q) => {
    const { page, errors } = open;
    await searchFor(page, q);
    expect(await page.evaluate((sel) => (document.querySelector(sel) as HTMLElement).dataset.state, DIALOG_PANEL)).toBe(
      'done',
    );
    expect(await page.locator(`${DIALOG_PANEL} img, ${DIALOG_PANEL} script, ${DIALOG_PANEL} [onerror]`).count()).toBe(
      0,
    );
    // The status never repeats the query (help.browser.test.ts); the words stay in the field.
    expect(await page.locator(`${DIALOG_PANEL} [data-search-status]`).textContent()).not.toContain('img');
    expect(errors).toEqual([]);
  });

  it('says so kindly when nothing is found, with other words, the FAQ, the topics and the crisis lines', async () => {
    const { page, context } = await openPage(ARTICLE);
    await openDialog(page);
    await searchFor(page, 'qqqqxxxx');
    const empty = page.locator(`${DIALOG_PANEL} [data-search-empty]`);
    expect(await empty.isVisible()).toBe(true);
    const text = (await empty.textContent()) ?? '';
    expect(text).toMatch(/try fewer words/i);
    for (const line of ['988', '911', '1-800-662-4357']) expect(text).toContain(line);
    const hrefs = await empty.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/faq/');
    expect(hrefs).toContain('/guide/');
    await empty.locator('a[data-search-suggest]').first().click();
    await page.waitForFunction(
      (sel) => (document.querySelector(sel) as HTMLElement).dataset.state === 'done',
      DIALOG_PANEL,
    );
    expect(await empty.isVisible()).toBe(false);
    await context.close();
  });
});

describe('aliases', () => {
  it('an alias-only word (in no page text) finds its page', async () => {
    const aliases = parse(readFileSync('content/search/aliases.yaml', 'utf8')) as {
      groups: { words: string[]; to: { article?: string }[] }[];
    };
    const text = pages.map((p) => p.document.querySelector('main')?.textContent?.toLowerCase() ?? '').join(' ');
    const candidates = aliases.groups
      .flatMap((g) =>
        g.words
          .filter((w) => /^[a-z]{6,}$/.test(w) && !text.includes(w))
          .map((w) => ({ w, article: g.to.find((t) => t.article)?.article })),
      )
      .filter((c) => c.article);
    expect(candidates.length, 'no alias-only word left to test with').toBeGreaterThan(0);
    const { page, context } = await openPage(ARTICLE);
    await openDialog(page);
    const misses: string[] = [];
    for (const c of candidates.slice(0, 5)) {
      await searchFor(page, c.w);
      const top3 = (await resultLinks(page))
        .filter((l) => l.top)
        .slice(0, 3)
        .map((l) => path(l.href));
      if (!top3.includes(`/guide/${c.article}/`)) misses.push(`${c.w} -> ${c.article}: got ${top3.join(', ')}`);
    }
    expect(misses).toEqual([]);
    await context.close();
  });
});

describe('ranking', () => {
  it('an exact article title or FAQ question ranks first (an FAQ answer is its own page)', async () => {
    const questions = pages
      .filter((p) => /^\/faq\/[a-z0-9-]+\/$/.test(p.path))
      .slice(0, 4)
      .map((p) => ({ q: p.document.querySelector('h1')!.textContent!.trim(), want: p.path }));
    const titles = pages
      .filter((p) => /^\/guide\/[a-z0-9-]+\/$/.test(p.path))
      .slice(0, 4)
      .map((p) => ({ q: p.document.querySelector('h1')!.textContent!.trim(), want: p.path }));
    expect(questions.length, 'no FAQ questions in the build').toBeGreaterThan(0);
    const { page, context } = await openPage(ARTICLE);
    await openDialog(page);
    const wrong: string[] = [];
    for (const { q, want } of [...questions, ...titles]) {
      await searchFor(page, q);
      const links = await resultLinks(page);
      const first = want.includes('#') ? links.find((l) => !l.top) : links[0];
      const got = first ? new URL(first.href, 'http://x') : null;
      if (!got || `${got.pathname}${got.hash}` !== want)
        wrong.push(`${q}: got ${got ? got.pathname + got.hash : 'nothing'}`);
    }
    expect(wrong).toEqual([]);
    await context.close();
  });
});

describe('/search/ page', () => {
  it('reads ?q=, shows results and keeps the address in step', async () => {
    const { page, context, errors } = await openPage('/search/?q=teen');
    await page.waitForFunction(
      (sel) => (document.querySelector(sel) as HTMLElement).dataset.state === 'done',
      PAGE_PANEL,
    );
    expect(await page.locator(`${PAGE_PANEL} [data-search-input]`).inputValue()).toBe('teen');
    expect((await resultLinks(page, PAGE_PANEL)).length).toBeGreaterThan(0);
    await searchFor(page, 'paying for care', PAGE_PANEL);
    expect(new URL(page.url()).search).toBe('?q=paying%20for%20care');
    // Ctrl+K on this page focuses its own field rather than opening the dialog.
    await page.locator('main').focus();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-search-q');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript explains why and lists every page, FAQ question and glossary term A to Z', async () => {
    const { page, context } = await openPage('/search/', { javaScriptEnabled: false });
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true);
    expect(await page.locator(PAGE_PANEL).isVisible()).toBe(false);
    const hrefs = new Set(await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    const articles = pages.filter((p) => /^\/guide\/[a-z0-9-]+\/$/.test(p.path)).map((p) => p.path);
    const questions = pages.filter((p) => /^\/faq\/[a-z0-9-]+\/$/.test(p.path)).map((p) => p.path);
    expect(questions.length).toBeGreaterThan(40);
    const terms = [...pages.find((p) => p.path === '/glossary/')!.document.querySelectorAll('dt[id]')].map(
      (d) => `/glossary/#${d.id}`,
    );
    for (const href of [...articles, ...questions, ...terms, '/faq/', '/glossary/', '/get-help/'])
      expect(hrefs.has(href), href).toBe(true);
    const labels = await page.locator('#all-pages ~ ul a, section:has(> #all-pages) li a').allTextContents();
    expect(labels).toEqual(
      [...labels].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
    );
    // The header link is still a plain link to /search/.
    expect(await page.locator('header a[data-search-open]').getAttribute('href')).toBe('/search/');
    await context.close();
  });
});

describe('filters', () => {
  const filed = {
    en: readKind('articles').map((a) => ({ path: `/guide/${a.id}/`, ...a.data })),
    es: readSpanishKind('articles').map((a) => ({ path: `/es/guide/${a.id}/`, ...a.data })),
  };
  /** The number of results the status line gives. */
  const total = async (page: Page) =>
    Number(/^(\d+) result/.exec((await page.locator(`${PAGE_PANEL} [data-search-status]`).textContent()) ?? '')?.[1]);
  /** The shown results' page paths. */
  const shown = async (page: Page) =>
    (await resultLinks(page, PAGE_PANEL)).filter((l) => l.top).map((l) => path(l.href));
  /** Pick a menu's entry the way a reader does: by the words it shows. */
  const choose = (page: Page, filter: 'topic' | 'audience', label: string) =>
    page.locator(`${PAGE_PANEL} select[data-search-filter="${filter}"]`).selectOption({ label });
  /** Each menu's entries as [value, shown words]. */
  const options = (page: Page, filter: 'topic' | 'audience') =>
    page
      .locator(`${PAGE_PANEL} select[data-search-filter="${filter}"] option`)
      .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent!.trim()]));

  it.each([
    ['en', '/search/', 'program'],
    ['es', '/es/search/', 'programa'],
  ] as const)('%s: the topic and audience menus keep only the pages filed under that choice', async (lang, at, q) => {
    const { page, context, errors } = await openPage(at);
    const articles = filed[lang];
    await searchFor(page, q, PAGE_PANEL);
    const everything = await total(page);

    await choose(page, 'topic', topicInfo(lang).families.label);
    await searchFor(page, q, PAGE_PANEL);
    const families = await shown(page);
    expect(families.length, 'results in the topic').toBeGreaterThan(0);
    expect(await total(page)).toBeLessThan(everything);
    const inTopic = articles.filter((a) => a.topic === 'families').map((a) => a.path);
    expect(families.filter((p) => !inTopic.includes(p))).toEqual([]);

    await choose(page, 'topic', searchWords(lang).anyTopic);
    await choose(page, 'audience', audienceLabel(lang).professional);
    await searchFor(page, q, PAGE_PANEL);
    const professional = await shown(page);
    // Articles only where they are for professionals; FAQ answers, the glossary and Get help are for everyone.
    const forThem = articles.filter((a) => a.audience.includes('professional')).map((a) => a.path);
    const notForThem = articles.filter((a) => !a.audience.includes('professional')).map((a) => a.path);
    expect(professional.filter((p) => forThem.includes(p)).length, 'articles for professionals').toBeGreaterThan(0);
    expect(professional.filter((p) => notForThem.includes(p))).toEqual([]);
    expect(await total(page)).toBeLessThan(everything);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['en', '/search/'],
    ['es', '/es/search/'],
  ] as const)("%s: the menus show the page's own words and choose by id", async (lang, at) => {
    const { page, context } = await openPage(at);
    expect(await options(page, 'audience')).toEqual([
      ['', searchWords(lang).anyone],
      ...Object.entries(audienceLabel(lang)),
    ]);
    expect(await options(page, 'topic')).toEqual([
      ['', searchWords(lang).anyTopic],
      ...Object.entries(topicInfo(lang)).map(([id, t]) => [id, t.label]),
    ]);
    await context.close();
  });
});

// Checked where the states are: the dialog, and /search/'s main content. The rest of each page is the same in every
// state and is checked on every page by tests/helpers/page-pass.ts and in every view by tests/helpers/view-pass.ts.
describe('axe: 0 violations with search open and results shown', () => {
  for (const vp of VIEWPORTS) {
    for (const scheme of SCHEMES) {
      it(`${vp.name} ${vp.width}px, ${scheme}`, async () => {
        const { page, context } = await openPage(ARTICLE, { width: vp.width, height: vp.height, scheme, axe: true });
        await openDialog(page);
        await searchFor(page, 'program');
        expect((await resultLinks(page)).length).toBeGreaterThan(0);
        const problems = (await axeViolations(page, DIALOG)).map((v) => `dialog with results: ${v}`);
        await searchFor(page, 'qqqqxxxx');
        problems.push(...(await axeViolations(page, DIALOG)).map((v) => `dialog, no results: ${v}`));
        await page.goto(`${site.url}/search/?q=program`);
        await page.waitForFunction(
          (sel) => (document.querySelector(sel) as HTMLElement).dataset.state === 'done',
          PAGE_PANEL,
        );
        problems.push(...(await axeViolations(page, 'main')).map((v) => `/search/ with results: ${v}`));
        await context.close();
        expect(problems).toEqual([]);
      });
    }
  }
});
