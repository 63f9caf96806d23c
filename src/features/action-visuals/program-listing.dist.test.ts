// The sample program listing on the built choosing-a-program pages, in both languages: one titled figure, no style attribute
// (strict CSP), the listing itself hidden from screen readers while its key (the text equivalent) is read, one key item
// for each numbered part, in the words of its words module.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../../tests/helpers/dist';
import { PROGRAM_LISTING_WORDS } from './program-listing-words';

const pages = builtPages();
const PATHS = ['/guide/choosing-a-program/', '/es/guide/choosing-a-program/'];

describe('the sample program listing', () => {
  it('is one titled figure whose key a screen reader reads, one item per numbered part', () => {
    for (const path of PATHS) {
      const w = PROGRAM_LISTING_WORDS[path.startsWith('/es/') ? 'es' : 'en'];
      const doc = pages.find((p) => p.path === path)!.document;
      const figures = doc.querySelectorAll('figure[aria-labelledby="program-listing"]');
      expect(figures.length, path).toBe(1);
      const figure = figures[0];
      expect(figure.querySelector('figcaption#program-listing')?.textContent?.trim(), path).toBe(w.title);
      expect(figure.querySelectorAll('[style]').length, path).toBe(0);
      expect(figure.querySelector('[aria-hidden="true"]')?.textContent, path).toContain(w.sample);
      const key = [...figure.querySelectorAll(':scope > ol > li')].filter((li) => !li.closest('[aria-hidden="true"]'));
      expect(key.map((li) => li.querySelector('strong')?.textContent?.replace(/\.$/, ''))).toEqual(
        w.key.map((k) => k.title),
      );
      expect(w.fields).toHaveLength(w.key.length);
    }
  });
});
