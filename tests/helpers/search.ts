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
  // No time limit of its own: a search on a busy machine takes as long as it takes, within the test's timeout.
  await page.waitForFunction(
    (sel) => ['done', 'error'].includes((document.querySelector(sel) as HTMLElement).dataset.state ?? ''),
    panel,
    { timeout: 0 },
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

/** Does a shown result (page link or section link) satisfy an expected target? */
export function matches(shown: string, expected: string): boolean {
  const u = new URL(shown, 'http://x');
  // "/faq/#id" names an FAQ answer, which now has its own page: /faq/id/ (the same under /es/).
  const e = new URL(expected.replace(/^(\/es)?\/faq\/#([a-z0-9-]+)$/, '$1/faq/$2/'), 'http://x');
  return u.pathname === e.pathname && (!e.hash || u.hash === e.hash);
}

/** Search the /search/ page's panel for `q`: each shown result's links in order, and whether the crisis box shows. */
export async function pageResults(page: Page, q: string): Promise<{ results: string[][]; crisisBox: boolean }> {
  await searchFor(page, q, PAGE_PANEL);
  return page.evaluate(
    (sel) => ({
      results: [...document.querySelectorAll(`${sel} [data-search-results] > li`)].map((li) =>
        [...li.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      ),
      crisisBox: !(document.querySelector(`${sel} [data-search-crisis]`) as HTMLElement).hidden,
    }),
    PAGE_PANEL,
  );
}

/** What one query left in a panel: the help box (shown, its kind and language), the results and their excerpts. */
export interface SearchSnapshot {
  q: string;
  crisis: { shown: boolean; kind?: string; lang?: string };
  /** Each shown result's links in order (its page link, then its section links). */
  results: string[][];
  excerpts: string[];
}

/**
 * Run each query in a panel in turn, inside the page (hundreds of queries without a round trip each), waiting on the
 * page's own signal (data-state "done" or "error") after each, and read what it shows. The query goes into the field
 * and the panel's filter announces a change, which searches at once (as choosing a filter does) rather than after the
 * pause that typing waits for; the typing path itself is tested in search.browser.test.ts. A panel without filters
 * (the header dialog) gets an input event and its pause.
 */
export function searchEach(page: Page, queries: readonly string[], panel = PAGE_PANEL): Promise<SearchSnapshot[]> {
  return page.evaluate(
    async ([sel, qs]) => {
      const root = document.querySelector<HTMLElement>(sel as string)!;
      const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
      const filter = root.querySelector<HTMLSelectElement>('[data-search-filter]');
      const box = root.querySelector<HTMLElement>('[data-search-crisis]')!;
      const out: SearchSnapshot[] = [];
      for (const q of qs as string[]) {
        const finished = new Promise<void>((resolve) => {
          const watch = new MutationObserver(() => {
            if (root.dataset.state === 'done' || root.dataset.state === 'error') {
              watch.disconnect();
              resolve();
            }
          });
          watch.observe(root, { attributes: true, attributeFilter: ['data-state'] });
        });
        root.dataset.state = '';
        input.value = q;
        if (filter) filter.dispatchEvent(new Event('change', { bubbles: true }));
        else input.dispatchEvent(new Event('input', { bubbles: true }));
        await finished;
        out.push({
          q,
          crisis: { shown: !box.hidden, kind: box.hidden ? undefined : box.dataset.kind, lang: box.dataset.lang },
          results: [...root.querySelectorAll('[data-search-results] > li')].map((li) =>
            [...li.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
          ),
          excerpts: [...root.querySelectorAll('[data-search-results] p')].map((p) => p.textContent ?? ''),
        });
      }
      return out;
    },
    [panel, queries] as const,
  );
}
