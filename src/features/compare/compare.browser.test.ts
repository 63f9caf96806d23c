// The comparison widget in real Chromium: choosing levels, the address in step, Back/Forward, keyboard-only use,
// the table without JavaScript, print, 320 px, and axe in several states.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext } from '../../../tests/helpers/browser';
import { useBuiltSite } from '../../../tests/helpers/site';
import { axeViolations } from '../../../tests/helpers/axe';

const site = useBuiltSite();

/** Open a page with the widget and wait until the script has upgraded it. */
async function open(path: string, opts: Parameters<typeof newContext>[1] = {}): Promise<Page> {
  const context = await newContext(site.browser, opts);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url + path);
  if (opts.javaScriptEnabled !== false) await page.locator('iop-compare [data-controls]').waitFor({ state: 'visible' });
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}
const visibleColumns = (page: Page) =>
  page
    .locator('iop-compare thead th[data-level]')
    .evaluateAll((ths) =>
      ths.filter((th) => (th as HTMLElement).offsetParent !== null).map((th) => th.getAttribute('data-level')),
    );
const visibleRows = (page: Page) =>
  page
    .locator('iop-compare tbody tr[data-row]')
    .evaluateAll((trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => tr.getAttribute('data-row')));
const visibleWeeks = (page: Page) =>
  page
    .locator('iop-compare figure[data-level]')
    .evaluateAll((fs) =>
      fs.filter((f) => (f as HTMLElement).offsetParent !== null).map((f) => f.getAttribute('data-level')),
    );
// location.search, not page.url(): Playwright learns of pushState changes a moment later.
const query = (page: Page) => page.evaluate(() => location.search);
const live = (page: Page) => page.locator('iop-compare [data-live]').textContent();
const box = (page: Page, id: string) => page.locator(`iop-compare input[name="level"][value="${id}"]`);
const close = (page: Page) => page.context().close();

describe('choosing levels', () => {
  it('starts with IOP and PHP, and adding a level updates the table, the weeks, the address and the live region', async () => {
    const page = await open('/compare/');
    expect(await visibleColumns(page)).toEqual(['iop', 'php']);
    expect(await visibleWeeks(page)).toEqual(['iop', 'php']);
    expect(await query(page)).toBe('');
    await box(page, 'residential').check();
    expect(await visibleColumns(page)).toEqual(['iop', 'php', 'residential']);
    expect(await visibleWeeks(page)).toEqual(['iop', 'php', 'residential']);
    expect(await query(page)).toBe('?levels=iop,php,residential');
    expect(await live(page)).toBe('Comparing IOP, PHP and Residential. Showing all 18 rows.');
    await box(page, 'iop').uncheck();
    expect(await visibleColumns(page)).toEqual(['php', 'residential']);
    expect(await query(page)).toBe('?levels=php,residential');
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await close(page);
  });
  it('refuses a fourth level and the last but one, saying why', async () => {
    const page = await open('/compare/?levels=outpatient,iop,php');
    await box(page, 'inpatient').click();
    expect(await box(page, 'inpatient').isChecked()).toBe(false);
    expect(await live(page)).toBe('You can compare up to 3 levels. Uncheck one first.');
    await box(page, 'php').click();
    await box(page, 'iop').click();
    expect(await box(page, 'iop').isChecked()).toBe(true);
    expect(await live(page)).toBe('Keep at least 2 levels checked.');
    expect(await visibleColumns(page)).toEqual(['outpatient', 'iop']);
    await close(page);
  });
  it('"show only differences" hides rows that are the same for every chosen level', async () => {
    const page = await open('/compare/');
    await page.getByLabel('Show only differences').check();
    const rows = await visibleRows(page);
    expect(rows).toContain('hours-adults');
    expect(rows).not.toContain('sleep');
    expect(rows).not.toContain('support-24h');
    expect(await query(page)).toBe('?levels=iop,php&diff=1');
    expect(await live(page)).toBe(`Comparing IOP and PHP. Showing the ${rows.length} of 18 rows that differ.`);
    await box(page, 'inpatient').check();
    expect(await visibleRows(page)).toEqual(expect.arrayContaining(['sleep', 'support-24h']));
    await close(page);
  });
  it('works the same inside the IOP vs PHP article, keeping the article address', async () => {
    const page = await open('/guide/iop-vs-php/');
    await box(page, 'outpatient').check();
    expect(await page.evaluate(() => location.pathname)).toBe('/guide/iop-vs-php/');
    expect(await query(page)).toBe('?levels=outpatient,iop,php');
    expect(await page.locator('iop-compare [data-own-page]').getAttribute('href')).toBe(
      '/compare/?levels=outpatient,iop,php',
    );
    await close(page);
  });
});

