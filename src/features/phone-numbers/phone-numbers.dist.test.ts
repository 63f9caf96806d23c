// On the built site, every phone number written out in the content of a page (an article, FAQ answer, handout,
// glossary entry...) sits whole in one nowrap span, or in a link or button that is drawn as one piece: so no reader
// meets "1-800-" at the end of a line and "985-3059" on the next.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../../tests/helpers/dist';
import { LONG_PHONE } from '../../lib/content-rules';
import { WHOLE } from './plugin';

const pages = builtPages();
const CONTENT = '[data-pagefind-body], .handout-body';

describe('phone numbers in content', () => {
  it('are each kept whole on one line', () => {
    const split: string[] = [];
    let found = 0;
    for (const page of pages)
      for (const root of page.document.querySelectorAll(CONTENT)) {
        const visit = (node: Node) => {
          if (node.nodeType === 3) {
            const numbers = (node.textContent ?? '').match(LONG_PHONE) ?? [];
            found += numbers.length;
            const parent = node.parentElement;
            const whole = parent?.classList.contains(WHOLE) && parent.textContent === numbers[0];
            if (numbers.length && !whole && !parent?.closest('a, button, .crisis-action'))
              split.push(`${page.path}: ${numbers.join(', ')}`);
          } else node.childNodes.forEach(visit);
        };
        visit(root);
      }
    console.log(`phone numbers written out in content: ${found}, not kept whole: ${split.length}`);
    expect(found).toBeGreaterThan(20);
    expect(split).toEqual([]);
  });
});
