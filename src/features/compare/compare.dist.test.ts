// The comparison widget in the built site: the full no-JS table, agreement with content/levels, and the JS budget.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { builtPages } from '../../../tests/helpers/dist';
import { compareRows, groupRows, levelLabel } from './rows';
import { readLevels } from '../../model/read';

/** The widget's script budget, gzipped, counting every module it imports. */
const BUDGET_BYTES = 6 * 1024;

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const levels = readLevels();
const ids = Object.keys(levels);
const rows = compareRows(levels);
const groups = groupRows(rows);
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A module and everything it imports statically, as [path, bytes] pairs. */
function moduleGraph(src: string, seen = new Map<string, Buffer>()): Map<string, Buffer> {
  if (seen.has(src)) return seen;
  const body = readFileSync(join('dist', src));
  seen.set(src, body);
  for (const m of body.toString('utf8').matchAll(/(?:import|from)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g))
    moduleGraph(join(dirname(src), m[1]), seen);
  return seen;
}

describe.each(['/compare/', '/guide/iop-vs-php/'])('the comparison on %s', (path) => {
  const page = byPath.get(path)!;
  const widget = page?.document.querySelector('iop-compare');
  it('is there, with a captioned table and row and column headers', () => {
    expect(widget, path).not.toBeNull();
    const table = widget!.querySelector('table')!;
    expect(text(table.querySelector('caption'))).toBe('Levels of care side by side');
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect([...table.querySelectorAll('tbody tr[data-row] th')].every((th) => th.getAttribute('scope') === 'row')).toBe(
      true,
    );
    const region = widget!.querySelector('[role="region"]')!;
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('aria-labelledby')).toBe(table.querySelector('caption')!.id);
  });
  it('groups its rows under headings: a tbody per group led by a row-group header, and a heading per group of cards', () => {
    const tbodies = [...widget!.querySelectorAll('table > tbody')];
    expect(tbodies.map((b) => b.getAttribute('data-group'))).toEqual(groups.map((g) => g.id));
    for (const [i, g] of groups.entries()) {
      const head = tbodies[i].querySelector('tr:first-child > th')!;
      expect(head.getAttribute('scope'), g.id).toBe('rowgroup');
      expect(head.getAttribute('colspan'), g.id).toBe(String(ids.length + 1));
      expect(text(head), g.id).toBe(g.label);
      if (g.note) expect(text(tbodies[i].querySelector('tr:nth-child(2) > td[colspan]')), g.id).toBe(g.note);
      expect([...tbodies[i].querySelectorAll('tr[data-row]')].map((tr) => tr.getAttribute('data-row'))).toEqual(
        g.rows.map((r) => r.id),
      );
      expect(g.rows.length, g.id).toBeLessThanOrEqual(7);
    }
    const cardGroups = [...widget!.querySelectorAll('.compare-cards [data-group]')];
    expect(cardGroups.map((c) => c.getAttribute('data-group'))).toEqual(groups.map((g) => g.id));
    const level = path === '/compare/' ? 'H2' : 'H3';
    for (const [i, g] of groups.entries()) {
      const h = cardGroups[i].firstElementChild!;
      expect([h.tagName, text(h)], g.id).toEqual([level, g.label]);
      const list = cardGroups[i].querySelector('ul')!;
      expect([...list.querySelectorAll(':scope > li[data-row]')].map((li) => li.getAttribute('data-row'))).toEqual(
        g.rows.map((r) => r.id),
      );
    }
    expect(text(widget!.querySelector('.compare-cards [data-group="names"] p'))).toBe(groups[0].note);
  });
  it('renders every level and every row without JavaScript, and its cells say what content/levels says', () => {
    const heads = [...widget!.querySelectorAll('thead th[data-level]')];
    expect(heads.map((th) => th.getAttribute('data-level'))).toEqual(ids);
    expect(heads.map(text)).toEqual(ids.map((id) => levelLabel(levels[id])));
    const trs = [...widget!.querySelectorAll('tbody tr[data-row]')];
    expect(trs.map((tr) => tr.getAttribute('data-row'))).toEqual(rows.map((r) => r.id));
    for (const r of rows) {
      const tr = widget!.querySelector(`tr[data-row="${r.id}"]`)!;
      expect(text(tr.querySelector('th')), r.id).toBe(r.label);
      for (const id of ids) {
        const td = tr.querySelector(`td[data-level="${id}"]`)!;
        const lines = td.querySelector('ul') ? [...td.querySelectorAll('li')].map(text) : [text(td)];
        expect(lines, `${r.id}/${id}`).toEqual(r.cells[id]);
      }
      expect(tr.hasAttribute('hidden'), r.id).toBe(false);
    }
  });
  it('shows the hours numbers from the data (article table and data agree)', () => {
    const cell = (row: string, id: string) =>
      text(widget!.querySelector(`tr[data-row="${row}"] td[data-level="${id}"]`));
    expect(cell('hours-adults', 'iop')).toBe(`${levels.iop.hours.adults!.min} to ${levels.iop.hours.adults!.upTo}`);
    expect(cell('hours-teens', 'iop')).toBe(`${levels.iop.hours.teens!.min} to ${levels.iop.hours.teens!.upTo}`);
    expect(cell('hours-adults', 'php')).toBe(`${levels.php.hours.adults!.min} or more`);
    expect(cell('hours-adults', 'outpatient')).toBe(`Fewer than ${levels.outpatient.hours.adults!.lessThan}`);
    expect(cell('medicare', 'php')).toContain(`at least ${levels.php.medicare.minHours} hours`);
  });
  it('has an example week with a text alternative for every level, and a line that a clinician decides', () => {
    for (const id of ids) {
      const fig = widget!.querySelector(`figure[data-level="${id}"]`)!;
      expect(fig.querySelector('[aria-hidden="true"]'), id).not.toBeNull();
      expect(fig.querySelectorAll('details li').length, id).toBe(7);
    }
    expect(text(widget)).toMatch(/A clinician decides the level of care with you, after an assessment/);
    expect(widget!.querySelector('a[href="/get-help/"]')).not.toBeNull();
    expect(text(widget)).not.toMatch(/your level is|\bscore\b/i);
  });
  it('shows its controls only where a script runs (the js: variant), and keeps them out of print and search', () => {
    const controls = widget!.querySelector('[data-controls]')!;
    expect(controls.classList.contains('hidden')).toBe(true);
    expect(controls.classList.contains('js:block')).toBe(true);
    expect(controls.classList.contains('no-print')).toBe(true);
    expect(controls.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(controls.querySelectorAll('input[type="checkbox"][name="level"]').length).toBe(ids.length);
    expect(controls.querySelector('fieldset legend')).not.toBeNull();
  });
  it('has a phone card for every row with every level, in the same words as the table, left out of search', () => {
    const cards = widget!.querySelector('.compare-cards')!;
    expect(cards.hasAttribute('data-pagefind-ignore')).toBe(true);
    const lis = [...cards.querySelectorAll('li[data-row]')];
    expect(lis.map((li) => li.getAttribute('data-row'))).toEqual(rows.map((r) => r.id));
    for (const r of rows) {
      const li = cards.querySelector(`li[data-row="${r.id}"]`)!;
      expect(text(li.querySelector('p')), r.id).toBe(r.label);
      const entries = [...li.querySelectorAll('dl > div[data-level]')];
      expect(
        entries.map((e) => e.getAttribute('data-level')),
        r.id,
      ).toEqual(ids);
      for (const e of entries) {
        const id = e.getAttribute('data-level')!;
        expect(text(e.querySelector('dt')), `${r.id}/${id}`).toBe(levels[id].shortName);
        const dd = e.querySelector('dd')!;
        const lines = dd.querySelector('ul') ? [...dd.querySelectorAll('li')].map(text) : [text(dd)];
        expect(lines, `${r.id}/${id}`).toEqual(r.cells[id]);
      }
    }
  });
  it('renders the default choice for readers with JavaScript: other levels are marked data-off everywhere', () => {
    const off = [...widget!.querySelectorAll('[data-level][data-off]')].map((e) => e.getAttribute('data-level'));
    const on = [...widget!.querySelectorAll('[data-level]:not([data-off])')].map((e) => e.getAttribute('data-level'));
    expect(new Set(on)).toEqual(new Set(['iop', 'php']));
    expect(new Set(off)).toEqual(new Set(ids.filter((id) => id !== 'iop' && id !== 'php')));
    expect(widget!.getAttribute('data-count')).toBe('2');
    expect(widget!.querySelectorAll('details[data-print-open]').length).toBe(ids.length + 1);
  });
});

describe('the comparison script', () => {
  it(`weighs at most ${BUDGET_BYTES} bytes gzipped, imports included`, () => {
    const src = [...byPath.get('/compare/')!.document.querySelectorAll('script[src]')]
      .map((s) => s.getAttribute('src')!)
      .find((s) => readFileSync(join('dist', s), 'utf8').includes('customElements.define(`iop-compare`'));
    expect(src).toBeDefined();
    const graph = moduleGraph(src!);
    const gzipped = [...graph.values()].reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
    console.log(`comparison script: ${graph.size} module(s), ${gzipped} bytes gzipped`);
    expect(gzipped).toBeGreaterThan(500);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
