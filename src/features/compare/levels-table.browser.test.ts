// The levels table in handouts (<LevelsTable />) in Chromium: on a phone every column shows, each level a card with
// every value under its column's name and nothing to scroll sideways; on paper and wide screens it is the table; it
// stays a table for screen readers, and passes axe.
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../../../tests/helpers/site';
import { newContext } from '../../../tests/helpers/browser';
import { axeViolations } from '../../../tests/helpers/axe';

const site = useBuiltSite();
const HANDOUTS = ['/handouts/iop-vs-php/', '/es/handouts/iop-vs-php/'];

/** What the table shows: for each cell, its text and whether it is on screen inside the table's box. */
function layout(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const wrap = document.querySelector<HTMLElement>('.levels-table')!.closest<HTMLElement>('.table-scroll')!;
    const box = wrap.getBoundingClientRect();
    const cells = [...wrap.querySelectorAll<HTMLElement>('tbody td')].map((td) => {
      const r = td.getBoundingClientRect();
      return {
        label: getComputedStyle(td, '::before').content,
        text: td.innerText.trim(),
        inside: r.width > 0 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5,
      };
    });
    return {
      sideways: wrap.scrollWidth - wrap.clientWidth,
      display: getComputedStyle(wrap.querySelector('td')!).display,
      columns: wrap.querySelectorAll('thead th').length - 1,
      cells,
    };
  });
}

describe('the levels table on a phone', () => {
  it.each([320, 390])('shows every column at %i px, each value named, with nothing to scroll sideways', async (w) => {
    for (const path of HANDOUTS) {
      const context = await newContext(site.browser, { width: w, height: 640 });
      const page = await context.newPage();
      await page.goto(site.url + path);
      const t = await layout(page);
      expect(t.sideways, path).toBe(0);
      expect(t.columns).toBe(4);
      expect(t.cells.length).toBe(8);
      for (const c of t.cells) {
        expect(c.inside, `${path} ${c.label} ${c.text}`).toBe(true);
        // The column's name is drawn before the value (with empty alternative text for screen readers).
        expect(c.label).toMatch(/^"[^"]+" \/ ""$/);
      }
      expect(t.cells.map((c) => c.label)).toContain(
        path.startsWith('/es/') ? '"Apoyo las 24 horas" / ""' : '"24-hour support" / ""',
      );
      expect(await axeViolations(page, '.table-scroll')).toEqual([]);
      // Still a table to assistive technology: its rows, column headers and cells.
      const roles = await page.locator('.levels-table').evaluate((t) => ({
        table: t.getAttribute('role'),
        headers: t.querySelectorAll('[role="columnheader"]').length,
        cells: t.querySelectorAll('[role="cell"]').length,
      }));
      expect(roles).toEqual({ table: 'table', headers: 5, cells: 8 });
      await context.close();
    }
  });

  it('is a table on a wide screen and on paper, with no names drawn into its cells', async () => {
    const context = await newContext(site.browser, { width: 390, height: 640 });
    const page = await context.newPage();
    await page.goto(site.url + HANDOUTS[0]);
    await page.emulateMedia({ media: 'print' });
    let t = await layout(page);
    expect(t.display).toBe('table-cell');
    expect(t.cells.every((c) => c.label === 'none' || c.label === 'normal')).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1024, height: 800 });
    t = await layout(page);
    expect([t.display, t.sideways]).toEqual(['table-cell', 0]);
    await context.close();
  });
});
