// Every template in the other views: desktop light, desktop dark and a phone in dark, on one page per template in each
// language (tests/helpers/templates.ts; tests/view-sample.dist.test.ts proves the sample covers every route file, MDX
// component and widget). Every page was checked at 320 px in light by the whole-site pass (tests/helpers/page-pass.ts).
// One file per view (tests/views-*.browser.test.ts), so the two workers share them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newContext } from './browser.ts';
import { useBuiltSite } from './site.ts';
import { axeViolations } from './axe.ts';
import { OTHER_VIEWS, VIEW_SAMPLE } from './templates.ts';

/** Register axe over the sample in one of OTHER_VIEWS, by name. */
export function viewPass(name: (typeof OTHER_VIEWS)[number]['name']): void {
  const site = useBuiltSite();
  const { width, height, scheme } = OTHER_VIEWS.find((v) => v.name === name)!;
  describe(`axe: 0 violations, ${name} (${width} px)`, () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await newContext(site.browser, { width, height, scheme, axe: true });
      page = await context.newPage();
    });
    afterAll(() => context?.close());
    it.each(VIEW_SAMPLE)('$name: $path', async ({ path }) => {
      await page.goto(site.url + path);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
