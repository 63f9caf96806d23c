// The comparison's layout in real Chromium: phone cards at 320 and 390 px (no sideways scrolling), no layout shift
// when the script upgrades the server-rendered page, and print (the table fits the paper, the week charts and the
// disclosures print, each chart on one page), checked in PDFs with poppler's pdfinfo and pdftotext.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBuiltSite } from '../../../tests/helpers/site';
import { newContext } from '../../../tests/helpers/browser';
import { readLevels } from '../../model/read';
import { describeDay, weekSummary } from './week';
import { compareRows, levelLabel } from './rows';
import { box, cardLevels, close, openWidget, sidewaysScroll, visibleColumns } from './compare.browser-helpers';

const site = useBuiltSite();
const levels = readLevels();

describe('on a phone', () => {
  it.each([320, 390])(
    'at %i px each fact is a card with the chosen levels, and nothing scrolls sideways',
    async (w) => {
      const page = await openWidget(site, '/compare/', { width: w, height: 800 });
      expect(await sidewaysScroll(page)).toBe(0);
      expect(await visibleColumns(page)).toEqual([]);
      expect(await page.locator('iop-compare li[data-row]:visible').count()).toBe(compareRows(readLevels()).length);
      expect(await cardLevels(page, 'hours-adults')).toEqual(['iop', 'php']);
      const card = page.locator('iop-compare li[data-row="hours-adults"]');
      expect(await card.innerText()).toMatch(/Hours a week, adults\s+IOP\s+9 to 19\s+PHP\s+20 or more/);
      // Two levels sit side by side where a card has room (390 px), and stack where it has not (320 px).
      const [iop, php] = await Promise.all(
        ['iop', 'php'].map((l) => card.locator(`[data-level="${l}"]`).boundingBox()),
      );
      if (w >= 390) expect([iop!.y === php!.y, php!.x > iop!.x + iop!.width]).toEqual([true, true]);
      else expect(php!.y).toBeGreaterThanOrEqual(iop!.y + iop!.height);
      expect(php!.x + php!.width).toBeLessThanOrEqual(w);
      await close(page);
    },
  );
  it('a third level joins every card (stacked at 390 px), and leaves again', async () => {
    const page = await openWidget(site, '/compare/', { width: 390, height: 844 });
    await box(page, 'residential').check();
    expect(await cardLevels(page, 'sleep')).toEqual(['iop', 'php', 'residential']);
    expect(await page.locator('iop-compare li[data-row="sleep"]').innerText()).toContain('At the program');
    expect(await sidewaysScroll(page)).toBe(0);
    await box(page, 'iop').uncheck();
    expect(await cardLevels(page, 'sleep')).toEqual(['php', 'residential']);
    await close(page);
  });
});

describe('layout shift when the script upgrades /compare/', () => {
  // Scripts are held back until the page has painted, so it paints before the upgrade, as on a slow phone network; the
  // score is what PerformanceObserver reports (buffered), the figure Lighthouse reads.
  it.each([390, 1280])('is at most 0.05 at %i px', async (width) => {
    const context = await newContext(site.browser, { width, height: 844 });
    const page = await context.newPage();
    let painted!: () => void;
    const firstPaint = new Promise<void>((resolve) => (painted = resolve));
    await page.exposeFunction('__painted', () => painted());
    await page.route(/\/_astro\/.*\.js$/, async (route) => {
      await firstPaint;
      await route.continue();
    });
    await page.addInitScript(() => {
      const w = window as unknown as {
        cls: number;
        upgradedAt: number;
        shifts: PerformanceObserver;
        __painted(): void;
      };
      w.cls = 0;
      w.shifts = new PerformanceObserver((list) => {
        for (const e of list.getEntries() as PerformanceEntry[] & { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) w.cls += e.value;
      });
      w.shifts.observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length) w.__painted();
      }).observe({ type: 'paint', buffered: true });
      customElements.whenDefined('iop-compare').then(() => (w.upgradedAt = performance.now()));
    });
    await page.goto(site.url + '/compare/');
    await page.evaluate(() => customElements.whenDefined('iop-compare'));
    const { cls, paintedFirst } = await page.evaluate(async () => {
      // Two frames laid out after the upgrade, then any shift the observer has not yet reported.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const w = window as unknown as { cls: number; upgradedAt: number; shifts: PerformanceObserver };
      for (const e of w.shifts.takeRecords() as PerformanceEntry[] & { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.cls += e.value;
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
      return { cls: w.cls, paintedFirst: paint < w.upgradedAt };
    });
    console.log(`/compare/ at ${width} px: layout shift ${cls.toFixed(4)}`);
    // Only meaningful if the page painted before the upgrade (else the shift happens before anyone sees it).
    expect(paintedFirst).toBe(true);
    expect(cls).toBeLessThanOrEqual(0.05);
    await context.close();
  });
});

