// The cost worksheet in Chromium: the boxes and the live estimate, the state in the address (a reload keeps it, bad
// values name their box), nothing sent anywhere, the paper worksheet without JavaScript, one printed page on Letter
// and A4 (counted by pdfinfo), axe in light and dark at 320 and 1280 px, and search finding the tool.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../../../tests/helpers/site';
import { newContext } from '../../../tests/helpers/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { matches, pageResults } from '../../../tests/helpers/search';
import { sitePaths } from '../../lib/urls';
import { formatDate } from '../../lib/dates';
import { readFacts } from '../../model/read';
import { estimate, type Estimate } from './cost';
import { explain } from './explain';
import { fromFragment, readState } from './state';
import { figuresForScript, siteFigures } from './site-figures';
import type { Lang } from './words';

const site = useBuiltSite();
const COST = sitePaths.costTool();
const COST_ES = `/es${COST}`;
const dir = mkdtempSync(join(tmpdir(), 'cost-tool-'));

/** States as a family might share them, one per kind of coverage, and the longest one. */
const STATES = {
  medicare: '#cover=medicare&days=3&weeks=8-12&price=200',
  medicaid: '#cover=medicaid&days=3&weeks=8',
  plan: '#cover=plan&days=3&weeks=8-12&price=250&ded=600&share=pct&pct=20&oop=2000',
  none: '#cover=none&days=3-5&weeks=6-12&price=150',
  longest: '#cover=plan&days=3-5&weeks=8-12&price=250-300&ded=600&share=copay&copay=40-60&oop=1500',
};

/**
 * The site's figures as the build read them from the facts registry (content/facts/) on its day, and the summary the
 * page should show for a state with them, from the same pure functions: Medicare's range follows the registry (the
 * arithmetic itself is held, with fixed numbers, by explain.test.ts), so a new year's deductible needs no edit here.
 */
const FIGURES = { en: siteFigures(readFacts(), new Date(), 'en'), es: siteFigures(readFacts(), new Date(), 'es') };
function summaryFor(hash: string, lang: Lang = 'en'): string {
  const { texts, numbers } = figuresForScript(FIGURES[lang], lang);
  const { inputs } = readState(fromFragment(hash)!, numbers);
  return explain(estimate(inputs, numbers) as Extract<Estimate, { ok: true }>, inputs, texts, lang).summary;
}
/** "checked December 4, 2026": when the registry says a figure was last checked. */
const checked = (f: keyof typeof FIGURES.en) => formatDate(FIGURES.en[f].checked);

/** The estimate line once the script has worked it out (never a fixed wait). */
const summary = (page: Page) => page.locator('[data-summary]');
async function settled(page: Page, text: string | RegExp) {
  await expect.poll(() => summary(page).innerText()).toMatch(text);
}

/** Pages in a PDF, as pdfinfo (poppler-utils) counts them. */
function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
}

