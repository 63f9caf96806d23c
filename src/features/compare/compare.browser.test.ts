// The comparison widget in real Chromium: choosing levels (and refusals shown on screen), the address in step,
// Back/Forward, keyboard-only use, the page without JavaScript, and axe in several states. Phone cards, layout
// shift and print are in compare-layout.browser.test.ts.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../../../tests/helpers/site';
import { readLevels } from '../../model/read';
import { compareRows, groupRows } from './rows';
import { newContext } from '../../../tests/helpers/browser';
import { axeViolations } from '../../../tests/helpers/axe';

import {
  box,
  cardLevels,
  close,
  openWidget,
  query,
  sidewaysScroll,
  status,
  visibleColumns,
  visibleWeeks,
  type OpenOptions,
} from './compare.browser-helpers';

/** The comparison's rows, from the data (the test then fails if a row goes missing from the page). */
const ROW_COUNT = compareRows(readLevels()).length;

const site = useBuiltSite();
const open = (path: string, opts: OpenOptions = {}) => openWidget(site, path, opts);

describe('a link that names four levels', () => {
  it('shows the first three named and says plainly that only three fit, which are shown and which are left out', async () => {
    for (const [path, text] of [
      [
        '/compare/?levels=iop,php,residential,inpatient',
        'This link names 4 levels, but only 3 fit side by side. Showing IOP, PHP and Residential; left out: Hospital. To see it, uncheck another level, then check it.',
      ],
      [
        '/es/compare/?levels=iop,php,residential,inpatient',
        'Este enlace nombra 4 niveles, pero solo caben 3 lado a lado. Se muestran IOP, PHP y Residencial; no se muestra Hospital. Para verlo, desmarque otro nivel y luego márquelo.',
      ],
    ]) {
      const page = await open(path, { width: 1280, height: 900 });
      expect(await visibleColumns(page)).toEqual(['iop', 'php', 'residential']);
      await expect.poll(() => status(page).textContent()).toBe(text);
      expect(await status(page).isVisible()).toBe(true);
      expect(await status(page).getAttribute('data-refused')).toBe('');
      expect(await page.locator('[data-all-shown]').isVisible()).toBe(false);
      expect(await axeViolations(page, 'iop-compare')).toEqual([]);
      await close(page);
    }
  });
  it('without JavaScript shows every level, and says so', async () => {
    const page = await open('/compare/?levels=iop,php,residential,inpatient', {
      javaScriptEnabled: false,
      width: 1280,
      height: 900,
    });
    expect(await visibleColumns(page)).toEqual(['outpatient', 'iop', 'php', 'residential', 'inpatient']);
    expect(await page.locator('[data-all-shown]').innerText()).toBe('All 5 levels of care are shown here.');
    await close(page);
  });
});

