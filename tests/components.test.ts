// Components rendered through Astro's Container API, without a full build.
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import CrisisLines from '../src/components/CrisisLines.astro';
import ReviewDates from '../src/components/ReviewDates.astro';
import Toc from '../src/components/Toc.astro';
import Breadcrumbs from '../src/components/Breadcrumbs.astro';
import SourcesList from '../src/components/SourcesList.astro';
import Questions from '../src/components/mdx/Questions.astro';
import Compare from '../src/components/mdx/Compare.astro';
import LevelsTable from '../src/components/mdx/LevelsTable.astro';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { levelSchema } from '../src/lib/levels-schema';

const container = await AstroContainer.create();

describe('components', () => {
  it('CrisisLines renders all three lines as links', async () => {
    const html = await container.renderToString(CrisisLines);
    expect(html).toContain('href="tel:988"');
    expect(html).toContain('href="tel:911"');
    expect(html).toContain('href="tel:+18006624357"');
  });
  it('ReviewDates shows both dates with machine-readable times', async () => {
    const html = await container.renderToString(ReviewDates, {
      props: { lastReviewed: new Date('2026-11-22'), nextReview: new Date('2027-11-22') },
    });
    expect(html).toContain('Page last reviewed: <time datetime="2026-11-22">November 22, 2026</time>');
    expect(html).toContain('Next review due: <time datetime="2027-11-22">November 22, 2027</time>');
  });
  it('Toc links every section and nests h3s; renders nothing without headings', async () => {
    const html = await container.renderToString(Toc, {
      props: { items: [{ depth: 2, slug: 'a', text: 'A', children: [{ depth: 3, slug: 'b', text: 'B' }] }] },
    });
    expect(html).toMatch(/<a href="#a">A<\/a>[\s\S]*<a href="#b">B<\/a>/);
    expect((await container.renderToString(Toc, { props: { items: [] } })).trim()).toBe('');
  });
  it('Breadcrumbs marks the current page', async () => {
    const html = await container.renderToString(Breadcrumbs, {
      props: { items: [{ href: '/', label: 'Home' }, { href: '/guide/x/', label: 'X' }] },
    });
    expect(html).toMatch(/aria-current="page"[^>]*>X</);
  });
  it('SourcesList prints each source with its URL for paper', async () => {
    const html = await container.renderToString(SourcesList, {
      props: { sources: [{ title: 'T', publisher: 'P', year: 2024, url: 'https://example.gov/a' }] },
    });
    expect(html).toContain('<a href="https://example.gov/a" rel="noopener">T</a>. P, 2024.');
    expect(html).toContain('print-only');
  });
  it('Questions renders a titled checklist around its slot', async () => {
    const html = await container.renderToString(Questions, { props: { title: 'Ask this' }, slots: { default: '<ul><li>Q?</li></ul>' } });
    expect(html).toMatch(/class="checklist[^"]*"[\s\S]*<h3>Ask this<\/h3>[\s\S]*<li>Q\?<\/li>/);
  });
  it('Compare renders a full table of the levels it is given, controls hidden until upgraded', async () => {
    const read = (f: string) => levelSchema.parse(parseYaml(readFileSync(f, 'utf8')));
    const good = read('tests/fixtures/content/levels/good.yaml');
    const levels = { outpatient: read('content/levels/outpatient.yaml'), iop: good, php: read('content/levels/php.yaml') };
    const html = await container.renderToString(Compare, { props: { levels, id: 'cmp', headingLevel: 2 } });
    expect(html).toMatch(/<iop-compare[^>]*data-known="outpatient,iop,php"/);
    expect(html).toContain('<caption id="cmp-caption"');
    expect(html).toMatch(/role="region" aria-labelledby="cmp-caption" tabindex="0"/);
    expect(html.match(/<th scope="col"[^>]*data-level=/g)).toHaveLength(3);
    expect(html.match(/<tr data-row=/g)!.length).toBeGreaterThan(15);
    expect(html).toMatch(/<th scope="row"[^>]*>Hours a week, adults<\/th>\s*<td data-level="outpatient"[^>]*>Fewer than 9<\/td>\s*<td data-level="iop"[^>]*>9 to 19<\/td>\s*<td data-level="php"[^>]*>20 or more<\/td>/);
    expect(html).toMatch(/<div[^>]*data-controls[^>]*hidden/);
    expect(html).toMatch(/<input type="checkbox" name="level" value="iop" checked/);
    expect(html).not.toMatch(/value="outpatient" checked/);
    expect(html).toContain('<h2 class="mt-6 text-lg font-bold" id="cmp-week">');
    expect(html).toContain('href="/get-help/"');
    expect(html).toContain('Open this comparison on its own page');
    const own = await container.renderToString(Compare, { props: { levels, standalone: true } });
    expect(own).not.toContain('Open this comparison on its own page');
  });
  it('LevelsTable shows the chosen rows of the comparison, numbers from the levels data', async () => {
    const read = (f: string) => levelSchema.parse(parseYaml(readFileSync(f, 'utf8')));
    const levels = { iop: read('tests/fixtures/content/levels/good.yaml'), php: read('content/levels/php.yaml') };
    const html = await container.renderToString(LevelsTable, { props: { levels, rows: ['hours-adults', 'sleep'] } });
    expect(html).toMatch(/<th scope="col">Hours a week, adults<\/th><th scope="col">Where you sleep<\/th>/);
    expect(html).toMatch(/<tr data-level="iop"><th scope="row">Intensive outpatient program \(IOP\)<\/th><td>9 to 19<\/td><td>At home<\/td><\/tr>/);
    expect(html).toMatch(/<td>20 or more<\/td>/);
  });
});
