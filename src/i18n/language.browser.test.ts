// The language plumbing in Chromium, under the shipped headers: an English-only page says so in Spanish when a reader
// arrives from a Spanish page (and only then), and the switcher keeps the reader's section.
import { describe, expect, it } from 'vitest';
import { newContext } from '../../tests/helpers/browser';
import { useBuiltSite } from '../../tests/helpers/site';

const site = useBuiltSite();

describe('moving between languages', () => {
  it('shows the Spanish note on an English-only page reached from a Spanish page, and not otherwise', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    // Every page for patients and families has its Spanish twin; the clinics' page, linked from the footer, has none.
    await page.goto(`${site.url}/es/guide/how-iop-works/`);
    const link = page.locator('footer a[hreflang="en"]').first();
    expect(await link.textContent()).toContain('(en inglés)');
    await link.click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname.startsWith('/es/')).toBe(false);
    const note = page.locator('[data-language-note]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain('solo en inglés');
    expect(await note.getAttribute('lang')).toBe('es');
    // Reached from an English page, or typed in, the same page shows no note.
    await page.goto(`${site.url}/guide/how-iop-works/`);
    await page.locator('main a[href="/guide/attending-iop/"]').first().click();
    await page.waitForLoadState();
    expect(await page.locator('[data-language-note]').isVisible()).toBe(false);
    await context.close();
  });

  it('switches language at the same section, both ways', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.url}/guide/paying-for-iop/#medicare`);
    await page.click('[data-lang-switch]');
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/es/guide/paying-for-iop/#medicare');
    await page.click('[data-lang-switch]');
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/guide/paying-for-iop/#medicare');
    await context.close();
  });
});