/** Print a page to PDF in Chromium; returns its page count, its text, and the widest word's right edge. */
async function printPdf(path: string, format: 'Letter' | 'A4', javaScriptEnabled: boolean) {
  const context = await newContext(site.browser, { javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(site.url + path);
  if (javaScriptEnabled) await page.evaluate(() => customElements.whenDefined('iop-compare'));
  const file = join(mkdtempSync(join(tmpdir(), 'compare-pdf-')), `${format}.pdf`);
  writeFileSync(file, await page.pdf({ format, printBackground: false }));
  const stillOpen = await page.locator('details[data-print-open][open]').count();
  await context.close();
  const run = (cmd: string, args: string[]) => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8' });
    } catch (e) {
      throw new Error(
        `${cmd} failed (${(e as Error).message}). Install poppler-utils: sudo apt-get install poppler-utils`,
      );
    }
  };
  const info = run('pdfinfo', [file]);
  const pageWidth = Number(info.match(/Page size:\s+([\d.]+)/)![1]);
  const pages = Number(info.match(/Pages:\s+(\d+)/)![1]);
  const pageText = Array.from({ length: pages }, (_, i) =>
    run('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, file, '-']).replace(/\s+/g, ' '),
  );
  const right = Math.max(...[...run('pdftotext', ['-bbox', file, '-']).matchAll(/xMax="([\d.]+)"/g)].map((m) => +m[1]));
  return { pages, pageText, pageWidth, right, stillOpen };
}

/** Words on a page of PDF text. */
const words = (text: string) => text.split(' ').filter(Boolean);
/** Every word of `phrase` is on the page (pdftotext interleaves the two charts printed side by side). */
const hasWords = (page: string, phrase: string) => words(phrase).every((w) => words(page).includes(w));

/**
 * Each example week printed whole on one page: on every page, as many chart captions as charts (counted by their
 * SVG labels "Sun" and "midnight"), and each caption's page also holds that week's Monday in words.
 */
function expectWeeksWhole(pageText: string[], ids: string[]) {
  const found = new Set<string>();
  pageText.forEach((page, i) => {
    const here = ids.filter((id) => page.includes(`${levelLabel(levels[id])}:`));
    const count = (w: string) => words(page).filter((x) => x === w).length;
    expect([count('Sun'), count('midnight')], `page ${i + 1}: charts and captions`).toEqual([here.length, here.length]);
    for (const id of here) {
      found.add(id);
      expect(hasWords(page, weekSummary(levels[id].exampleWeek.days)), `${id}: caption`).toBe(true);
      expect(hasWords(page, `Monday: ${describeDay(levels[id].exampleWeek.days[0])}`), `${id}: in words`).toBe(true);
    }
  });
  expect([...found].sort()).toEqual([...ids].sort());
}

describe('print', () => {
  it.each(['Letter', 'A4'] as const)(
    '/compare/?levels=iop,php on %s: charts and disclosures print, each chart on one page, in 5 pages',
    async (format) => {
      const pdf = await printPdf('/compare/?levels=iop,php', format, true);
      console.log(`/compare/?levels=iop,php, ${format}: ${pdf.pages} pages`);
      expectWeeksWhole(pdf.pageText, ['iop', 'php']);
      const all = pdf.pageText.join(' ');
      expect(all).toContain(levels.php.sources.hours[0].title);
      expect(all).not.toContain(levelLabel(levels.residential));
      expect(pdf.right, 'text past the right edge of the paper').toBeLessThanOrEqual(pdf.pageWidth);
      expect(pdf.stillOpen, 'disclosures closed again after printing').toBe(0);
      // A budget: this printed on 4 Letter pages, the last holding two lines. The headings that group the table's
      // 18 rows (and the line saying what ASAM numbers are) pushed the end of the sources onto a 5th page.
      expect(pdf.pages).toBeLessThanOrEqual(5);
    },
  );
  it('without JavaScript, all five levels fit the page width on Letter and A4, with the disclosures open', async () => {
    for (const format of ['Letter', 'A4'] as const) {
      const pdf = await printPdf('/compare/', format, false);
      console.log(`/compare/ without JavaScript, ${format}: ${pdf.pages} pages`);
      expectWeeksWhole(pdf.pageText, Object.keys(levels));
      expect(pdf.pageText.join(' ')).toContain(levels.inpatient.sources.hours[0].title);
      expect(pdf.right, `${format}: text past the right edge`).toBeLessThanOrEqual(pdf.pageWidth);
    }
  });
});