describe('choosing levels', () => {
  it('starts with IOP and PHP, and adding a level updates the table, the weeks, the address and the status', async () => {
    const page = await open('/compare/');
    expect(await visibleColumns(page)).toEqual(['iop', 'php']);
    expect(await visibleWeeks(page)).toEqual(['iop', 'php']);
    expect(await query(page)).toBe('');
    expect(await status(page).textContent()).toContain('Comparing IOP and PHP.');
    await box(page, 'residential').check();
    expect(await visibleColumns(page)).toEqual(['iop', 'php', 'residential']);
    expect(await visibleWeeks(page)).toEqual(['iop', 'php', 'residential']);
    expect(await query(page)).toBe('?levels=iop,php,residential');
    expect(await status(page).textContent()).toBe('Comparing IOP, PHP and Residential.');
    await box(page, 'iop').uncheck();
    expect(await visibleColumns(page)).toEqual(['php', 'residential']);
    expect(await query(page)).toBe('?levels=php,residential');
    expect(page.errors).toEqual([]);
    await close(page);
  });
  it('refuses a fourth level and the last but one, saying why on screen, next to the checkboxes', async () => {
    const page = await open('/compare/?levels=outpatient,iop,php');
    await box(page, 'inpatient').click();
    expect(await box(page, 'inpatient').isChecked()).toBe(false);
    expect(await status(page).textContent()).toBe('You can compare up to 3 levels at once. Uncheck one first.');
    expect(await status(page).isVisible()).toBe(true);
    expect(await status(page).getAttribute('aria-live')).toBe('polite');
    // On screen: inside the controls box, not clipped away as screen-reader-only text.
    const [msg, controls] = await Promise.all([
      status(page).boundingBox(),
      page.locator('iop-compare [data-controls]').boundingBox(),
    ]);
    expect(msg!.width).toBeGreaterThan(100);
    expect(msg!.y).toBeGreaterThan(controls!.y);
    expect(msg!.y + msg!.height).toBeLessThanOrEqual(controls!.y + controls!.height);
    await box(page, 'php').click();
    await box(page, 'iop').click();
    expect(await box(page, 'iop').isChecked()).toBe(true);
    expect(await status(page).textContent()).toBe('Keep at least 2 levels checked to compare.');
    expect(await visibleColumns(page)).toEqual(['outpatient', 'iop']);
    await box(page, 'php').click();
    expect(await status(page).textContent()).toBe('Comparing Outpatient, IOP and PHP.');
    expect(await status(page).getAttribute('data-refused')).toBeNull();
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
  it('opens the comparison a link names; an old "differences only" link opens it in full', async () => {
    const page = await open('/compare/?levels=outpatient,inpatient&diff=1');
    expect(await visibleColumns(page)).toEqual(['outpatient', 'inpatient']);
    expect(await status(page).textContent()).toBe('Comparing Outpatient and Hospital.');
    expect(await box(page, 'outpatient').isChecked()).toBe(true);
    expect(await box(page, 'iop').isChecked()).toBe(false);
    expect(await page.locator('iop-compare tbody tr[data-row]:visible').count()).toBe(ROW_COUNT);
    expect(await query(page)).toBe('?levels=outpatient,inpatient');
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
    expect(page.errors).toEqual([]);
    await close(page);
  });
  it('Back and Forward step through changes', async () => {
    const page = await open('/compare/');
    await box(page, 'outpatient').check();
    await box(page, 'php').uncheck();
    expect(await query(page)).toBe('?levels=outpatient,iop');
    await page.goBack();
    await expect.poll(() => query(page)).toBe('?levels=outpatient,iop,php');
    expect(await box(page, 'php').isChecked()).toBe(true);
    expect(await visibleColumns(page)).toEqual(['outpatient', 'iop', 'php']);
    await page.goBack();
    await expect.poll(() => query(page)).toBe('');
    expect(await visibleColumns(page)).toEqual(['iop', 'php']);
    expect(await box(page, 'outpatient').isChecked()).toBe(false);
    await page.goForward();
    await expect.poll(() => visibleColumns(page)).toEqual(['outpatient', 'iop', 'php']);
    expect(await status(page).textContent()).toBe('Comparing Outpatient, IOP and PHP.');
    await close(page);
  });
});

/** Tab through the page and name each stop inside the widget, until `last` (or 40 presses). */
async function tabStops(page: Page, last: string): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el?.closest('iop-compare')) return '';
      if (el.matches('input[name="level"]')) return `level:${(el as HTMLInputElement).value}`;
      return el.getAttribute('role') ?? el.tagName.toLowerCase();
    });
    if (id) stops.push(id);
    if (id === last) break;
  }
  return stops;
}
const LEVEL_STOPS = ['outpatient', 'iop', 'php', 'residential', 'inpatient'].map((l) => `level:${l}`);

describe('keyboard only', () => {
  it('Tab reaches every checkbox and the table region; Space toggles, and a refusal shows', async () => {
    const page = await open('/compare/');
    expect(await tabStops(page, 'region')).toEqual([...LEVEL_STOPS, 'region']);
    await page.keyboard.press('Shift+Tab'); // back to "Inpatient hospital care"
    await page.keyboard.press(' ');
    expect(await query(page)).toBe('?levels=iop,php,inpatient');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('outpatient');
    await page.keyboard.press(' ');
    expect(await query(page)).toBe('?levels=iop,php,inpatient');
    expect(await status(page).textContent()).toBe('You can compare up to 3 levels at once. Uncheck one first.');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await close(page);
  });
  it('on a phone the cards add no tab stops: from the checkboxes Tab goes on to the next link', async () => {
    const page = await open('/compare/', { width: 390, height: 844 });
    expect(await tabStops(page, 'a')).toEqual([...LEVEL_STOPS, 'a']);
    expect(await page.evaluate(() => document.activeElement!.textContent)).toContain('Helplines');
    await close(page);
  });
});

describe('the groups of facts', () => {
  const groups = groupRows(compareRows(readLevels()));
  it.each(['/guide/iop-vs-php/', '/compare/'])(
    'on %s, are row-group headers in the table (1280 px) and headings over the phone cards (390 px)',
    async (path) => {
      const wide = await open(path, { width: 1280, height: 900 });
      const table = wide.locator('iop-compare table');
      // Each group's header, as the accessibility tree gives it to a screen reader, leads the rows of its group.
      for (const g of groups) {
        const header = table.getByRole('rowheader', { name: g.label, exact: true });
        expect(await header.isVisible(), g.id).toBe(true);
        expect(await header.getAttribute('scope'), g.id).toBe('rowgroup');
        const rowIds = await header
          .locator('xpath=ancestor::tbody[1]')
          .locator('tr[data-row]')
          .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')));
        expect(rowIds, g.id).toEqual(g.rows.map((r) => r.id));
      }
      await close(wide);
      const phone = await open(path, { width: 390, height: 844 });
      const level = path === '/compare/' ? 2 : 3;
      const headings = phone.locator('iop-compare .compare-cards').getByRole('heading', { level });
      expect(await headings.allInnerTexts()).toEqual(groups.map((g) => g.label));
      for (const g of groups) {
        const cards = phone.locator(`iop-compare .compare-cards [data-group="${g.id}"] li[data-row]:visible`);
        expect(await cards.count(), g.id).toBe(g.rows.length);
        expect(g.rows.length, g.id).toBeLessThanOrEqual(7);
      }
      await close(phone);
    },
  );
});

