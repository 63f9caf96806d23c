// The shipped Content-Security-Policy in a real browser while the site is used the way readers use it: dist/ served by
// nginx with deploy/ (the headers a host sends, plus each page's <meta> fallback); search opened and queried (dialog
// and /search/), the comparison's choices changed, the link builder used (a page, a section, copy, QR code saved as SVG
// and PNG), "Copy link", the theme toggled. Every `securitypolicyviolation` event and every CSP console error is
// recorded: there must be none. A control proves the listener does hear a violation. Every page's own load is checked
// once, with the same listener, by the whole-site pass (tests/helpers/page-pass.ts).
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newContext } from './helpers/browser';
import { useBuiltSite } from './helpers/site';
import { openDialog, PAGE_PANEL, resultLinks, searchFor } from './helpers/search';
import { cspViolations, listenForCsp } from './helpers/page-pass';
import { paths } from '../src/lib/urls';

const server = useBuiltSite();

/** A page whose CSP violations (events and console errors) and policy-less documents are collected in `found`. */
async function watched(context: BrowserContext, found: string[]): Promise<Page> {
  const page = await context.newPage();
  const where = () => new URL(page.url()).pathname;
  await page.exposeBinding('__cspViolation', (_source, text: string) => found.push(`${where()}: ${text}`));
  // Runs before any of the page's own scripts, in every document the page loads; not subject to the page's CSP.
  await page.addInitScript(() => {
    const report = (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation;
    const listen = (e: SecurityPolicyViolationEvent) =>
      report(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      );
    document.addEventListener('securitypolicyviolation', listen, true);
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) found.push(`${where()}: console: ${m.text()}`);
  });
  page.on('pageerror', (e) => found.push(`${where()}: script error: ${e.message}`));
  page.on('response', async (r) => {
    if (r.request().resourceType() !== 'document') return;
    const csp = (await r.allHeaders())['content-security-policy'] ?? '';
    if (!/script-src 'self' 'sha256-/.test(csp) || /unsafe-inline/.test(csp))
      found.push(`${new URL(r.url()).pathname}: served with the policy "${csp}"`);
  });
  return page;
}

/**
 * Let violation reports already queued in the page reach the test before it looks: a violation's event is a task the
 * page queues when it blocks something, so one more task in the page runs after it, and the reply to this evaluate
 * comes after the binding calls the events made.
 */
const settle = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve)));

describe('the shipped CSP in Chromium, behind nginx', () => {
  it('the listeners hear a violation (control): an injected inline script is blocked and reported', async () => {
    const context = await newContext(server.browser);
    await listenForCsp(context);
    const found: string[] = [];
    const page = await watched(context, found);
    await page.goto(server.url + paths.home());
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.head.append(s);
      const el = document.createElement('div');
      el.setAttribute('style', 'color: red');
      document.body.append(el);
    });
    await settle(page);
    expect(await page.evaluate(() => 'ran' in window || '__ran' in window)).toBe(false);
    expect(found.some((f) => f.includes('script-src-elem blocked inline'))).toBe(true);
    expect(found.some((f) => f.includes('style-src-attr blocked inline'))).toBe(true);
    // The whole-site pass's listener (tests/helpers/page-pass.ts) hears the same.
    const heard = await cspViolations(page);
    expect(heard.some((f) => f.includes('script-src-elem blocked inline'))).toBe(true);
    expect(heard.some((f) => f.includes('style-src-attr blocked inline'))).toBe(true);
    await context.close();
  });

  it('search in the dialog and on /search/, with a crisis query: 0 violations', async () => {
    const context = await newContext(server.browser, { width: 390, height: 844 });
    const found: string[] = [];
    const page = await watched(context, found);
    await page.goto(server.url + paths.article('what-is-iop'));
    await openDialog(page);
    for (const q of ['insurance', 'php vs iop', 'insurence', 'I want to die']) await searchFor(page, q);
    await searchFor(page, 'teen');
    const first = (await resultLinks(page)).find((l) => l.top)!;
    await page.locator(`[data-search-dialog] a[href="${first.href}"]`).first().click();
    // The result opens with ?highlight=, which loads Pagefind's highlighter on the article.
    await page.waitForURL((u) => u.pathname === new URL(first.href, server.url).pathname);
    // The highlighter has run when the searched words are marked.
    await page.waitForSelector('[data-pagefind-body] mark');
    await page.goto(server.url + paths.search('day program'));
    await searchFor(page, 'medicare', PAGE_PANEL);
    expect((await resultLinks(page, PAGE_PANEL)).length).toBeGreaterThan(0);
    await settle(page);
    await context.close();
    expect(found).toEqual([]);
  });

  it('the comparison with its choices changed and an example week opened: 0 violations', async () => {
    for (const width of [390, 1280]) {
      const context = await newContext(server.browser, { width, height: 900 });
      const found: string[] = [];
      const page = await watched(context, found);
      await page.goto(server.url + paths.compare());
      await page.evaluate(() => customElements.whenDefined('iop-compare'));
      const box = (id: string) => page.locator(`iop-compare input[name="level"][value="${id}"]`);
      await box('residential').check();
      await box('inpatient').click(); // a fourth level is refused, with a message
      await box('iop').uncheck();
      await box('outpatient').check();
      await page.locator('iop-compare figure[data-level] summary').first().click();
      await page.goBack();
      await settle(page);
      await context.close();
      expect(found, `${width} px`).toEqual([]);
    }
  });

  it('the link builder: a page, a section, copy, QR code saved as SVG and PNG: 0 violations', async () => {
    const context = await server.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const found: string[] = [];
    const page = await watched(context, found);
    await page.goto(server.url + paths.linkBuilder());
    await page.evaluate(() => customElements.whenDefined('iop-link-builder'));
    await page.locator('select[name="page"]').selectOption(paths.article('iop-vs-php'));
    await page.locator('select[name="section"]').selectOption({ index: 1 });
    await page.locator('[data-qr] svg').waitFor();
    await page.locator('button[data-copy="url"]').click();
    await page.locator('button[data-action="copy-png"]').click();
    await expect.poll(() => page.locator('iop-link-builder [role="status"]').innerText()).toBe('QR code image copied.');
    for (const action of ['svg', 'png']) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`button[data-action="${action}"]`).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${action}$`));
    }
    await settle(page);
    await context.close();
    expect(found).toEqual([]);
  });

  it('the theme toggled both ways and "Copy link" used: 0 violations', async () => {
    const context = await newContext(server.browser, { scheme: 'light' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const found: string[] = [];
    const page = await watched(context, found);
    await page.goto(server.url + paths.article('what-is-iop'));
    const toggle = page.locator('theme-toggle button');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.goto(server.url + paths.glossary());
    expect(await page.evaluate(() => document.documentElement.dataset.theme), 'the choice is kept').toBe('dark');
    await page.locator('button[data-copy]:visible').first().click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/glossary\/#/);
    await page.locator('theme-toggle button').click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await settle(page);
    await context.close();
    expect(found).toEqual([]);
  });
});
