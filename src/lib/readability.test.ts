import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { gradeOf, proseFromHtml, proseFromMdx, readerTextFromHtml } from './readability';

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
  it('reads a page as an outside count does: list titles with their blurbs and navigation count', () => {
    const { document } = parseHTML(`<main><nav><ol><li><a href="/">Home</a></li></ol></nav><h1>Title here</h1>
      <p>You go to group.</p><ul><li><a href="/x/">A page</a><span>What it holds</span></li></ul>
      <table><tr><td>Cell text</td></tr></table><p class="sr-only">Hidden</p>
      <ul><li>Item <span class="sr-only">skipped words</span>shown</li></ul>
      <p>Page <select><option>First choice</option></select></p><p data-not-prose>example.org/a-long-address/</p>
      <section aria-labelledby="sources"><ol><li>A very long source title from a federal agency</li></ol></section>
      <p class="review-dates">Page last reviewed</p></main>`);
    expect(readerTextFromHtml(document.querySelector('main')!)).toBe(
      'Home.\nYou go to group.\nA page What it holds.\nItem shown.\nPage.\nPage last reviewed.',
    );
  });
  it('grades a list of long titles and blurbs as hard as it reads', () => {
    const list = (items: string[]) =>
      parseHTML(
        `<main><ul>${items.map((i) => `<li><a href="/a/">${i}</a><span>${i}</span></li>`).join('')}</ul></main>`,
      ).document.querySelector('main')!;
    const plain = gradeOf(readerTextFromHtml(list(['How IOP works', 'What it costs', 'Who it helps'])));
    const dense = gradeOf(
      readerTextFromHtml(
        list([
          'Comprehensive multidisciplinary interventions for co-occurring psychiatric conditions and individualized pharmacotherapy considerations',
        ]),
      ),
    );
    expect(plain.grade).toBeLessThan(6);
    expect(dense.grade).toBeGreaterThan(8);
  });
  it('ends sentences at colons only when asked to (the content check does; Flesch-Kincaid does not)', () => {
    const text = 'What it covers: hours, rules and costs.';
    expect(gradeOf(text).sentences).toBe(2);
    expect(gradeOf(text, { colonEnds: false }).sentences).toBe(1);
  });
  it('gives no grade (NaN) for a page without prose, so a test can fail on it', () => {
    expect(Number.isNaN(gradeOf('').grade)).toBe(true);
  });
});
