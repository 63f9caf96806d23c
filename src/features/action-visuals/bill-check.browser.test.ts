// The bill checker on the paying-yourself pages in Chromium: the reader types the 2 totals and the bill's date, and
// the live region says the difference, that they can dispute, and the last day (English and Spanish); a bad box is
// marked and named; on paper only the table to fill in is left; the boxes are 44 px tall and axe finds nothing at 320 px, light and dark; without JavaScript the
// form stays hidden and the printable table is the way.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../../../tests/helpers/site';
import { newContext } from '../../../tests/helpers/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { paths } from '../../lib/urls';
import { readFacts } from '../../model/read';
import { answerText, checkBill } from './bill-check';
import { BILL_ANSWER_WORDS } from './bill-check-words';
import { estimateVsBill } from './estimate-bill';

const site = useBuiltSite();
const EN = paths.article('paying-yourself');
const ES = `/es${EN}`;

/** A day `n` days before today, as a date box holds it. */
function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((x) => String(x).padStart(2, '0')).join('-');
}

/** What the answer should say, from the same pure functions and the registry's rule for today. */
function expected(lang: 'en' | 'es', estimate: string, bill: string, date: string): string {
  const { rule } = estimateVsBill(readFacts(), lang, new Date());
  const r = checkBill({ estimate, bill, date }, rule, daysAgo(0));
  if (!r.ok) throw new Error('the test input should be good');
  return answerText(r, BILL_ANSWER_WORDS[lang], { threshold: rule.thresholdText, days: rule.daysText }, lang);
}

const checker = (page: Page) => page.locator('iop-bill-check');
/** The answer once the script has shown one (the element's own data-state; never a fixed wait). */
async function answered(page: Page, state: 'answer' | 'problem') {
  await expect.poll(() => checker(page).getAttribute('data-state')).toBe(state);
  return page.locator('iop-bill-check [data-answer]').innerText();
}

describe('the bill checker', () => {
  it('says how much more the bill is, that the reader can dispute, and the last day (English)', async () => {
    const context = await newContext(site.browser, { width: 390, height: 844 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.url + EN);
    await expect.poll(() => checker(page).getAttribute('data-ready')).toBe('');
    const date = daysAgo(10);
    await page.getByLabel('Total on your estimate').fill('$3,000');
    await page.getByLabel('Total on your bill').fill('3,500');
    await page.getByLabel('Date on your bill').fill(date);
    await page.getByRole('button', { name: 'Check my bill' }).click();
    const text = await answered(page, 'answer');
    expect(text).toBe(expected('en', '3000', '3500', date));
    expect(text).toMatch(
      /^Your bill is \$500 more than the estimate\. That is \$400 or more: you can start a dispute\. Last day: /,
    );
    expect(await page.locator('iop-bill-check [data-answer]').getAttribute('role')).toBe('status');

    // A change after the first check updates the answer: under the threshold now.
    await page.getByLabel('Total on your bill').fill('3,250');
    await page.getByLabel('Total on your bill').press('Tab');
    await expect.poll(() => page.locator('iop-bill-check [data-answer]').innerText()).toContain('less than $400');

    // A bad box is marked and named.
    await page.getByLabel('Total on your estimate').fill('lots');
    await page.getByLabel('Total on your estimate').press('Enter');
    expect(await answered(page, 'problem')).toBe(
      'The total on your estimate must be an amount in dollars, such as 3,000.',
    );
    expect(await page.getByLabel('Total on your estimate').getAttribute('aria-invalid')).toBe('true');
    expect(errors).toEqual([]);

    // On paper the boxes go; the table to fill in by hand stays.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('iop-bill-check form').isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: /Now check your own bill/ }).isVisible()).toBe(true);
    await context.close();
  });

  it('speaks Spanish on the Spanish page', async () => {
    const context = await newContext(site.browser, { width: 390, height: 844 });
    const page = await context.newPage();
    await page.goto(site.url + ES);
    await expect.poll(() => checker(page).getAttribute('data-ready')).toBe('');
    const date = daysAgo(5);
    await page.getByLabel('Total de su estimado').fill('3000');
    await page.getByLabel('Total de su factura').fill('3400');
    await page.getByLabel('Fecha de su factura').fill(date);
    await page.getByRole('button', { name: 'Revisar mi factura' }).click();
    const text = await answered(page, 'answer');
    expect(text).toBe(expected('es', '3000', '3400', date));
    expect(text).toMatch(
      /^Su factura tiene \$400 más que el estimado\. Eso es \$400 o más: puede empezar una disputa\. Último día: /,
    );
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const)
    it(`has 44 px boxes and no axe violations at 320 px (${scheme})`, async () => {
      const context = await newContext(site.browser, { width: 320, height: 700, scheme });
      const page = await context.newPage();
      await page.goto(site.url + EN);
      await expect.poll(() => checker(page).getAttribute('data-ready')).toBe('');
      await page.getByLabel('Total on your estimate').fill('x');
      await page.getByRole('button', { name: 'Check my bill' }).click();
      await answered(page, 'problem');
      for (const box of await page.locator('iop-bill-check input, iop-bill-check button').all()) {
        const b = (await box.boundingBox())!;
        expect(b.height).toBeGreaterThanOrEqual(44);
        expect(b.x + b.width).toBeLessThanOrEqual(320);
      }
      expect(await axeViolations(page, 'iop-bill-check')).toEqual([]);
      await context.close();
    });

  it('stays hidden without JavaScript, leaving the printable table', async () => {
    const context = await newContext(site.browser, { width: 390, height: 844, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + EN);
    expect(await checker(page).isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: /Now check your own bill/ }).isVisible()).toBe(true);
    await context.close();
  });
});
