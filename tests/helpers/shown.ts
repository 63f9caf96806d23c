// Which of several elements show, read in one round trip: "shown" as Playwright's isVisible() means it (the first
// match has a box with an area and is not visibility: hidden), for passes that check many pages.
import type { Page } from 'playwright-core';

/** For each selector, whether its first match shows on the page as it is now laid out. */
export function shownOnPage(page: Page, selectors: readonly string[]): Promise<Record<string, boolean>> {
  return page.evaluate(
    (sels) =>
      Object.fromEntries(
        sels.map((sel) => {
          const el = document.querySelector<HTMLElement>(sel);
          const box = el?.getBoundingClientRect();
          return [sel, !!box && box.width > 0 && box.height > 0 && getComputedStyle(el!).visibility !== 'hidden'];
        }),
      ),
    selectors,
  );
}
