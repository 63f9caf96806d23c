// Handouts in Chromium: printed to PDF on US Letter and A4 (pages counted by pdfinfo), QR codes read back from the
// rendered page, print layout (large type, QR size, crisis lines, review date, no site chrome), the Print button with
// and without JavaScript, axe in the print layout, a guide page's checklist printed on its own, and example weeks on paper.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../../../tests/helpers/site';
import { newContext } from '../../../tests/helpers/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { decodePng } from '../../../tests/helpers/qr';
import { shownOnPage } from '../../../tests/helpers/shown';
import { readKind, readSpanishKind } from '../../model/read';
import { paths } from '../../lib/urls';
import { localePaths } from '../../i18n/lang';
import { builtOrigin } from '../../../tests/helpers/built';

/** Every handout in both languages, with the paths of its language (a Spanish handout leads to the Spanish page). */
const handouts = [
  ...readKind('handouts').map((h) => ({ ...h, p: paths, lang: 'en' as const })),
  ...readSpanishKind('handouts').map((h) => ({ ...h, p: localePaths('es'), lang: 'es' as const })),
];
const SITE = builtOrigin();
const site = useBuiltSite();
const dir = mkdtempSync(join(tmpdir(), 'handouts-'));
/** CSS pixels in a printed centimetre (96 px to the inch). */
const CM = 96 / 2.54;

/** Pages in a PDF, as pdfinfo (poppler-utils) counts them. */
function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
}

/** A page of the built site laid out for print (the width of a US Letter sheet less its margins). */
async function printLayout(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await newContext(site.browser, { width: 720, height: 1000, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(site.url + path);
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** The site's chrome, which must not print on a handout, and the handout's own parts, which must. */
const CHROME = ['body > header', 'body > footer', '.crisis-strip', 'iop-print', 'nav[aria-label="Breadcrumb"]'];
const PARTS = ['.handout-help', '.review-dates', '.handout-short', '.handout-more svg'];

describe('printing handouts', () => {
  it('prints each handout on its stated number of pages, on US Letter and on A4 (backgrounds off)', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    const rows: string[] = [];
    const wrong: string[] = [];
    for (const h of handouts) {
      await page.goto(site.url + h.p.handout(h.id));
      for (const format of ['Letter', 'A4'] as const) {
        const file = join(dir, `${h.lang}-${h.id}-${format}.pdf`);
        await page.pdf({ path: file, format, printBackground: false });
        const pages = pdfPages(file);
        rows.push(`  ${format.padEnd(6)} ${pages} page(s)  ${h.p.handout(h.id)}`);
        if (pages !== h.data.pages)
          wrong.push(`${h.p.handout(h.id)} on ${format}: ${pages} pages, expected ${h.data.pages}`);
      }
    }
    console.log(['Handouts printed to PDF:', ...rows].join('\n'));
    await context.close();
    expect(wrong).toEqual([]);
  }, 240_000);

  it('prints large type, a QR code of at least 2.5 cm, the crisis lines, a box to write in and the review date, and no site chrome', async () => {
    // One page laid out for print, taken from handout to handout (the print media stays on across visits).
    const page = await printLayout(handouts[0].p.handout(handouts[0].id));
    for (const h of handouts) {
      const where = h.p.handout(h.id);
      await page.goto(site.url + where);
      // Which parts show on paper, read in one go: the site's chrome must not, the handout's own parts must.
      const shown = await shownOnPage(page, [...CHROME, ...PARTS]);
      expect(shown, where).toEqual(
        Object.fromEntries([...CHROME.map((c) => [c, false]), ...PARTS.map((p) => [p, true])]),
      );
      expect(await page.locator('.handout-help').innerText()).toContain('1-800-662-4357');
      if (h.lang === 'es') expect(await page.locator('.handout-help').innerText()).toContain('Llame al 988 y oprima 2');
      // The code itself (without its quiet zone) must be at least 2.5 cm across on paper.
      const code = await page.locator('.handout-more svg').evaluate((svg) => {
        const size = (svg as SVGSVGElement).viewBox.baseVal.width;
        return (svg.getBoundingClientRect().width * (size - 8)) / size;
      });
      expect(code, where).toBeGreaterThanOrEqual(2.5 * CM);
      // Reading text is at least 12 pt (16 CSS px); only the kicker, source list and full URL are fine print.
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('.handout :is(h1, h2, h3, p, li, td, th, caption, a, strong)')]
          .filter((el) => !el.closest('.handout-kicker, .handout-sources, .handout-full, .review-dates'))
          .filter((el) => (el as HTMLElement).offsetParent !== null && el.textContent!.trim())
          .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 16)
          .map((el) => `${el.tagName} "${el.textContent!.trim().slice(0, 30)}" ${getComputedStyle(el).fontSize}`),
      );
      expect(small, where).toEqual([]);
      // A box to write in (PEMAT item 23): on paper, ruled blanks drawn as borders (backgrounds do not print), each
      // at least 7 mm high; on screen, a line saying what the printed sheet leaves room for instead.
      expect(await page.locator('.handout-write').isVisible(), `${where} write-in on paper`).toBe(true);
      expect(await page.locator('.handout-write-note').isVisible(), `${where} screen note on paper`).toBe(false);
      const blanks = await page.locator('.handout-write .write-field').evaluateAll((fields) =>
        fields.map((f) => ({
          label: f.querySelector('.write-label')!.textContent!.trim(),
          height: f.getBoundingClientRect().height,
          ruled: [...f.querySelectorAll('.write-line')].every(
            (l) => parseFloat(getComputedStyle(l).borderBottomWidth) >= 1 && l.getBoundingClientRect().width >= 90,
          ),
        })),
      );
      expect(blanks.length, where).toBe(h.data.writeIn.length);
      for (const b of blanks) {
        expect(b.label, where).not.toBe('');
        expect(b.ruled, `${where} ${b.label}`).toBe(true);
        expect(b.height, `${where} ${b.label}`).toBeGreaterThanOrEqual(0.7 * CM);
      }
      expect(await axeViolations(page), `${where} (print layout)`).toEqual([]);
      // On screen, the note instead of the blanks; then back to paper for the next handout.
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('.handout-write').isVisible(), `${where} write-in on screen`).toBe(false);
      expect(await page.locator('.handout-write-note').isVisible(), `${where} screen note`).toBe(true);
      await page.emulateMedia({ media: 'print' });
    }
    await page.context().close();
  }, 240_000);

  it("reads each handout's QR code, as the browser draws it, as the full article's absolute address", async () => {
    const context = await newContext(site.browser, { width: 1280 });
    const page = await context.newPage();
    const results: string[] = [];
    for (const h of handouts) {
      await page.goto(site.url + h.p.handout(h.id));
      const decoded = decodePng(await page.locator('.handout-more svg').screenshot());
      results.push(`  ${decoded === `${SITE}${h.p.article(h.data.article)}` ? 'ok ' : 'BAD'} ${decoded}`);
      expect(decoded, h.p.handout(h.id)).toBe(`${SITE}${h.p.article(h.data.article)}`);
    }
    console.log(['Handout QR codes decoded with jsQR:', ...results].join('\n'));
    await context.close();
  });

  it('has a Print button that prints, and without JavaScript a line that says how to print instead', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(site.url + paths.handout('what-is-iop'));
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    const button = page.getByRole('button', { name: 'Print this handout' });
    expect(await button.isVisible()).toBe(true);
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await page.getByText('use your browser’s Print command').isVisible()).toBe(false);
    await context.close();

    const noJs = await printLayout(paths.handout('what-is-iop'), false);
    await noJs.emulateMedia({ media: 'screen' });
    expect(await noJs.locator('iop-print button').isVisible()).toBe(false);
    expect(await noJs.getByText('use your browser’s Print command').isVisible()).toBe(true);
    await noJs.context().close();
  });
});

