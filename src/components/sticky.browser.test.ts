// What sticks to the top of the screen, in Chromium: the crisis strip (one row, 911 in it, 44 px targets), a header
// of one steady height on every page, anchors (sections, FAQ answers, glossary terms, in both languages) that land
// below every sticky bar, keyboard focus never hidden under one when tabbing backwards (WCAG 2.4.11), and the
// comparison table's column headings in view on a wide screen.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../../tests/helpers/site';
import { newContext } from '../../tests/helpers/browser';
import { axeViolations } from '../../tests/helpers/axe';

const site = useBuiltSite();

const PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 800 };

/** Open a page and wait for the site's script to have run (or for the page to load, without JavaScript). */
async function open(path: string, viewport: { width: number; height: number }, javaScriptEnabled = true) {
  const context = await newContext(site.browser, { ...viewport, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(site.url + path);
  if (javaScriptEnabled) await page.waitForFunction(() => document.documentElement.classList.contains('js'));
  return { page, context };
}

/** Where an element sits against the bars stuck at the top of the screen (see coverOf). */
interface Cover {
  top: number;
  bottom: number;
  height: number;
  covered: number;
  covers: string[];
  inner: number;
  /** The element's tag and first words, to name it in a failure. */
  name: string;
  /** Is it the skip link (the first control on the page)? */
  isSkipLink: boolean;
}

/**
 * Where an element (or, with no selector, the focused one) sits against what sticks: its top and bottom, and the
 * lowest bottom of any sticky or fixed element now stuck at the top of the screen and painted over it (the element's
 * own bar is not counted, nor a bar the element is drawn above, such as the skip link). One round trip: the keyboard
 * test calls it after every key. Which elements are sticky or fixed is read once per document (it is the style sheet's
 * doing, and does not change as focus moves).
 */
function coverOf(page: Page, selector: string | null): Promise<Cover | null> {
  return page.evaluate((sel) => {
    const el = (sel ? document.querySelector(sel) : document.activeElement) as HTMLElement | null;
    if (!el) return null;
    const w = window as unknown as { __bars?: HTMLElement[] };
    w.__bars ??= [...document.querySelectorAll<HTMLElement>('body *')].filter((s) =>
      ['sticky', 'fixed'].includes(getComputedStyle(s).position),
    );
    const r = el.getBoundingClientRect();
    let covered = 0;
    const covers: string[] = [];
    for (const s of w.__bars) {
      const style = getComputedStyle(s);
      if (style.position !== 'sticky' && style.position !== 'fixed') continue;
      if (s.contains(el) || el.contains(s)) continue;
      const b = s.getBoundingClientRect();
      if (b.height === 0 || style.visibility === 'hidden') continue;
      // Stuck: at its sticking offset (top), not merely in the flow further down.
      const stuckAt = parseFloat(style.top);
      if (Number.isNaN(stuckAt) || Math.abs(b.top - stuckAt) > 1) continue;
      const left = Math.max(b.left, r.left);
      const right = Math.min(b.right, r.right);
      if (right <= left) continue;
      // Where the two overlap, is the bar on top?
      const y = Math.max(r.top, b.top) + 1;
      if (y < b.bottom) {
        const hit = document.elementFromPoint((left + right) / 2, y);
        if (hit && el.contains(hit)) continue;
      }
      if (b.bottom > covered) covered = b.bottom;
      covers.push(`${s.tagName.toLowerCase()}.${String(s.className).split(' ')[0]} ${Math.round(b.bottom)}`);
    }
    return {
      top: r.top,
      bottom: r.bottom,
      height: r.height,
      covered,
      covers,
      inner: innerHeight,
      name: `${el.tagName.toLowerCase()} "${el.innerText?.trim().slice(0, 30) ?? ''}"`,
      isSkipLink: el === document.querySelector('.skip-link'),
    };
  }, selector);
}

describe('the crisis strip and header', () => {
  it('keep one steady height on every page at 320 and 390 px, English and Spanish, the strip on one row', async () => {
    const pages = [
      '/', // a twin
      '/guide/attending-iop/', // no Spanish twin
      '/clinics/links/',
      '/glossary/',
      '/handouts/iop-vs-php/',
      '/no-such-page/', // the 404 page
      '/es/',
      '/es/guide/what-is-iop/',
      '/es/glossary/',
      '/es/faq/what-is-iop/',
    ];
    const rows: string[] = [];
    for (const width of [320, 390]) {
      const heights = new Map<string, number>();
      // One tab per width, taken from page to page.
      const context = await newContext(site.browser, { width, height: 640 });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(site.url + path);
        await page.waitForFunction(() => document.documentElement.classList.contains('js'));
        const m = await page.evaluate(() => {
          const strip = document.querySelector('.crisis-strip')!.getBoundingClientRect();
          const header = document.querySelector('body > header')!.getBoundingClientRect();
          const actions = [...document.querySelectorAll<HTMLElement>('.crisis-strip a')].map((a) => ({
            href: a.getAttribute('href'),
            h: a.getBoundingClientRect().height,
            top: a.getBoundingClientRect().top,
          }));
          const sw = document.querySelector<HTMLElement>('[data-lang-switch]')!.getBoundingClientRect();
          return {
            strip: strip.height,
            header: header.height,
            bottom: header.bottom,
            actions,
            langSwitch: sw.width > 0 && sw.bottom <= header.bottom,
            sideways: document.documentElement.scrollWidth - innerWidth,
          };
        });
        heights.set(path, m.bottom);
        // One row: 44 px tall, every link on the same line and at least 44 px tall, 911 among them.
        expect(m.strip, `${path} at ${width}: strip height`).toBe(44);
        expect(new Set(m.actions.map((a) => a.top)).size, `${path} at ${width}: strip rows`).toBe(1);
        for (const a of m.actions) expect(a.h, `${path} ${a.href}`).toBeGreaterThanOrEqual(44);
        expect(m.actions.map((a) => a.href)).toContain('tel:911');
        expect(m.langSwitch, `${path} at ${width}: language switch in the header`).toBe(true);
        expect(m.sideways, `${path} at ${width}: sideways scroll`).toBe(0);
      }
      await context.close();
      rows.push(`  ${width} px: ${[...new Set(heights.values())].join(', ')} px (strip and header)`);
      expect(new Set(heights.values()).size, [...heights].map(([p, h]) => `${p} ${h}`).join('\n')).toBe(1);
      // Compact: strip and header together take under a quarter of a 640 px screen.
      expect([...heights.values()][0]).toBeLessThanOrEqual(160);
    }
    console.log(['Crisis strip + header:', ...rows].join('\n'));
  }, 120_000);

  it('names the 911 link in full where the strip shows its number alone, and passes axe', async () => {
    for (const [path, name, width, shown] of [
      ['/', 'Call 911', 320, '911'],
      ['/', 'Call 911', 390, 'Call 911'],
      ['/es/', 'Llame al 911', 320, '911'],
      ['/es/', 'Llame al 911', 1280, 'Llame al 911'],
    ] as const) {
      const { page, context } = await open(path, { width, height: 640 });
      const link = page.locator('.crisis-strip a[href="tel:911"]');
      expect((await link.innerText()).replace(/\s+/g, ' ')).toBe(shown);
      expect(await link.getAttribute('aria-label')).toBe(name);
      expect(await axeViolations(page, 'body > header')).toEqual([]);
      expect(await axeViolations(page, '.crisis-strip')).toEqual([]);
      await context.close();
    }
  });

  it('keeps every crisis action at least 44 px tall on a wide screen too', async () => {
    for (const path of ['/', '/es/']) {
      const { page, context } = await open(path, DESKTOP);
      const heights = await page
        .locator('.crisis-strip a')
        .evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height));
      expect(heights.length).toBe(4);
      for (const h of heights) expect(h, path).toBeGreaterThanOrEqual(44);
      await context.close();
    }
  });
});

