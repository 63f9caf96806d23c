// The questions tool in Chromium, on the built site: ticking keeps the choice in the address (a reload and the
// Spanish page open the same choice), copying, the text message and the QR code carry that address, the page works
// without JavaScript, it prints on one page of US Letter and of A4 (pdfinfo) with only the chosen questions, and axe
// finds nothing in light and dark at 320 and 1280 px.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../../../tests/helpers/site';
import { newContext } from '../../../tests/helpers/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { decodePng } from '../../../tests/helpers/qr';
import { readQuestionList } from '../../model/questions';
import { questionIds } from '../../model/questions-schema';
import { sitePaths } from '../../lib/urls';

const site = useBuiltSite();
const EN = sitePaths.questionsTool();
const ES = `/es${EN}`;
const IDS = questionIds(readQuestionList('en'));
/** Question ids, the longest Spanish question first: the hardest lists to fit on one page at each type size. */
const LONGEST = readQuestionList('es')
  .groups.flatMap((g) => g.questions)
  .sort((a, b) => b.text.length - a.text.length)
  .map((q) => q.id);
/** The site's public address, as the build wrote it (links, texts and QR codes use it, never the test server's). */
const SITE = readFileSync('dist/robots.txt', 'utf8').match(/Sitemap: (https?:\/\/[^/]+)/)![1];
const dir = mkdtempSync(join(tmpdir(), 'questions-'));
/** CSS pixels in a printed millimetre (96 px to the inch). */
const MM = 96 / 25.4;

/** Open a path (with JavaScript, unless told) and wait for the tool to be ready: its count says what the address chose. */
async function open(path: string, opts: Parameters<typeof newContext>[1] = {}): Promise<Page> {
  const context = await newContext(site.browser, opts);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(site.url + path);
  if (opts.javaScriptEnabled !== false) await page.waitForFunction(() => customElements.get('iop-questions'));
  return page;
}
const checked = (page: Page) =>
  page.$$eval('iop-questions .qt-check', (boxes) =>
    (boxes as HTMLInputElement[]).filter((b) => b.checked).map((b) => b.value),
  );
const hash = (page: Page) => new URL(page.url()).hash;
const count = (page: Page) => page.locator('[data-count]').innerText();