describe('without JavaScript', () => {
  it('on a phone, shows every fact as a card listing all five levels, and no controls', async () => {
    for (const width of [320, 390]) {
      const page = await open('/compare/?levels=iop,php', { javaScriptEnabled: false, width, height: 800 });
      expect(await sidewaysScroll(page), `${width}px`).toBe(0);
      expect(await visibleColumns(page)).toEqual([]);
      expect(await page.locator('iop-compare li[data-row]:visible').count()).toBe(ROW_COUNT);
      const all = ['outpatient', 'iop', 'php', 'residential', 'inpatient'];
      for (const row of ['hours-adults', 'sleep', 'insurance']) expect(await cardLevels(page, row)).toEqual(all);
      expect(await page.locator('iop-compare li[data-row="hours-adults"]').innerText()).toMatch(
        /IOP\s+9 to 19\s+PHP\s+20 or more/,
      );
      expect(await visibleWeeks(page)).toHaveLength(5);
      expect(await page.locator('iop-compare [data-controls]').isVisible()).toBe(false);
      await close(page);
    }
  });
  it('on a wide screen, shows the table of every level and row, fitting without sideways scrolling', async () => {
    const page = await open('/compare/?levels=iop,php', { javaScriptEnabled: false, width: 1280, height: 900 });
    expect(await visibleColumns(page)).toEqual(['outpatient', 'iop', 'php', 'residential', 'inpatient']);
    expect(await page.locator('iop-compare tbody tr[data-row]:visible').count()).toBe(ROW_COUNT);
    expect(await page.locator('iop-compare li[data-row]:visible').count()).toBe(0);
    const region = page.locator('iop-compare [role="region"]');
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    expect(await page.locator('iop-compare table').innerText()).toContain('9 to 19');
    await close(page);
  });
});

/**
 * The page as it is without JavaScript, in a page where axe can still run (it needs JavaScript): the site's
 * scripts are not loaded and the `js` flag the head sets is taken off again, so no `js:` style applies.
 */
async function openWithoutScripts(path: string, opts: OpenOptions): Promise<Page> {
  const context = await newContext(site.browser, opts);
  const page = await context.newPage();
  await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
  await page.goto(site.url + path);
  await page.evaluate(() => document.documentElement.classList.remove('js'));
  return page;
}
const asWithoutScripts = async () => {};

describe('axe: 0 violations', () => {
  const refuse = async (page: Page) => {
    await box(page, 'inpatient').click();
    await expect.poll(() => status(page).getAttribute('data-refused')).toBe('');
  };
  it.each([
    ['default', '/compare/', {}, async () => {}],
    ['3 levels', '/compare/?levels=outpatient,iop,residential', {}, async () => {}],
    ['dark, 3 levels', '/compare/?levels=php,residential,inpatient', { scheme: 'dark' as const }, async () => {}],
    ['cards, 390 px', '/compare/', { width: 390, height: 844 }, async () => {}],
    ['cards, 320 px, 3 levels', '/compare/?levels=iop,php,residential', { width: 320, height: 700 }, async () => {}],
    ['cards, 320 px, dark', '/compare/', { width: 320, height: 700, scheme: 'dark' as const }, async () => {}],
    ['cards without JavaScript, 390 px', '/compare/', { width: 390, height: 844 }, asWithoutScripts],
    ['table without JavaScript, dark', '/compare/', { scheme: 'dark' as const }, asWithoutScripts],
    [
      'in the article, dark, 390 px',
      '/guide/iop-vs-php/?levels=iop,php,inpatient',
      { width: 390, scheme: 'dark' as const },
      async () => {},
    ],
    ['a refusal shown, 390 px', '/compare/?levels=outpatient,iop,php', { width: 390, height: 844 }, refuse],
    ['a refusal shown, dark', '/compare/?levels=outpatient,iop,php', { scheme: 'dark' as const }, refuse],
    [
      'with a week in words open',
      '/compare/',
      {},
      async (page: Page) => page.locator('iop-compare figure[data-level="iop"] summary').click(),
    ],
  ])('%s', async (name, path, opts, act) => {
    const page = act === asWithoutScripts ? await openWithoutScripts(path, opts) : await open(path, opts);
    await act(page);
    // The whole page in two states; the widget alone in the others (its states change nothing else, and axe's
    // contrast checks over a whole long page are slow on a shared 2-core machine).
    const whole = name === 'default' || name.startsWith('in the article');
    expect(await axeViolations(page, whole ? undefined : 'iop-compare')).toEqual([]);
    await close(page);
  });
});
