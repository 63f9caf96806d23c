// The help box on the built site, on a 320 x 640 phone, in both languages: for a medical emergency "Call 911 now" is
// the first thing under the search field and fully in view with the keyboard up (the visual viewport above a phone
// keyboard is about 320 x 300); for suicide, 988 (call, then text) comes first; a query in the other language gets
// its own language's box first.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext } from '../../../tests/helpers/browser';
import { useBuiltSite } from '../../../tests/helpers/site';
import { axeViolations } from '../../../tests/helpers/axe';
import { DIALOG_PANEL, PAGE_PANEL, openDialog, searchFor } from '../../../tests/helpers/search';

const site = useBuiltSite();
/** What shows above a phone's keyboard. */
const KEYBOARD_UP = 300;

async function phone(path: string, height = 640, scheme: 'light' | 'dark' = 'light') {
  const context = await newContext(site.browser, { width: 320, height, scheme });
  const page = await context.newPage();
  await page.goto(site.url + path);
  return { page, context };
}

/** The box's links in order (href and text), its kind and language, and where its first link and the field sit. */
function boxState(page: Page, panel: string) {
  return page.evaluate((sel) => {
    const box = document.querySelector<HTMLElement>(`${sel} [data-search-crisis]`)!;
    const input = document.querySelector<HTMLElement>(`${sel} [data-search-input]`)!;
    const links = [...box.querySelectorAll('a')];
    const first = links[0]?.getBoundingClientRect();
    // Nothing sits between the field and the box: the box is the field's next element.
    return {
      shown: !box.hidden,
      kind: box.dataset.kind,
      lang: box.dataset.lang,
      links: links.map((a) => ({ href: a.getAttribute('href'), text: a.textContent!.replace(/\u00a0/g, ' ') })),
      right: input.nextElementSibling === box,
      first: first && { top: first.top, bottom: first.bottom, left: first.left, right: first.right },
      fieldBottom: input.getBoundingClientRect().bottom,
    };
  }, panel);
}

const inView = (r: { top: number; bottom: number; left: number; right: number }, height: number) =>
  r.top >= 0 && r.left >= 0 && r.right <= 320 && r.bottom <= height;

