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
  it('Compare renders a full table of the levels it is given, controls hidden until upgraded', async () => {
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
    expect(html).toMatch(/<div[^>]*data-controls[^>]*hidden/);
    expect(html).toMatch(/<input type="checkbox" name="level" value="iop" checked/);
    expect(html).not.toMatch(/value="outpatient" checked/);
    expect(html).toMatch(/<h2 [^>]*id="cmp-week"[^>]*>What a week can look like<\/h2>/);
    expect(html).toContain('href="/get-help/"');
    expect(html).toContain('Open this comparison on its own page');
    const own = await container.renderToString(Compare, { props: { levels, standalone: true } });
    expect(own).not.toContain('Open this comparison on its own page');
  });
  it('LevelsTable shows the chosen rows of the comparison, numbers from the levels data', async () => {
    const levels = { iop: good, php: real.php };
    const html = await container.renderToString(LevelsTable, { props: { levels, rows: ['hours-adults', 'sleep'] } });
    expect(html).toMatch(/<th scope="col">Hours a week, adults<\/th><th scope="col">Where you sleep<\/th>/);
    expect(html).toMatch(
      /<tr data-level="iop"><th scope="row">Intensive outpatient program \(IOP\)<\/th><td>9 to 19<\/td><td>At home<\/td><\/tr>/,
    );
    expect(html).toMatch(/<td>20 or more<\/td>/);
  });
});