describe('choosing questions', () => {
  it('ticks with the mouse and the keyboard, keeps the choice in the address in the list’s order, and a reload keeps it', async () => {
    const page = await open(EN, { width: 390, height: 844 });
    expect(await count(page)).toBe(`No questions chosen yet. All ${IDS.length} will print.`);
    await page.getByLabel('Do you offer or support buprenorphine').check();
    await page.getByText('How soon can I start?').click();
    expect(hash(page)).toBe('#q=wait,moud');
    // The keyboard: Tab onto a box, Space ticks it.
    await page.locator('.qt-check[value="hours"]').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => hash(page)).toBe('#q=wait,hours,moud');
    await page.waitForFunction(() => document.querySelector('[data-count]')!.textContent!.startsWith('3 of'));
    expect(await count(page)).toBe(`3 of ${IDS.length} questions chosen.`);
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('iop-questions .qt-check:checked').length === 3);
    expect(await checked(page)).toEqual(['wait', 'hours', 'moud']);
    // Tabbing down the list, each box comes into view clear of the sticky count bar and the crisis strip.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.qt-check[value="wait"]').focus();
    const hidden: string[] = [];
    for (let i = 1; i < IDS.length; i++) {
      await page.keyboard.press('Tab');
      const covered = await page.evaluate(() => {
        const box = document.activeElement as HTMLInputElement;
        const r = box.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return top === box || box.closest('label')!.contains(top) ? '' : box.value;
      });
      if (covered) hidden.push(covered);
    }
    expect(hidden).toEqual([]);
    await page.getByText('How soon can I start?').click();
    expect(hash(page)).toBe('#q=hours,moud');
    // Moving to the actions keeps the choice in the address.
    await page.getByRole('link', { name: 'Go to print and share' }).click();
    expect(hash(page)).toBe('#q=hours,moud');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('print-and-share');
    await page.getByRole('button', { name: 'Clear my choices' }).click();
    expect(hash(page)).toBe('');
    expect(await checked(page)).toEqual([]);
    expect(await page.locator('[data-message]').innerText()).toBe('Choices cleared. All questions will print.');
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.context().close();
  });

  it('opens a shared link with the same choice in Spanish, and the language switch keeps it', async () => {
    const page = await open(`${ES}#q=moud,wait,estimate`);
    await page.waitForFunction(() => document.querySelectorAll('iop-questions .qt-check:checked').length === 3);
    expect(await checked(page)).toEqual(['wait', 'moud', 'estimate']);
    expect(await count(page)).toBe(`3 de ${IDS.length} preguntas elegidas.`);
    expect(
      await page.locator('.qt-check[value="moud"]').evaluate((b) => b.closest('label')!.textContent!.trim()),
    ).toMatch(/buprenorfina/);
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL((url) => url.pathname === EN);
    expect(hash(page)).toBe('#q=moud,wait,estimate');
    await page.waitForFunction(() => document.querySelectorAll('iop-questions .qt-check:checked').length === 3);
    expect(await checked(page)).toEqual(['wait', 'moud', 'estimate']);
    await page.context().close();
  });

  it('leaves out unknown ids with a quiet note, and never breaks on a malformed address', async () => {
    const page = await open(`${EN}#q=wait,teleport,MOUD`);
    await page.waitForFunction(() => document.querySelector('[data-message]')!.textContent);
    expect(await checked(page)).toEqual(['wait', 'moud']);
    expect(await page.locator('[data-message]').innerText()).toBe(
      'This link named 1 question that is not on this list. It was left out.',
    );
    for (const bad of ['#q=%E0%A4%A', '#q=<img src=x onerror=alert(1)>', '#q', '#paying', '#q=,,,&&']) {
      await page.goto(`${site.url}${EN}${bad}`);
      await page.waitForFunction(() => customElements.get('iop-questions'));
      expect(await page.locator('h1').innerText(), bad).toBe('Questions to ask a program');
      expect(await checked(page), bad).toEqual([]);
    }
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.context().close();
  });
});

describe('sharing a list', () => {
  it('copies the link and the questions, with the Clipboard API and without it', async () => {
    const page = await open(`${EN}#q=hours,network`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('[data-message]').innerText()).toBe('Link copied.');
    expect(await clipboard()).toBe(`${SITE}${EN}#q=hours,network`);
    await page.getByRole('button', { name: 'Copy the questions' }).click();
    await expect.poll(() => page.locator('[data-message]').innerText()).toBe('Questions copied.');
    expect(await clipboard()).toBe(
      [
        'Questions to ask a program',
        '',
        '1. What days and times do groups meet? How many hours a week?',
        "2. Are you in my health plan's network?",
        '',
        `${SITE}${EN}#q=hours,network`,
      ].join('\n'),
    );
    // Without the Clipboard API (a page not served over HTTPS), the older copy command does it.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    });
    await page.getByText('Do you treat mental health and substance use together?').click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('[data-message]').innerText()).not.toBe('Questions copied.');
    expect(await page.locator('[data-message]').innerText()).toBe('Link copied.');
    // The keyboard's place is kept: focus is back on the button.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Copy link');
    await page.evaluate(() => delete (navigator as { clipboard?: Clipboard }).clipboard);
    expect(await clipboard()).toBe(`${SITE}${EN}#q=hours,both,network`);
    await page.context().close();
  });

  it('texts the link, and shows a QR code that reads back as the list’s address', async () => {
    const page = await open(`${EN}#q=wait,moud`, { width: 1280 });
    const url = `${SITE}${EN}#q=wait,moud`;
    const sms = await page.getByRole('link', { name: 'Text the link' }).getAttribute('href');
    expect(sms).toBe(`sms:?&body=${encodeURIComponent(`Questions to ask a program, from IOP Guide: ${url}`)}`);
    expect(await page.locator('.qt-actions [data-address]').innerText()).toBe(url);
    const show = page.getByRole('button', { name: 'Show QR code' });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    await show.click();
    expect(await page.getByRole('button', { name: 'Hide QR code' }).getAttribute('aria-expanded')).toBe('true');
    const qr = page.locator('#qt-qr svg');
    expect(await qr.getAttribute('aria-label')).toBe(`QR code that opens “Questions to ask a program”: ${url}`);
    expect(decodePng(await qr.screenshot())).toBe(url);
    // The code follows the choice.
    await page.getByText('How can my family take part?').click();
    expect(decodePng(await qr.screenshot())).toBe(`${SITE}${EN}#q=wait,moud,family`);
    // Share appears only where the browser has a share sheet (headless Chromium on Linux has none).
    const canShare = await page.evaluate(() => typeof navigator.share === 'function');
    expect(await page.getByRole('button', { name: 'Share' }).isVisible()).toBe(canShare);
    await page.context().close();
  });
});