describe('a guide page’s checklist', () => {
  it('prints on its own once its "Print this list" link is followed, with the page address and crisis lines', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(site.url + paths.article('choosing-a-program'));
    await page.evaluate(() => (window.print = () => undefined));
    await page.getByRole('link', { name: 'Print this list' }).click();
    expect(new URL(page.url()).hash).toBe('#checklist-questions');
    expect(await page.locator('.checklist-hint').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('body').innerText();
    expect(printed).toContain('Are you licensed by the state?');
    expect(printed).toContain('/guide/choosing-a-program/');
    expect(printed).toContain('1-800-662-4357');
    expect(printed).not.toContain('Where to look for a program');
    expect(await page.locator('h1').isVisible()).toBe(false);
    const file = join(dir, 'checklist.pdf');
    await page.pdf({ path: file, format: 'Letter', printBackground: false });
    expect(pdfPages(file)).toBe(1);
    await context.close();
  });
});

describe('example weeks on paper', () => {
  it('print each chart whole, drawn in shapes, with "This week in words" and the sources open, even without JavaScript', async () => {
    const page = await printLayout(paths.article('iop-vs-php'), false);
    const figures = page.locator('.week-figure');
    expect(await figures.count()).toBeGreaterThan(1);
    for (const figure of await figures.all()) {
      expect(await figure.evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
      // Blocks are SVG shapes with an outline, so they print with backgrounds off.
      expect(
        await figure
          .locator('rect.week-block')
          .first()
          .evaluate((r) => getComputedStyle(r).stroke),
      ).not.toBe('none');
      expect(await figure.locator('details li').first().isVisible()).toBe(true);
    }
    const sources = page.locator('iop-compare details[data-print-open]').last();
    expect(await sources.locator('a').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await figures.first().locator('details li').first().isVisible()).toBe(false);
    await page.context().close();
  });
});
