// The infobutton page in Chromium: a Spanish request for F43.10 lands on the Spanish PTSD page; an unknown code, a
// malformed one and a request with no code get the page's own words (never the request's), with search and the
// crisis lines, in the language asked for; without JavaScript the list of codes and pages is there to follow.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../../../tests/helpers/site';
import { newContext } from '../../../tests/helpers/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { localePaths } from '../../i18n/lang';
import { CONNECT_WORDS } from './words';

const site = useBuiltSite();
const en = localePaths('en');
const es = localePaths('es');

/** Open a request and wait for the page to settle: a page opened elsewhere, or the problem block shown. */
async function request(page: Page, path: string) {
  await page.goto(site.url + path);
  await page.waitForFunction(
    () => !location.pathname.endsWith('/connect/') || !document.querySelector('[data-problem]')?.hasAttribute('hidden'),
  );
}

describe('the infobutton page', () => {
  it('opens the Spanish PTSD page for F43.10 asked in Spanish, and the English one by default', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await request(page, `${en.connect()}?mainSearchCriteria.v.c=F43.10&informationRecipient.languageCode.c=es`);
    expect(new URL(page.url()).pathname).toBe(es.article('trauma-and-ptsd'));
    expect(await page.locator('html').getAttribute('lang')).toBe('es-US');
    expect(await page.locator('h1').innerText()).toMatch(/TEPT/);
    // location.replace: the page opened took the infobutton page's place, so Back leaves for where the request came
    // from (here the blank page the browser started on), not the infobutton page.
    expect(await page.evaluate(() => history.length)).toBe(2);

    await request(
      page,
      `${en.connect()}?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=f4310&mainSearchCriteria.v.dn=PTSD`,
    );
    expect(new URL(page.url()).pathname).toBe(en.article('trauma-and-ptsd'));
    await context.close();
  });

  it('says plainly there is no page for an unknown code, offers search and the crisis lines, and passes axe', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await request(page, `${en.connect()}?mainSearchCriteria.v.c=J45.909`);
    expect(new URL(page.url()).pathname).toBe(en.connect());
    const block = page.locator('[data-problem]');
    expect(await block.isVisible()).toBe(true);
    expect(await block.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await block.innerText()).toContain(CONNECT_WORDS.en.problems.unknown);
    expect(await block.locator(`a[href="${en.search()}"]`).isVisible()).toBe(true);
    expect(await block.locator('.crisis-box a[href^="tel:988"]').first().isVisible()).toBe(true);
    for (const other of ['missing', 'malformed', 'system'] as const)
      expect(await block.innerText()).not.toContain(CONNECT_WORDS.en.problems[other]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('never writes a malformed code into the page, and answers a Spanish request on the Spanish page', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const probe = '<img src=x onerror=alert(1)>CALL-555-0100';
    await request(page, `${en.connect()}?mainSearchCriteria.v.c=${encodeURIComponent(probe)}`);
    expect(await page.locator('[data-problem]').innerText()).toContain(CONNECT_WORDS.en.problems.malformed);
    expect(await page.content()).not.toContain('CALL-555-0100');
    expect(dialogs).toEqual([]);

    await request(
      page,
      `${en.connect()}?mainSearchCriteria.v.c=${encodeURIComponent(probe)}&informationRecipient.languageCode.c=es`,
    );
    expect(new URL(page.url()).pathname).toBe(es.connect());
    expect(await page.locator('[data-problem]').innerText()).toContain(CONNECT_WORDS.es.problems.malformed);
    expect(await page.locator('html').getAttribute('lang')).toBe('es-US');
    expect(await page.content()).not.toContain('CALL-555-0100');

    await request(page, `${es.connect()}?informationRecipient.languageCode.c=es`);
    expect(await page.locator('[data-problem]').innerText()).toContain(CONNECT_WORDS.es.problems.missing);
    await context.close();
  });

  it('leaves the page as it is when it is simply being read, fits a phone, and passes axe', async () => {
    for (const path of [en.connect(), es.connect()]) {
      const context = await newContext(site.browser, { width: 320, height: 640 });
      const page = await context.newPage();
      await page.goto(site.url + path);
      await page.waitForFunction(() => customElements.get('iop-connect') !== undefined);
      expect(await page.locator('[data-problem]').isHidden()).toBe(true);
      expect(new URL(page.url()).pathname).toBe(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
      expect(await axeViolations(page), path).toEqual([]);
      await context.close();
    }
  });

  it('without JavaScript, shows every code with a link to its page, and the request changes nothing', async () => {
    const context = await newContext(site.browser, { javaScriptEnabled: false, width: 390, height: 844 });
    const page = await context.newPage();
    await page.goto(`${site.url}${es.connect()}?mainSearchCriteria.v.c=F43.10&informationRecipient.languageCode.c=es`);
    expect(new URL(page.url()).pathname).toBe(es.connect());
    expect(await page.locator('[data-problem]').isHidden()).toBe(true);
    await page.locator('.connect-table tr:has(th:text-is("F43.1")) a').click();
    expect(new URL(page.url()).pathname).toBe(es.article('trauma-and-ptsd'));
    await context.close();
  });
});