describe('privacy and the security policy', () => {
  it('sends nothing anywhere while the tool is used, and breaks no rule of the site’s CSP', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    const violations: string[] = [];
    await page.exposeBinding('__csp', (_source, text: string) => violations.push(text));
    await page.addInitScript(() =>
      document.addEventListener(
        'securitypolicyviolation',
        (e) => (window as unknown as { __csp: (t: string) => void }).__csp(`${e.effectiveDirective} ${e.blockedURI}`),
        true,
      ),
    );
    await page.goto(`${site.url}${EN}#q=wait`);
    await page.waitForFunction(() => customElements.get('iop-questions'));
    await page.waitForLoadState('load');
    const requests: string[] = [];
    // The browser's own fetch of the tab's icon is not the page's doing.
    page.on('request', (r) => {
      if (!r.url().endsWith('/favicon.svg')) requests.push(`${r.method()} ${r.url()}`);
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.evaluate(() => (window.print = () => undefined));
    await page.getByText('Do you treat mental health and substance use together?').click();
    await page.getByRole('button', { name: 'Show QR code' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('button', { name: 'Copy the questions' }).click();
    await page.getByRole('button', { name: 'Print my list' }).click();
    await page.getByRole('button', { name: 'Clear my choices' }).click();
    await expect.poll(() => page.locator('[data-message]').innerText()).toContain('cleared');
    expect(requests).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('shows every question as a list to tick on paper, says how, and hides the controls', async () => {
    const page = await open(EN, { width: 390, javaScriptEnabled: false });
    expect(await page.locator('.qt-item').count()).toBe(IDS.length);
    for (const box of await page.locator('.qt-box').all()) expect(await box.isVisible()).toBe(true);
    expect(await page.locator('iop-questions .qt-check').first().isVisible()).toBe(false);
    expect(await page.getByText('To use this list on paper, print this page.').isVisible()).toBe(true);
    expect(await page.locator('.qt-actions').isVisible()).toBe(false);
    expect(await page.locator('.qt-bar').isVisible()).toBe(false);
    for (const q of await page.locator('.qt-text').all()) expect(await q.isVisible()).toBe(true);
    await page.context().close();
  });
});

/** Pages in a PDF, as pdfinfo (poppler-utils) counts them. */
function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
}

describe('printing', () => {
  const cases = [
    { name: 'none chosen', path: EN, printed: IDS.length },
    { name: 'three chosen', path: `${EN}#q=wait,moud,estimate`, printed: 3 },
    { name: 'every question chosen, in Spanish', path: `${ES}#q=${IDS.join(',')}`, printed: IDS.length },
    { name: 'eight chosen', path: `${EN}#q=${IDS.slice(0, 8).join(',')}`, printed: 8 },
    { name: 'the 16 longest, in Spanish', path: `${ES}#q=${LONGEST.slice(0, 16).join(',')}`, printed: 16 },
    { name: 'the 17 longest, in Spanish', path: `${ES}#q=${LONGEST.slice(0, 17).join(',')}`, printed: 17 },
    { name: 'no JavaScript, in Spanish', path: ES, printed: IDS.length, javaScriptEnabled: false },
  ];

  it('prints on one page of US Letter and one of A4, the chosen questions or all of them', async () => {
    const rows: string[] = [];
    for (const c of cases) {
      const page = await open(c.path, { javaScriptEnabled: c.javaScriptEnabled ?? true });
      if (c.javaScriptEnabled !== false && c.printed < IDS.length)
        await page.waitForFunction(
          (n) => document.querySelectorAll('iop-questions .qt-check:checked').length === n,
          c.printed,
        );
      for (const format of ['Letter', 'A4'] as const) {
        const file = join(dir, `${c.name.replace(/\W+/g, '-')}-${format}.pdf`);
        await page.pdf({ path: file, format, printBackground: false });
        const pages = pdfPages(file);
        rows.push(`  ${format.padEnd(6)} ${pages} page(s)  ${c.name}`);
        expect(pages, `${c.name} on ${format}`).toBe(1);
      }
      await page.emulateMedia({ media: 'print' });
      const visible = await page
        .locator('.qt-item')
        .evaluateAll((items) =>
          items.filter((i) => (i as HTMLElement).offsetParent !== null).map((i) => i.getAttribute('data-q')),
        );
      expect(visible, c.name).toHaveLength(c.printed);
      await page.context().close();
    }
    console.log(['Questions tool printed to PDF:', ...rows].join('\n'));
  }, 240_000);

  it('lays the sheet out on paper: no chrome, a box of at least 5 mm for each answer, the crisis lines, no overlap', async () => {
    for (const c of cases) {
      const page = await open(c.path, { width: 730, height: 1000, javaScriptEnabled: c.javaScriptEnabled ?? true });
      await page.emulateMedia({ media: 'print' });
      for (const sel of ['body > header', 'body > footer', '.crisis-strip', '.qt-actions', '.qt-bar', '.qt-lead'])
        expect(await page.locator(sel).first().isVisible(), `${c.name} ${sel}`).toBe(false);
      for (const sel of ['.qt-fill', '.qt-sheet-foot', '.qt-sheet-qr svg'])
        expect(await page.locator(sel).isVisible(), `${c.name} ${sel}`).toBe(true);
      expect(await page.locator('.qt-sheet-foot').innerText()).toContain('1-800-662-4357');
      const layout = await page.evaluate(() => {
        const rows = [...document.querySelectorAll<HTMLElement>('.qt-item')].filter((i) => i.offsetParent !== null);
        const foot = document.querySelector('.qt-sheet-foot')!.getBoundingClientRect();
        return {
          lowest: Math.max(...rows.map((r) => r.getBoundingClientRect().bottom)),
          foot: foot.top,
          smallest: Math.min(...rows.map((r) => r.querySelector('.qt-answer')!.getBoundingClientRect().height)),
          overlaps: rows.filter(
            (r, i) => i > 0 && r.getBoundingClientRect().top < rows[i - 1].getBoundingClientRect().bottom - 0.5,
          ).length,
        };
      });
      expect(layout.lowest, c.name).toBeLessThanOrEqual(layout.foot + 0.5);
      expect(layout.overlaps, c.name).toBe(0);
      expect(layout.smallest / MM, c.name).toBeGreaterThanOrEqual(5);
      await page.context().close();
    }
  }, 240_000);
});

describe('for every reader', () => {
  it('has no axe violations in light and dark at 320 and 1280 px, and fits a 320 px phone', async () => {
    for (const width of [320, 1280])
      for (const scheme of ['light', 'dark'] as const)
        for (const path of [`${EN}#q=wait,moud`, `${ES}#q=wait,moud`]) {
          const page = await open(path, { width, height: 900, scheme });
          await page.getByRole('button', { name: /QR/ }).click();
          await page.evaluate(() => window.scrollTo(0, 0));
          expect(await axeViolations(page), `${path} ${width} ${scheme}`).toEqual([]);
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth),
            `${path} ${width}`,
          ).toBeLessThanOrEqual(width);
          // Targets: each checkbox is at least 24 px square, each action at least 44 px tall.
          const small = await page.evaluate(() => [
            ...[...document.querySelectorAll('iop-questions .qt-check')]
              .map((b) => b.getBoundingClientRect())
              .filter((r) => r.width < 24 || r.height < 24),
            ...[...document.querySelectorAll('.qt-button')]
              .filter((b) => (b as HTMLElement).offsetParent !== null)
              .map((b) => b.getBoundingClientRect())
              .filter((r) => r.height < 44),
          ]);
          expect(small, `${path} ${width}`).toEqual([]);
          await page.context().close();
        }
  }, 240_000);
});