describe('a medical emergency: Call 911 now first, in view with the keyboard up', () => {
  const cases = [
    ['/guide/what-is-iop/', "my son isn't breathing", 'Call 911 now', 'en'],
    ['/es/', 'tomó muchas pastillas y no despierta', 'Llame al 911 ahora', 'es'],
    ['/es/', 'se desmayó y no responde', 'Llame al 911 ahora', 'es'],
    ['/guide/what-is-iop/', 'mi hijo no respira', 'Llame al 911 ahora', 'es'],
  ] as const;
  for (const [path, q, label, lang] of cases) {
    it(`${path}, "${q}"`, async () => {
      for (const height of [640, KEYBOARD_UP]) {
        const { page, context } = await phone(path, height);
        await openDialog(page);
        await searchFor(page, q);
        const s = await boxState(page, DIALOG_PANEL);
        expect(s.shown).toBe(true);
        expect([s.kind, s.lang]).toEqual(['emergency', lang]);
        expect(s.links[0]).toEqual({ href: 'tel:911', text: label });
        expect(s.right).toBe(true);
        expect(s.first!.top - s.fieldBottom).toBeLessThan(24);
        // In the top 300 px of the 640 px screen (the keyboard covers the rest), and in a 300 px viewport.
        expect(inView(s.first!, KEYBOARD_UP), JSON.stringify(s.first)).toBe(true);
        // Then what to do while waiting, Poison Help, and 988.
        const hrefs = s.links.map((l) => l.href);
        expect(hrefs.indexOf('tel:+18002221222')).toBeGreaterThan(0);
        expect(hrefs.indexOf('tel:988')).toBeGreaterThan(hrefs.indexOf('tel:+18002221222'));
        const text = await page.locator(`${DIALOG_PANEL} [data-search-crisis]`).innerText();
        expect(text).toMatch(lang === 'en' ? /naloxone/ : /naloxona/);
        // Keyboard: Tab from the field goes straight to the call.
        await page.locator(`${DIALOG_PANEL} [data-search-input]`).focus();
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('tel:911');
        await context.close();
      }
    });
  }

  it('on /search/ too, in English and Spanish', async () => {
    for (const [path, q] of [
      ['/search/', 'my friend overdosed'],
      ['/es/search/', 'mi hijo no respira'],
    ] as const) {
      const { page, context } = await phone(path, KEYBOARD_UP);
      await page.waitForFunction(() => document.documentElement.classList.contains('js'));
      await page.locator(`${PAGE_PANEL} [data-search-input]`).focus();
      await searchFor(page, q, PAGE_PANEL);
      const s = await boxState(page, PAGE_PANEL);
      expect(s.links[0].href, path).toBe('tel:911');
      expect(inView(s.first!, KEYBOARD_UP), `${path}: ${JSON.stringify(s.first)}`).toBe(true);
      await context.close();
    }
  });

  it('a Spanish query on an English page shows the Spanish box first, then the English one (and the reverse)', async () => {
    const { page, context } = await phone('/guide/what-is-iop/');
    await openDialog(page);
    await searchFor(page, 'mi hija tomó muchas pastillas');
    let s = await boxState(page, DIALOG_PANEL);
    const texts = s.links.map((l) => l.text);
    expect(texts.indexOf('Llame al 911 ahora')).toBe(0);
    expect(texts.indexOf('Call 911 now')).toBeGreaterThan(texts.indexOf('Llame al 1-800-222-1222'));
    expect(await page.locator(`${DIALOG_PANEL} [data-search-crisis] [lang="es"]`).count()).toBe(1);
    await context.close();
    const es = await phone('/es/');
    await openDialog(es.page);
    await searchFor(es.page, 'my son is not breathing');
    s = await boxState(es.page, DIALOG_PANEL);
    expect(s.links.map((l) => l.text).slice(0, 1)).toEqual(['Call 911 now']);
    expect(s.links.map((l) => l.text)).toContain('Llame al 911 ahora');
    await es.context.close();
  });

  it('has no axe violations, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, context } = await phone('/es/', 640, scheme);
      await openDialog(page);
      await searchFor(page, 'my son is not breathing');
      expect(await axeViolations(page, `${DIALOG_PANEL} [data-search-crisis]`)).toEqual([]);
      await context.close();
    }
  });
});

describe('suicide and self-harm: 988 first, call then text; 911 after it', () => {
  for (const [path, q, call, text] of [
    ['/guide/what-is-iop/', 'i cant do this anymore', 'Call 988', 'Text 988'],
    ['/guide/what-is-iop/', 'whats the point of living', 'Call 988', 'Text 988'],
    ['/es/', 'ya no puedo más', 'Llame al 988 y oprima 2', 'Envíe AYUDA al 988'],
  ] as const) {
    it(`${path}, "${q}"`, async () => {
      const { page, context } = await phone(path, KEYBOARD_UP);
      await openDialog(page);
      await searchFor(page, q);
      const s = await boxState(page, DIALOG_PANEL);
      expect(s.kind).toBe('suicide');
      expect(s.links.slice(0, 2).map((l) => l.text)).toEqual([call, text]);
      expect(s.links[0].href).toBe('tel:988');
      expect(s.links[1].href).toMatch(/^sms:988/);
      expect(s.links.findIndex((l) => l.href === 'tel:911')).toBeGreaterThan(1);
      expect(inView(s.first!, KEYBOARD_UP), JSON.stringify(s.first)).toBe(true);
      await context.close();
    });
  }
});

describe('violence toward others: 911 first, then 988', () => {
  it('"quiero hacerle daño a alguien" and "i want to kill someone"', async () => {
    for (const [path, q] of [
      ['/es/', 'quiero hacerle daño a alguien'],
      ['/guide/what-is-iop/', 'i want to kill someone'],
    ] as const) {
      const { page, context } = await phone(path);
      await openDialog(page);
      await searchFor(page, q);
      const s = await boxState(page, DIALOG_PANEL);
      expect(s.kind).toBe('violence');
      expect(s.links[0].href).toBe('tel:911');
      expect(s.links.some((l) => l.href === 'tel:988')).toBe(true);
      await context.close();
    }
  });
});
