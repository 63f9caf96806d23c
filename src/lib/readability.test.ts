import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { gradeOf, proseFromHtml, proseFromMdx } from './readability';

describe('readability', () => {
  it('keeps prose and drops headings, tables, imports and tags', () => {
    const prose = proseFromMdx(
      'import X from "y"\n\n## Heading\n\nSome [linked](/a/) **text** here.\n\n| a | b |\n|---|---|\n\n<GetHelp />\n\n- a list item',
    );
    expect(prose).toBe('Some linked text here.\na list item.');
  });
  it('scores simple text lower than complex text', () => {
    const easy = gradeOf('You go to group. You go home at night. It helps you.');
    const hard = gradeOf(
      'Comprehensive multidisciplinary interventions necessitate individualized therapeutic considerations throughout extended participation.',
    );
    expect(easy.grade).toBeLessThan(4);
    expect(hard.grade).toBeGreaterThan(14);
    expect(easy.sentences).toBe(3);
  });
  it('counts a number from the levels data as one short word', () => {
    expect(proseFromMdx('At least <N k="iop.hours.adults.min" /> hours.')).toBe('At least ten hours.');
  });
  it('reads a built page: paragraphs and list items, not navigation, headings, tables or sources', () => {
    const { document } = parseHTML(`<main><nav><a href="/">Home</a></nav><h1>Title here</h1>
      <p>You go to group.</p><ul><li><a href="/x/">A page</a><span>What it holds</span></li></ul>
      <table><tr><td>Cell text</td></tr></table><p class="sr-only">Hidden</p>
      <section aria-labelledby="sources"><ol><li>A very long source title from a federal agency</li></ol></section>
      <p class="review-dates">Page last reviewed</p></main>`);
    expect(proseFromHtml(document.querySelector('main')!)).toBe('You go to group.\nA page What it holds.');
  });
  it('gives no grade (NaN) for a page without prose, so a test can fail on it', () => {
    expect(Number.isNaN(gradeOf('').grade)).toBe(true);
  });
});
