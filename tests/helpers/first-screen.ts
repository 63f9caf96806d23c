// The first-screen rule (issue 23, CDC Clear Communication Index items 2 and 3): on every article and handout, in
// both languages, the page's main message box sits wholly on a 390 x 844 phone screen, below the crisis strip and the
// site header, with nothing scrolled.
import type { Page } from 'playwright-core';

/** The phone screen the rule is measured on (the one the health-literacy raters used). */
export const FIRST_SCREEN = { width: 390, height: 844 } as const;

/** Article and handout pages, English and Spanish: /guide/<slug>/, /handouts/<topic>/ and their /es/ twins. */
export const MAIN_MESSAGE_PAGE = /^(?:\/es)?\/(?:guide|handouts)\/[a-z0-9-]+\/$/;

/** What the rule expects of a page at `path`: "on the first screen" for articles and handouts, else "not asked". */
export function expectedPlace(path: string): string {
  return MAIN_MESSAGE_PAGE.test(path) ? 'on the first screen' : 'not asked';
}

/**
 * Where the main message box of the loaded page sits (the page must be at the top, in a 390 x 844 viewport):
 * "on the first screen", or what is wrong, with the numbers. Pages outside MAIN_MESSAGE_PAGE give "not asked".
 */
export async function mainMessagePlace(page: Page, path: string): Promise<string> {
  if (!MAIN_MESSAGE_PAGE.test(path)) return 'not asked';
  return page.evaluate(() => {
    const boxes = document.querySelectorAll('[data-main-message]');
    if (boxes.length !== 1) return `${boxes.length} main message boxes (one expected)`;
    const box = boxes[0].getBoundingClientRect();
    const above = [document.querySelector('.crisis-strip'), document.querySelector('body header')]
      .filter((e): e is Element => e !== null)
      .map((e) => e.getBoundingClientRect().bottom);
    const floor = Math.max(0, ...above);
    const { innerWidth, innerHeight, scrollY } = window;
    if (scrollY !== 0) return `the page was scrolled to ${scrollY}px`;
    if (box.height === 0) return 'the main message box is empty or hidden';
    if (box.top < floor) return `starts at ${Math.round(box.top)}px, under the crisis strip and header (${floor}px)`;
    if (box.bottom > innerHeight) return `ends at ${Math.round(box.bottom)}px, below the ${innerHeight}px screen`;
    if (box.left < 0 || box.right > innerWidth) return `runs sideways off the screen (${box.left}..${box.right}px)`;
    return 'on the first screen';
  });
}
