// Shared by the comparison's browser tests: open a page with the widget, and read what is on screen.
import type { Page } from 'playwright-core';
import { newContext } from '../../../tests/helpers/browser';
import type { BuiltSite } from '../../../tests/helpers/site';

/** A page that records its script errors. */
export type WidgetPage = Page & { errors: string[] };
/** Options for newContext (viewport, colour scheme, JavaScript). */
export type OpenOptions = Parameters<typeof newContext>[1];

/** Open a page with the widget and, with JavaScript, wait until <iop-compare> has upgraded it. */
export async function openWidget(site: BuiltSite, path: string, opts: OpenOptions = {}): Promise<WidgetPage> {
  const context = await newContext(site.browser, opts);
  const page = (await context.newPage()) as WidgetPage;
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(site.url + path);
  if (opts.javaScriptEnabled !== false) await page.evaluate(() => customElements.whenDefined('iop-compare'));
  return page;
}

/** Level ids of the elements matching `selector` inside the widget that are rendered (not display:none). */
export const shownLevels = (page: Page, selector: string) =>
  page
    .locator(`iop-compare ${selector}`)
    .evaluateAll((els) =>
      els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.getAttribute('data-level')),
    );
/** The table's shown columns. */
export const visibleColumns = (page: Page) => shownLevels(page, 'thead th[data-level]');
/** The shown example weeks. */
export const visibleWeeks = (page: Page) => shownLevels(page, 'figure[data-level]');
/** The levels shown inside one phone card. */
export const cardLevels = (page: Page, row: string) => shownLevels(page, `li[data-row="${row}"] [data-level]`);
/** location.search, not page.url(): Playwright learns of pushState changes a moment later. */
export const query = (page: Page) => page.evaluate(() => location.search);
/** The status line under the checkboxes. */
export const status = (page: Page) => page.locator('iop-compare [data-status]');
/** A level's checkbox. */
export const box = (page: Page, id: string) => page.locator(`iop-compare input[name="level"][value="${id}"]`);
/** Close the page's browser context. */
export const close = (page: Page) => page.context().close();
/** How far the page scrolls sideways (0 when it fits the window). */
export const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
