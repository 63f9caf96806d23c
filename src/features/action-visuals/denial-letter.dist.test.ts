// The one-line sample denial letter on the paying-for-iop handouts, in both languages: one titled figure that says it
// is a sample, no style attribute (strict CSP), and the reason and the last day to appeal in the words of its module.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../../tests/helpers/dist';
import { DENIAL_LETTER_WORDS } from './denial-letter-words';

const pages = builtPages();

describe('the sample denial letter strip', () => {
  for (const path of ['/handouts/paying-for-iop/', '/es/handouts/paying-for-iop/'])
    it(`is one titled figure with the reason and the last day to appeal on ${path}`, () => {
      const w = DENIAL_LETTER_WORDS[path.startsWith('/es/') ? 'es' : 'en'];
      const doc = pages.find((p) => p.path === path)!.document;
      const figures = doc.querySelectorAll('figure[aria-labelledby="denial-letter"]');
      expect(figures.length).toBe(1);
      const figure = figures[0];
      expect(figure.querySelector('figcaption#denial-letter')?.textContent?.trim()).toBe(w.title);
      expect(figure.querySelectorAll('[style]').length).toBe(0);
      expect([...figure.querySelectorAll('dt')].map((dt) => dt.textContent?.trim())).toEqual(
        w.fields.map((f) => `${f.label}:`),
      );
      expect([...figure.querySelectorAll('dd')].map((dd) => dd.textContent?.trim())).toEqual(
        w.fields.map((f) => f.value),
      );
    });
});