describe('the address', () => {
  it('opens the comparison a link names, with differences only', async () => {
    const page = await open('/compare/?levels=outpatient,inpatient&diff=1');
    expect(await visibleColumns(page)).toEqual(['outpatient', 'inpatient']);
    expect(await page.getByLabel('Show only differences').isChecked()).toBe(true);
    expect(await box(page, 'outpatient').isChecked()).toBe(true);
    expect(await box(page, 'iop').isChecked()).toBe(false);
    await close(page);
  });
  it.each([
    ['/compare/?levels=spa,,retreat', '?levels=iop,php'],
    ['/compare/?levels=iop', '?levels=iop,php'],
    ['/compare/?levels=PHP,php,iop,%%', '?levels=iop,php'],
    ['/compare/?levels=inpatient,residential,php,iop', '?levels=php,residential,inpatient'],
  ])('turns %s into a sensible comparison and corrects the address', async (path, expected) => {
    const page = await open(path);
    expect(await query(page)).toBe(expected);
    expect(await visibleColumns(page)).toEqual(new URLSearchParams(expected).get('levels')!.split(','));
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await close(page);
  });
  it('Back and Forward step through changes', async () => {
    const page = await open('/compare/');
    await box(page, 'outpatient').check();
    await page.getByLabel('Show only differences').check();
    expect(await query(page)).toBe('?levels=outpatient,iop,php&diff=1');
    await page.goBack();
    await expect.poll(() => query(page)).toBe('?levels=outpatient,iop,php');
    expect(await page.getByLabel('Show only differences').isChecked()).toBe(false);
    expect(await visibleColumns(page)).toEqual(['outpatient', 'iop', 'php']);
    await page.goBack();
    await expect.poll(() => query(page)).toBe('');
    expect(await visibleColumns(page)).toEqual(['iop', 'php']);
    expect(await box(page, 'outpatient').isChecked()).toBe(false);
    await page.goForward();
    await expect.poll(() => visibleColumns(page)).toEqual(['outpatient', 'iop', 'php']);
    expect(await live(page)).toBe('Comparing Outpatient, IOP and PHP. Showing all 18 rows.');
    await close(page);
  });
});

describe('keyboard only', () => {
  it('Tab reaches every control and the table region; Space toggles them', async () => {
    const page = await open('/compare/');
    const stops: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el?.closest('iop-compare')) return '';
        return el.matches('input[name="level"]')
          ? `level:${(el as HTMLInputElement).value}`
          : el.matches('[data-diff]')
            ? 'diff'
            : (el.getAttribute('role') ?? el.tagName.toLowerCase());
      });
      if (id) stops.push(id);
      if (id === 'region') break;
    }
    expect(stops).toEqual([
      'level:outpatient',
      'level:iop',
      'level:php',
      'level:residential',
      'level:inpatient',
      'diff',
      'region',
    ]);
    await page.keyboard.press('Shift+Tab'); // back to "show only differences"
    await page.keyboard.press(' ');
    expect(await query(page)).toBe('?levels=iop,php&diff=1');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('outpatient');
    await page.keyboard.press(' ');
    expect(await query(page)).toBe('?levels=outpatient,iop,php&diff=1');
    const focusVisible = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(focusVisible).not.toBe('none');
    await close(page);
  });
});

describe('without JavaScript', () => {
  it('shows the complete table of every level, all rows and weeks, and no controls', async () => {
    const page = await open('/compare/?levels=iop,php', { javaScriptEnabled: false, width: 390, height: 844 });
    expect(await visibleColumns(page)).toEqual(['outpatient', 'iop', 'php', 'residential', 'inpatient']);
    expect(await visibleRows(page)).toHaveLength(18);
    expect(await visibleWeeks(page)).toHaveLength(5);
    expect(await page.locator('iop-compare [data-controls]').isVisible()).toBe(false);
    expect(await page.locator('iop-compare table').innerText()).toContain('9 to 19');
    await close(page);
  });
});

describe('print', () => {
  it('hides the controls and prints the table without a scroll box', async () => {
    const page = await open('/compare/?levels=outpatient,iop,php');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('iop-compare [data-controls]').isVisible()).toBe(false);
    expect(await page.locator('iop-compare table').isVisible()).toBe(true);
    expect(await page.locator('iop-compare [role="region"]').evaluate((el) => getComputedStyle(el).overflowX)).toBe(
      'visible',
    );
    expect(await visibleColumns(page)).toEqual(['outpatient', 'iop', 'php']);
    await close(page);
  });
});

describe('small screens', () => {
  it('at 320 px the page does not scroll sideways; the table scrolls inside its labelled region', async () => {
    const page = await open('/compare/?levels=outpatient,iop,php', { width: 320, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const region = page.locator('iop-compare [role="region"]');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await region.getAttribute('tabindex')).toBe('0');
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await close(page);
  });
});

describe('axe: 0 violations', () => {
  it.each([
    ['default', '/compare/', {}, async () => {}],
    ['3 levels', '/compare/?levels=outpatient,iop,residential', {}, async () => {}],
    ['differences only', '/compare/?levels=iop,php&diff=1', {}, async () => {}],
    ['dark, 3 levels', '/compare/?levels=php,residential,inpatient', { scheme: 'dark' as const }, async () => {}],
    ['390 px', '/compare/', { width: 390, height: 844 }, async () => {}],
    [
      'in the article, dark, 390 px',
      '/guide/iop-vs-php/?levels=iop,php,inpatient&diff=1',
      { width: 390, height: 844, scheme: 'dark' as const },
      async () => {},
    ],
    [
      'after a refused choice, with a week in words open',
      '/compare/?levels=outpatient,iop,php',
      {},
      async (page: Page) => {
        await box(page, 'inpatient').click();
        await page.locator('iop-compare figure[data-level="iop"] summary').click();
      },
    ],
  ])('%s', async (_name, path, opts, act) => {
    const page = await open(path, opts);
    await act(page);
    expect(await axeViolations(page)).toEqual([]);
    await close(page);
  });
});
