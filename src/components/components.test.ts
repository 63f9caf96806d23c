// Site chrome and MDX components rendered through Astro's Container API, without a full build.
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import CrisisLines from './CrisisLines.astro';
import ReviewDates from './ReviewDates.astro';
import ReviewDue from './ReviewDue.astro';
import Toc from './Toc.astro';
import Breadcrumbs from './Breadcrumbs.astro';
import SourcesList from './SourcesList.astro';
import Questions from './mdx/Questions.astro';

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
  it('ReviewDue tells readers when a page is past its review date, and says nothing before', async () => {
    const props = { lastReviewed: new Date('2025-11-01'), nextReview: new Date('2026-11-01') };
    const late = await container.renderToString(ReviewDue, { props: { ...props, today: new Date('2026-11-29') } });
    expect(late).toContain('This page is due for review. We last checked its facts on November 1, 2025');
    const current = await container.renderToString(ReviewDue, { props: { ...props, today: new Date('2026-10-01') } });
    expect(current.trim()).toBe('');
  });
  it('Toc links every section and nests h3s; renders nothing without headings', async () => {
    const html = await container.renderToString(Toc, {
      props: { items: [{ depth: 2, slug: 'a', text: 'A', children: [{ depth: 3, slug: 'b', text: 'B' }] }] },
    });
    expect(html).toMatch(/<a href="#a">A<\/a>[\s\S]*<a href="#b">B<\/a>/);
    expect((await container.renderToString(Toc, { props: { items: [] } })).trim()).toBe('');
  });
  it('Breadcrumbs links every page above this one, in order, without marking a current page', async () => {
    const html = await container.renderToString(Breadcrumbs, {
      props: {
        items: [
          { href: '/', label: 'Home' },
          { href: '/guide/', label: 'The guide' },
        ],
      },
    });
    expect(html).toMatch(
      /<a href="\/"[^>]*>\s*Home\s*<\/a>[\s\S]*›[\s\S]*<a href="\/guide\/"[^>]*>\s*The guide\s*<\/a>/,
    );
    expect(html).not.toContain('aria-current');
  });
  it('SourcesList prints each source with its address for paper, as typed (without https://)', async () => {
    const html = await container.renderToString(SourcesList, {
      props: { sources: [{ title: 'T', publisher: 'P', year: 2024, url: 'https://www.example.gov/a' }] },
    });
    expect(html).toContain('<a href="https://www.example.gov/a" rel="noopener">T</a>. P, 2024.');
    expect(html).toMatch(/class="print-only[^"]*"[^>]*>example\.gov\/a</);
  });
  it('Questions renders a titled checklist around its slot', async () => {
    const html = await container.renderToString(Questions, {
      props: { title: 'Ask this' },
      slots: { default: '<ul><li>Q?</li></ul>' },
    });
    expect(html).toMatch(/class="checklist[^"]*"[\s\S]*<h3>Ask this<\/h3>[\s\S]*<li>Q\?<\/li>/);
  });
});