describe('the cost worksheet with JavaScript', () => {
  it('works out a live estimate as the reader fills in the boxes, and keeps it in the address across a reload', async () => {
    const context = await newContext(site.browser, { width: 390, height: 844 });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.url)) outside.push(r.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.url + COST);
    await settled(page, 'Choose how you are covered to start.');
    // Only the coverage choice shows until one is made.
    expect(await page.locator('#cost-days').isVisible()).toBe(false);

    await page.getByLabel('A health plan from work or the Marketplace').check();
    await settled(
      page,
      /^To see an estimate, fill in: Days a week, Number of weeks, What you pay after the deductible/,
    );
    await page.locator('#cost-days').fill('3');
    await page.locator('#cost-weeks').fill('8');
    await page.locator('#cost-weeks-to').fill('12');
    await page.locator('#cost-price').fill('$250');
    await page.locator('#cost-ded').fill('600');
    await page.getByLabel('Coinsurance: a percent of each bill').check();
    await page.locator('#cost-pct').fill('20');
    await page.locator('#cost-oop').fill('2,000');
    await settled(page, '$1,680 to $2,000');
    expect(await page.locator('[data-summary]').getAttribute('role')).toBe('status');
    const steps = await page.locator('[data-ends]').innerText();
    expect(steps).toContain('3 days a week for 8 weeks is 24 days.');
    expect(steps).toContain('You reach it on day 31, so you pay $2,000.');
    expect(await page.locator('[data-numbers]').innerText()).toMatch(
      /Out-of-pocket maximum you have left\s+\$2,000\s+You/,
    );
    expect(new URL(page.url()).hash).toBe(STATES.plan);
    // Enter in a box does not submit the form (the numbers would go into a request).
    await page.locator('#cost-pct').press('Enter');
    expect(new URL(page.url()).search).toBe('');

    await page.reload();
    await settled(page, '$1,680 to $2,000');
    expect(await page.locator('#cost-weeks-to').inputValue()).toBe('12');
    expect(await page.locator('#cost-pct').isVisible()).toBe(true);
    expect(await page.locator('#cost-copay').isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Start over' }).click();
    await settled(page, 'Choose how you are covered to start.');
    expect(new URL(page.url()).hash).toBe('');
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens every kind of coverage from a shared address, with its range and the site’s dated figures', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    const expected: Record<string, string> = {
      medicare: summaryFor(STATES.medicare),
      medicaid: '$0, or more if your state charges a copay',
      plan: '$1,680 to $2,000',
      none: '$2,700 to $9,000',
    };
    for (const [cover, range] of Object.entries(expected)) {
      await page.goto(site.url + COST + STATES[cover as keyof typeof STATES]);
      await settled(page, range);
    }
    // Medicare's figures are the site's, with their date and source.
    await page.goto(site.url + COST + STATES.medicare);
    await settled(page, expected.medicare);
    const table = await page.locator('[data-numbers]').innerText();
    expect(table.replace(/\s+/g, ' ')).toContain(
      `Medicare Part B deductible ${FIGURES.en.deductible.text} This site: Federal Register; checked ${checked('deductible')}`,
    );
    expect(table.replace(/\s+/g, ' ')).toContain(
      `Medicare’s coinsurance ${FIGURES.en.coinsurance.text} This site: Medicare.gov; checked ${checked('coinsurance')}`,
    );
    // Only Medicare's questions and unknowns show for Medicare.
    expect(await page.getByText('Is this program in your network?').isVisible()).toBe(false);
    expect(await page.getByText('Do you accept Medicare?', { exact: false }).isVisible()).toBe(true);
    // A section link (not a state) leaves the page as it is.
    await page.goto(site.url + COST + STATES.medicare);
    await settled(page, expected.medicare);
    await page.evaluate(() => (location.hash = '#questions-to-ask'));
    await settled(page, expected.medicare);
    // A changed address (Back, or another shared link) is read again.
    await page.evaluate((h) => (location.hash = h), STATES.none);
    await settled(page, expected.none);
    await context.close();
  });

  it('names the box and the problem for bad values in the address, and never crashes', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}${COST}#cover=plan&days=9&weeks=abc&price=250&share=pct&pct=20`);
    await settled(page, 'Check these boxes.');
    expect(await page.locator('#cost-days-error').innerText()).toBe(
      'Days a week: “9” is more than 7. Check the number.',
    );
    expect(await page.locator('#cost-weeks-error').innerText()).toBe(
      'Number of weeks: “abc” is not a number. Use digits, like 250 or 12.50.',
    );
    expect(await page.locator('#cost-days').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#cost-days').evaluate((e) => getComputedStyle(e).borderTopColor)).toBe(
      await page.evaluate(() => {
        const probe = document.createElement('i');
        probe.style.color = 'var(--danger)';
        document.body.append(probe);
        return getComputedStyle(probe).color;
      }),
    );
    expect(await page.locator('#cost-days').getAttribute('aria-describedby')).toContain('cost-days-error');
    expect(await page.locator('#cost-weeks').inputValue()).toBe('abc');
    expect(await page.locator('[data-numbers]').isVisible()).toBe(false);
    // Fixing the box clears its message and shows the estimate.
    await page.locator('#cost-days').fill('3');
    await page.locator('#cost-weeks').fill('8');
    await settled(page, '$1,200 to $6,000');
    expect(await page.locator('#cost-days-error').isVisible()).toBe(false);
    expect(await page.locator('#cost-days').getAttribute('aria-invalid')).toBeNull();
    for (const hash of ['#cover=gold', '#cover=none&days=%E0%A4%A&weeks=1e999', '#=&&', '#cover=medicare&ded=9999999'])
      await page.goto(`${site.url}${COST}${hash}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('speaks Spanish on the Spanish page', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(site.url + COST_ES + STATES.medicare);
    await settled(page, summaryFor(STATES.medicare, 'es'));
    expect(await page.locator('[data-ends]').innerText()).toContain('3 días por semana durante 8 semanas son 24 días.');
    expect(await page.locator('[data-numbers]').innerText()).toContain(FIGURES.es.deductible.text);
    await context.close();
  });
});

describe('the cost worksheet without JavaScript', () => {
  it('is a paper worksheet: blanks and steps in words, the site’s dated figures, questions and unknowns', async () => {
    const context = await newContext(site.browser, { width: 390, height: 844, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + COST + STATES.plan);
    expect(await page.locator('[data-form]').isVisible()).toBe(false);
    expect(await page.locator('[data-result]').isVisible()).toBe(false);
    const sheet = page.locator('.cost-worksheet');
    expect(await sheet.isVisible()).toBe(true);
    expect(await sheet.locator('.cost-blank').count()).toBeGreaterThanOrEqual(15);
    expect(await sheet.innerText()).toContain(
      `Medicare’s Part B deductible: ${FIGURES.en.deductible.text} (Federal Register; checked ${checked('deductible')}).`,
    );
    expect(await page.locator('.cost-figures').innerText()).toContain(`Checked ${checked('coinsurance')}.`);
    expect(await page.getByText('Is this program in your network?').isVisible()).toBe(true);
    expect(await page.getByText('Do you take my Medicaid plan?').isVisible()).toBe(true);
    await context.close();
  });
});

describe('printing the cost worksheet', () => {
  it('prints on one page, Letter and A4, in both languages: the paper worksheet and every kind of estimate', async () => {
    const rows: string[] = [];
    const wrong: string[] = [];
    for (const [lang, path] of [
      ['en', COST],
      ['es', COST_ES],
    ] as const)
      for (const [name, hash] of [['no JavaScript', ''], ['empty', ''], ...Object.entries(STATES)]) {
        const context = await newContext(site.browser, { javaScriptEnabled: name !== 'no JavaScript' });
        const page = await context.newPage();
        await page.goto(site.url + path + hash);
        if (name !== 'no JavaScript') await expect.poll(() => summary(page).innerText()).not.toBe('');
        for (const format of ['Letter', 'A4'] as const) {
          const file = join(dir, `${lang}-${name}-${format}.pdf`.replace(/ /g, '-'));
          await page.pdf({ path: file, format, printBackground: false });
          const pages = pdfPages(file);
          rows.push(`  ${lang} ${format.padEnd(6)} ${pages} page(s)  ${name}`);
          if (pages !== 1) wrong.push(`${path}${hash} (${name}) on ${format}: ${pages} pages`);
        }
        await context.close();
      }
    console.log(['Cost worksheet printed to PDF:', ...rows].join('\n'));
    expect(wrong).toEqual([]);
  }, 240_000);

  it('prints the estimate (not the boxes) with the address that holds it, the crisis lines and the review date', async () => {
    const context = await newContext(site.browser, { width: 720, height: 1000 });
    const page = await context.newPage();
    await page.goto(site.url + COST + STATES.plan);
    await settled(page, '$1,680 to $2,000');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-form]').isVisible()).toBe(false);
    expect(await page.locator('.cost-worksheet').isVisible()).toBe(false);
    expect(await page.locator('[data-ends]').isVisible()).toBe(true);
    expect(await page.locator('[data-print-address]').innerText()).toBe(
      `Your numbers are saved in this address: ${site.url}${COST}${STATES.plan}`,
    );
    expect(await page.locator('body > footer').innerText()).toContain('1-800-662-4357');
    expect(await page.locator('.review-dates').isVisible()).toBe(true);
    // Before there is an estimate, the paper worksheet prints instead.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Start over' }).click();
    await settled(page, 'Choose how you are covered to start.');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.cost-worksheet').isVisible()).toBe(true);
    expect(await page.locator('[data-result]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('accessibility', () => {
  // Each state in two views that between them take in both widths and both colour schemes (the page in its first
  // state is in every view in tests/helpers/view-pass.ts).
  for (const [width, scheme] of [
    [320, 'light'],
    [1280, 'dark'],
  ] as const)
    it(`has no axe violations with an estimate, an error and without JavaScript (${width}px, ${scheme})`, async () => {
      const problems: string[] = [];
      const withJs = await newContext(site.browser, { width, height: 900, scheme });
      const withoutJs = await newContext(site.browser, { width, height: 900, scheme });
      // axe itself needs JavaScript (in a page without it, its run never ends), so the page without JavaScript is
      // shown by refusing the site's scripts and taking away the flag its inline script sets.
      await withoutJs.route(/\.js(\?|$)/, (route) => route.abort());
      const pages = { js: await withJs.newPage(), noJs: await withoutJs.newPage() };
      for (const [label, path, js] of [
        ['estimate', COST + STATES.plan, true],
        ['medicare (es)', COST_ES + STATES.medicare, true],
        ['error', `${COST}#cover=none&days=9&weeks=8&price=100`, true],
        ['no JavaScript', COST, false],
        ['no JavaScript (es)', COST_ES, false],
      ] as const) {
        const page = js ? pages.js : pages.noJs;
        // A fresh document each time: going to an address that differs only after # would not reload the page.
        await page.goto('about:blank');
        await page.goto(site.url + path);
        if (js) await expect.poll(() => summary(page).innerText()).not.toBe('');
        else {
          await page.evaluate(() => document.documentElement.classList.remove('js'));
          expect(await page.locator('.cost-worksheet').isVisible(), label).toBe(true);
          expect(await page.locator('[data-form]').isVisible(), label).toBe(false);
        }
        problems.push(...(await axeViolations(page)).map((v) => `${label}: ${v}`));
        // Nothing is wider than the screen.
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (wide > 0) problems.push(`${label}: the page is ${wide}px wider than the screen`);
      }
      await withJs.close();
      await withoutJs.close();
      expect(problems).toEqual([]);
    }, 240_000);

  it('gives every box a label, a 24 px or larger target and a decimal keypad', async () => {
    const context = await newContext(site.browser, { width: 320, height: 700 });
    const page = await context.newPage();
    await page.goto(site.url + COST + STATES.plan);
    await settled(page, '$1,680 to $2,000');
    const boxes = await page.$$eval('iop-cost input', (inputs) =>
      inputs
        .filter((i) => (i as HTMLInputElement).offsetParent !== null)
        .map((i) => {
          const input = i as HTMLInputElement;
          const r =
            input.type === 'radio' ? input.closest('label')!.getBoundingClientRect() : input.getBoundingClientRect();
          return {
            id: input.id || input.value,
            labelled: input.labels!.length > 0,
            height: r.height,
            width: r.width,
            mode: input.type === 'radio' ? 'decimal' : input.inputMode,
          };
        }),
    );
    expect(boxes.length).toBeGreaterThan(10);
    expect(boxes.filter((b) => !b.labelled || b.height < 24 || b.width < 24 || b.mode !== 'decimal')).toEqual([]);
    await context.close();
  });
});

describe('search', () => {
  it('finds the worksheet in the top 3 for the ways people ask, in English and Spanish', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    const misses: string[] = [];
    for (const [search, queries, target] of [
      ['/search/', ['how much will iop cost me', 'iop cost calculator', 'cost calculator'], COST],
      ['/es/search/', ['cuánto voy a pagar', 'cuanto voy a pagar', 'calculadora de costo'], COST_ES],
    ] as const) {
      await page.goto(site.url + search);
      for (const q of queries) {
        const { results } = await pageResults(page, q);
        const top = results.slice(0, 3);
        if (!top.some((links) => links.some((href) => matches(href, target))))
          misses.push(`"${q}": ${top.map((l) => l[0]).join(', ') || 'nothing'}`);
      }
    }
    await context.close();
    expect(misses).toEqual([]);
  });
});
