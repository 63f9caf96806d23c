import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { openDetailsWhenPrinting, openForPrint } from './print-open';

const page = () =>
  parseHTML(`<main>
    <details data-print-open id="a"><summary>Week in words</summary>Mon</details>
    <details data-print-open open id="b"><summary>Sources</summary>x</details>
    <details id="c"><summary>Not for paper</summary>y</details>
  </main>`);
const openIds = (doc: Document) => [...doc.querySelectorAll('details[open]')].map((d) => d.id);

describe('disclosures open on paper', () => {
  it('opens only the closed, marked disclosures, and closes only those again', () => {
    const { document } = page();
    const restore = openForPrint(document);
    expect(openIds(document)).toEqual(['a', 'b']);
    restore();
    expect(openIds(document)).toEqual(['b']);
  });
  it('follows beforeprint and afterprint; a second afterprint changes nothing', () => {
    const { document, window } = page();
    openDetailsWhenPrinting(window as unknown as Window);
    window.dispatchEvent(new window.Event('beforeprint'));
    expect(openIds(document)).toEqual(['a', 'b']);
    window.dispatchEvent(new window.Event('afterprint'));
    expect(openIds(document)).toEqual(['b']);
    window.dispatchEvent(new window.Event('afterprint'));
    expect(openIds(document)).toEqual(['b']);
  });
});