describe('anchors', () => {
  const anchors = [
    { path: '/guide/paying-for-iop/#medicare', target: '#medicare' },
    { path: '/es/guide/paying-for-iop/#private-insurance', target: '#private-insurance' },
    { path: '/glossary/#php', target: '#php' },
    { path: '/es/glossary/#php', target: '#php' },
    { path: '/glossary/#withdrawal-management', target: '#withdrawal-management' },
    { path: '/es/glossary/#letter-num', target: '#letter-num' },
    { path: '/compare/#compare-week', target: '#compare-week' },
    // An FAQ answer's old anchor: with JavaScript it goes on to the answer page, so without it.
    { path: '/faq/#what-is-iop', target: '#what-is-iop', noJs: true },
    { path: '/es/faq/#how-long-does-iop-last', target: '#how-long-does-iop-last', noJs: true },
    { path: '/glossary/#php', target: '#php', noJs: true },
  ];
  for (const viewport of [PHONE, DESKTOP])
    it.each(anchors)(`$path lands below every sticky bar at ${viewport.width} px (no JS: $noJs)`, async (a) => {
      const { page, context } = await open(a.path, viewport, !a.noJs);
      await page.waitForFunction((sel) => document.querySelector(sel)?.matches(':target'), a.target);
      const c = (await coverOf(page, a.target))!;
      expect(c.top, `${a.path}: covered by ${c.covers.join(', ')}`).toBeGreaterThanOrEqual(c.covered);
      // The target is on screen, and a term or heading is whole on it.
      expect(c.top).toBeLessThan(c.inner);
      if (c.height < 200) expect(c.bottom).toBeLessThanOrEqual(c.inner);
      await context.close();
    });
});

