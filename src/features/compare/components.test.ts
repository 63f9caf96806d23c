// The comparison's components rendered through Astro's Container API, with the fixture level and real ones.
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Compare from './Compare.astro';
import LevelsTable from './LevelsTable.astro';
import { readFile, readLevels } from '../../model/read';
import { levelSchema } from '../../model/levels-schema';

const container = await AstroContainer.create();
const good = readFile('tests/fixtures/content/levels/good.yaml', levelSchema).data;
const real = readLevels();

describe('comparison components', () => {
  it('Compare renders a full table and a card per row for the levels it is given', async () => {
    const levels = { outpatient: real.outpatient, iop: good, php: real.php };
    const html = await container.renderToString(Compare, { props: { levels, id: 'cmp', headingLevel: 2 } });
    expect(html).toMatch(/<iop-compare[^>]*data-known="outpatient,iop,php"/);
    expect(html).toContain('<caption id="cmp-caption"');
    expect(html).toMatch(/role="region" aria-labelledby="cmp-caption" tabindex="0"/);
    expect(html.match(/<th scope="col"[^>]*data-level=/g)).toHaveLength(3);
    expect(html.match(/<tr data-row=/g)!.length).toBeGreaterThan(15);
    expect(html).toMatch(
      /<th scope="row"[^>]*>Hours a week, adults<\/th>\s*<td data-level="outpatient"[^>]*>Fewer than 9<\/td>\s*<td data-level="iop"[^>]*>9 to 19<\/td>\s*<td data-level="php"[^>]*>20 or more<\/td>/,
    );
    // Controls: display:none without JavaScript, shown by the js: variant before first paint (no layout shift).
    expect(html).toMatch(/<div class="[^"]*\bhidden\b[^"]*\bjs:block\b[^"]*"[^>]*data-controls/);
    expect(html).toMatch(/<input type="checkbox" name="level" value="iop" checked/);
    expect(html).not.toMatch(/value="outpatient" checked/);
    expect(html).toMatch(/role="status" aria-live="polite" data-status[^>]*>\s*Comparing IOP and PHP\.\s*</);
    // The phone cards: every row, each with a labelled entry per level, in the same words as the table.
    expect(html.match(/<li data-row=/g)).toHaveLength(html.match(/<tr data-row=/g)!.length);
    expect(html).toMatch(
      /<li data-row="hours-adults"[^>]*>\s*<p[^>]*>Hours a week, adults<\/p>\s*<dl[^>]*>\s*<div data-level="outpatient" data-off[^>]*>\s*<dt[^>]*>Outpatient<\/dt>\s*<dd>\s*Fewer than 9\s*<\/dd>\s*<\/div>\s*<div data-level="iop" class[^>]*>\s*<dt[^>]*>IOP<\/dt>\s*<dd>\s*9 to 19\s*<\/dd>/,
    );
    // The default choice is rendered for readers with JavaScript; the other levels are marked to hide.
    expect(html).toMatch(/<iop-compare[^>]*data-count="2"/);
    expect(html).toMatch(/<th scope="col" data-level="outpatient" data-off/);
    expect(html).toMatch(/<th scope="col" data-level="iop" class=/);
    expect(html).toMatch(/<figure data-level="php" class=/);
    expect(html).toMatch(/<figure data-level="outpatient" data-off/);
    expect(html).toMatch(/<h2 [^>]*id="cmp-week"[^>]*>What a week can look like<\/h2>/);
    expect(html).toContain('href="/get-help/"');
    expect(html).toContain('Open this comparison on its own page');
    const own = await container.renderToString(Compare, { props: { levels, standalone: true } });
    expect(own).not.toContain('Open this comparison on its own page');
  });
  it('LevelsTable shows the chosen rows of the comparison, numbers from the levels data, each cell named for phones', async () => {
    const levels = { iop: good, php: real.php };
    const html = await container.renderToString(LevelsTable, { props: { levels, rows: ['hours-adults', 'sleep'] } });
    expect(html).toMatch(
      /<th scope="col" role="columnheader">Hours a week, adults<\/th><th scope="col" role="columnheader">Where you sleep<\/th>/,
    );
    expect(html).toMatch(
      /<tr data-level="iop" role="row"><th scope="row" role="rowheader">Intensive outpatient program \(IOP\)<\/th><td role="cell" data-label="Hours a week, adults">9 to 19<\/td><td role="cell" data-label="Where you sleep">At home<\/td><\/tr>/,
    );
    expect(html).toMatch(/<td role="cell" data-label="Hours a week, adults">20 or more<\/td>/);
  });
  it('LevelsTable takes the ids MDX writes in quotes, separated by spaces', async () => {
    const levels = { iop: good, php: real.php };
    const props = { levels, only: 'php', rows: 'hours-adults sleep' };
    const html = await container.renderToString(LevelsTable, { props });
    expect(html).toMatch(/<th scope="col"[^>]*>Hours a week, adults<\/th><th scope="col"[^>]*>Where you sleep<\/th>/);
    expect(html).toMatch(/<tr data-level="php"[ >]/);
    expect(html).not.toMatch(/<tr data-level="iop"[ >]/);
  });
});
