// The overdose steps print on their own (<PrintSteps>): following "Print these steps" makes the sheet the page's
// target, and on paper only the sheet (steps, pictures, lines to fill in), the page's address and the crisis lines are
// left; without JavaScript the hint says to use the browser's Print command.
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../../../tests/helpers/site';
import { newContext } from '../../../tests/helpers/browser';
import { paths } from '../../lib/urls';

const site = useBuiltSite();

describe('the overdose steps on paper', () => {
  it('print alone once "Print these steps" is followed, even without JavaScript', async () => {
    const context = await newContext(site.browser, { width: 720, height: 1000, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + paths.article('overdose'));
    await page.getByRole('link', { name: 'Print these steps' }).click();
    expect(new URL(page.url()).hash).toBe('#print-steps');
    expect(await page.getByText('Only these steps and pictures will print now.').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('body').innerText();
    expect(printed).toContain('If someone may be overdosing: what to do');
    // The key reassurance is on the sheet, right under its title; the screen's line about printing is not.
    expect(printed).toMatch(
      /If someone may be overdosing: what to do\n+It is safe to give naloxone even if you are not sure it is an overdose\./,
    );
    expect(printed).not.toContain('Print these steps and pictures');
    expect(printed).toContain('Put these pages where others can see them');
    expect(printed).toContain('Date on the naloxone box');
    expect(printed).toContain('The pictures below show steps 2 to 6 above, with the same numbers.');
    expect(printed).toContain('Tell the 911 team what you know.');
    expect(printed).toContain('Our address, to tell 911:');
    expect(printed).toContain('/guide/overdose/');
    expect(printed).toContain('1-800-662-4357');
    expect(printed).not.toContain('Ways to lower the risk');
    expect(await page.locator('h1').isVisible()).toBe(false);
    expect(await page.locator('#print-steps figure').isVisible()).toBe(true);
    await context.close();
  });
});
