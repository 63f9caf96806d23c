// The sample papers drawn by <SampleDocument /> on the built pages, in both languages: the consent form (privacy pages)
// and the program listing (choosing-a-program pages; kind="both" on the mental health and substance use pages). Each
// is one titled figure, no style attribute (strict CSP), the paper itself hidden from screen readers while its key
// (the text equivalent) is read, one key item for each numbered part, in the words of its words module.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../../tests/helpers/dist';
import { CONSENT_FORM_WORDS } from './consent-form-words';
import { PROGRAM_LISTING_BOTH_WORDS, PROGRAM_LISTING_WORDS } from './program-listing-words';

const pages = builtPages();
const DOCUMENTS = [
  { name: 'consent form', id: 'consent-form', words: CONSENT_FORM_WORDS, page: 'privacy-and-rights' },
  { name: 'program listing', id: 'program-listing', words: PROGRAM_LISTING_WORDS, page: 'choosing-a-program' },
  {
    name: 'program listing for care for both',
    id: 'program-listing',
    words: PROGRAM_LISTING_BOTH_WORDS,
    page: 'mental-health-and-substance-use-iop',
  },
] as const;

describe.each(DOCUMENTS)('the sample $name', ({ id, words, page }) => {
  it('is one titled figure whose key a screen reader reads, one item per numbered part', () => {
    for (const path of [`/guide/${page}/`, `/es/guide/${page}/`]) {
      const w = words[path.startsWith('/es/') ? 'es' : 'en'];
      const doc = pages.find((p) => p.path === path)!.document;
      const figures = doc.querySelectorAll(`figure[aria-labelledby="${id}"]`);
      expect(figures.length, path).toBe(1);
      const figure = figures[0];
      expect(figure.querySelector(`figcaption#${id}`)?.textContent?.trim(), path).toBe(w.title);
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
