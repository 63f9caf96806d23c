// An older link to /faq/#<id> goes on to that answer's page; any other fragment (a shared link can hold anything,
// "#%E0%A4%A" included) leaves the reader on the FAQ list with no script error.
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './helpers/site';
import { newContext } from './helpers/browser';

const site = useBuiltSite();

describe('the FAQ list and its old #<id> links', () => {
  it('goes on from /faq/#<id> to the answer page', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.url}/faq/#virtual-iop`);
    await page.waitForURL(`${site.url}/faq/virtual-iop/`);
    expect(await page.locator('h1').textContent()).toMatch(/\S/);
    await context.close();
  });
  it.each(['#%E0%A4%A', '#100%', '#no-such-answer', '#'])('stays on the list, with no error, for %s', async (hash) => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The page's module script has run when the load event fires.
    await page.goto(`${site.url}/faq/${hash}`, { waitUntil: 'load' });
    expect(errors).toEqual([]);
    expect(new URL(page.url()).pathname).toBe('/faq/');
    await context.close();
  });
});
