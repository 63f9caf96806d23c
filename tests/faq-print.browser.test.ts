// Every FAQ answer page prints on one sheet of US Letter and of A4, as the clinics page promises, with its sources,
// review date and the crisis lines, and no dead screen words (the language switch, the menu) on the paper. Every
// answer page, in both languages, is laid out for print and measured; the tallest ones in each language (so the
// longest answers, with the most sources) are printed to PDF and their pages counted with poppler's pdfinfo.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBuiltSite } from './helpers/site';
import { newContext } from './helpers/browser';

const site = useBuiltSite();
const dir = mkdtempSync(join(tmpdir(), 'faq-print-'));
/**
 * CSS pixels in a millimetre, and the page margin printed with: 12 mm, a little more than the browsers' default
 * margins (Chromium's "Default" is 0.4 in, about 10 mm), so a page that fits here fits a reader's printer.
 */
const MM = 96 / 25.4;
const MARGIN = 12 * MM;
const PDF_MARGIN = { top: '12mm', right: '12mm', bottom: '12mm', left: '12mm' };
const SHEETS = {
  Letter: { width: 8.5 * 96, height: 11 * 96 },
  A4: { width: 210 * MM, height: 297 * MM },
} as const;

/** Every FAQ answer page in dist/: /faq/<id>/ and /es/faq/<id>/. */
function answerPages(): string[] {
  return ['/faq/', '/es/faq/'].flatMap((root) =>
    readdirSync(`dist${root}`, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `${root}${d.name}/`),
  );
}

function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
}

describe('FAQ answer pages on paper', () => {
  it('each fits one sheet of Letter and of A4, crisis lines included, with no dead screen words', async () => {
    const pages = answerPages();
    expect(pages.length).toBeGreaterThan(60);
    const heights: Record<keyof typeof SHEETS, { path: string; height: number }[]> = { Letter: [], A4: [] };
    // Each page is loaded once and laid out at each sheet's printable width in turn (a resize lays it out again).
    const formats = Object.keys(SHEETS) as (keyof typeof SHEETS)[];
    const width = (f: keyof typeof SHEETS) => Math.floor(SHEETS[f].width - 2 * MARGIN);
    const context = await newContext(site.browser, { width: width(formats[0]), height: 600 });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const path of pages) {
      await page.goto(site.url + path);
      for (const format of formats) {
        await page.setViewportSize({ width: width(format), height: 600 });
        heights[format].push({ path, height: await page.evaluate(() => document.documentElement.scrollHeight) });
      }
    }
    await context.close();
    // Laid out for print, every page is shorter than one sheet's printable height.
    const room = (f: keyof typeof SHEETS) => SHEETS[f].height - 2 * MARGIN;
    const tall = (Object.keys(SHEETS) as (keyof typeof SHEETS)[]).flatMap((f) =>
      heights[f].filter((h) => h.height > room(f)).map((h) => `${h.path} on ${f}: ${h.height} px, room ${room(f)}`),
    );
    expect(tall).toEqual([]);

    // The tallest four in each language are printed, as a reader's browser prints (backgrounds off).
    const tallest = ['/faq/', '/es/faq/'].flatMap((root) =>
      heights.Letter.filter((h) => h.path.startsWith(root))
        .sort((a, b) => b.height - a.height)
        .slice(0, 4),
    );
    const printing = await newContext(site.browser);
    const sheet = await printing.newPage();
    const rows: string[] = [];
    const wrong: string[] = [];
    for (const { path, height } of tallest) {
      await sheet.goto(site.url + path);
      for (const format of formats) {
        const file = join(dir, `${path.replace(/\W+/g, '-')}${format}.pdf`);
        await sheet.pdf({ path: file, format, printBackground: false, margin: PDF_MARGIN });
        const n = pdfPages(file);
        rows.push(`  ${format.padEnd(6)} ${n} page(s)  ${path} (${height} px of ${Math.round(room('Letter'))})`);
        if (n !== 1) wrong.push(`${path} on ${format}: ${n} pages`);
        const text = execFileSync('pdftotext', [file, '-']).toString();
        for (const dead of ['Leer en español', 'Read in English', 'Dark mode', 'Modo oscuro', 'Skip to main'])
          if (text.includes(dead)) wrong.push(`${path} on ${format}: "${dead}" on paper`);
        for (const needed of ['988', '911', '1-800-662-4357'])
          if (!text.includes(needed)) wrong.push(`${path} on ${format}: no ${needed} on paper`);
      }
    }
    console.log(['The tallest FAQ answer pages, printed to PDF:', ...rows].join('\n'));
    await printing.close();
    expect(wrong).toEqual([]);
  }, 300_000);
});
