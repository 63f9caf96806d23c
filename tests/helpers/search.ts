// Drive the search UI in a page: type a query into a panel and wait until its results are rendered.
import type { Page } from 'playwright-core';

/** Selector of the header dialog's panel and of the /search/ page's panel. */
export const DIALOG_PANEL = '[data-search-dialog] [data-search-panel]';
export const PAGE_PANEL = '[data-search-page] [data-search-panel]';

/** Fill the panel's field with `q` (one input event) and wait for that search to finish. */
export async function searchFor(page: Page, q: string, panel = DIALOG_PANEL): Promise<void> {
  await page.evaluate((sel) => {
    (document.querySelector(sel) as HTMLElement).dataset.state = '';
  }, panel);
  const input = page.locator(`${panel} [data-search-input]`);
  await input.fill(q);
  // fill() sends no input event when the value is unchanged (e.g. '' twice); send one so a search always runs.
  await input.dispatchEvent('input');
  await page.waitForFunction(
    (sel) => ['done', 'error'].includes((document.querySelector(sel) as HTMLElement).dataset.state ?? ''),
    panel,
    { timeout: 10_000 },
  );
}

/** The result links in order: each page's title link followed by its section links. */
export function resultLinks(page: Page, panel = DIALOG_PANEL): Promise<{ href: string; text: string; top: boolean }[]> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll(`${sel} [data-search-results] a`)].map((a) => ({
        href: (a as HTMLAnchorElement).getAttribute('href') ?? '',
        text: a.textContent ?? '',
        top: a.parentElement?.classList.contains('search-hit') ?? false,
      })),
    panel,
  );
}

/** Open the header dialog with the keyboard shortcut. */
export async function openDialog(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.waitForFunction(() => (document.querySelector('[data-search-dialog]') as HTMLDialogElement).open);
}