describe('keyboard focus', () => {
  it.each([
    ['/glossary/', DESKTOP],
    ['/es/glossary/', PHONE],
    ['/guide/how-iop-works/#what-a-week-might-look-like', PHONE],
    ['/compare/', DESKTOP],
  ] as const)(
    'is never hidden under a sticky bar when tabbing backwards through %s',
    async (path, viewport) => {
      const { page, context } = await open(path, viewport);
      // From the last control on the page, back up through all of them.
      await page.locator('footer a').last().focus();
      const total = await page.evaluate(
        () => document.querySelectorAll('a[href], button, input, select, textarea, [tabindex="0"]').length,
      );
      const hidden: string[] = [];
      let steps = 0;
      for (; steps < total; steps += 1) {
        await page.keyboard.press('Shift+Tab');
        const c = await coverOf(page, null);
        if (!c || c.height === 0) continue;
        // Whole below the bars; an element taller than the room below them (a scrolling region) shows a good part.
        const fits = c.height <= c.inner - c.covered;
        if (fits ? c.top < c.covered - 0.5 : c.bottom < c.covered + 48)
          hidden.push(`${c.name}: top ${Math.round(c.top)} under ${c.covers.join(', ')}`);
        if (c.isSkipLink) break;
      }
      expect(steps).toBeGreaterThan(20);
      expect(hidden).toEqual([]);
      await context.close();
    },
    120_000,
  );
});

describe('the comparison table on a wide screen', () => {
  it('keeps its column headings in view below the crisis strip while its rows scroll', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, context } = await open('/compare/', DESKTOP, javaScriptEnabled);
      const lastRow = page.locator('.compare-table tbody tr').last();
      await lastRow.scrollIntoViewIfNeeded();
      const { head, strip, row } = await page.evaluate(() => ({
        head: [...document.querySelectorAll('.compare-table thead th[data-level]')]
          .map((th) => th.getBoundingClientRect())
          .find((r) => r.width > 0)!,
        strip: document.querySelector('.crisis-strip')!.getBoundingClientRect(),
        row: document.querySelector('.compare-table tbody:last-of-type tr:last-child')!.getBoundingClientRect(),
      }));
      expect(Math.round(head.top), `JavaScript ${javaScriptEnabled}`).toBe(Math.round(strip.bottom));
      expect(row.top).toBeGreaterThan(head.bottom);
      await context.close();
    }
  });
});
