// Run axe-core in a page and return its violations as short readable lines.
import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

/** WCAG 2.0-2.2 A and AA rules (best-practice rules are reported by axe separately and not enforced here). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Put axe into every document the context loads, once for the context (newContext(browser, { axe: true }) does it).
 * Init scripts come through the DevTools protocol, so the site's CSP (rightly) refusing inline scripts does not stop it.
 */
export async function injectAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axe.source });
}

/** axe violations on the page (or inside `selector`), one line each: rule, impact, first target. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  // A context made without injectAxe gets it now, through the same protocol.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const result = await page.evaluate(
    async ([tags, sel]) =>
      (window as unknown as { axe: typeof axe }).axe.run(sel ? (sel as string) : document, {
        runOnly: { type: 'tag', values: tags as string[] },
        // Only violations are read: axe then keeps one example node of each passing rule rather than all of them.
        resultTypes: ['violations'],
      }),
    [AXE_TAGS, selector] as const,
  );
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1]?.trim() ?? ''}`,
  );
}
