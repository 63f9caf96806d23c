// The sample consent form on the built privacy pages, in both languages: one titled figure, no style attribute
// (strict CSP), the form itself hidden from screen readers while its key (the text equivalent) is read, one key item
// for each numbered part, in the words of its words module.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../../tests/helpers/dist';
import { CONSENT_FORM_WORDS } from './consent-form-words';

const pages = builtPages();
const PATHS = ['/guide/privacy-and-rights/', '/es/guide/privacy-and-rights/'];

describe('the sample consent form', () => {
  it('is one titled figure whose key a screen reader reads, one item per numbered part', () => {
    for (const path of PATHS) {
      const w = CONSENT_FORM_WORDS[path.startsWith('/es/') ? 'es' : 'en'];
      const doc = pages.find((p) => p.path === path)!.document;
      const figures = doc.querySelectorAll('figure[aria-labelledby="consent-form"]');
      expect(figures.length, path).toBe(1);
      const figure = figures[0];
      expect(figure.querySelector('figcaption#consent-form')?.textContent?.trim(), path).toBe(w.title);
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
