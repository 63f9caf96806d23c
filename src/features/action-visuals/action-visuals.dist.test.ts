// The three pictures for acting (and the short insurance card on the paying handouts) on the built pages they sit on, in both languages: each is a titled figure, its
// drawings are hidden from screen readers while its words are not, it carries no style attribute (strict CSP), and
// the appeal path shows every time limit exactly as the facts registry words it for the build's day.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../../tests/helpers/dist';
import { readFacts } from '../../model/read';
import { factText } from '../../model/facts';
import { APPEAL_FACT_IDS } from './appeal-path';
import { ACTION_VISUAL_WORDS } from './words';
import { BUILD_DAY } from '../../config';

const pages = builtPages();
const doc = (path: string) => pages.find((p) => p.path === path)!.document;
const PLACES = {
  'naloxone-steps': [
    '/guide/overdose/',
    '/es/guide/overdose/',
    '/handouts/overdose/',
    '/es/handouts/overdose/',
    '/guide/for-families/',
    '/es/guide/for-families/',
    '/guide/after-iop/',
    '/es/guide/after-iop/',
    '/handouts/for-families/',
    '/es/handouts/for-families/',
  ],
  'insurance-card': ['/guide/paying-for-iop/', '/es/guide/paying-for-iop/'],
  'appeal-path': ['/guide/paying-for-iop/', '/es/guide/paying-for-iop/'],
} as const;

describe('the pictures for acting', () => {
  for (const [id, paths] of Object.entries(PLACES))
    it(`<figure> "${id}" is titled, its drawings hidden and its words readable, on ${paths.length} pages`, () => {
      for (const path of paths) {
        const lang = path.startsWith('/es/') ? 'es' : 'en';
        const figures = doc(path).querySelectorAll(`figure[aria-labelledby="${id}"]`);
        expect(figures.length, path).toBe(1);
        const figure = figures[0];
        expect(figure.querySelector(`figcaption#${id}`)?.textContent?.trim().length, path).toBeGreaterThan(10);
        expect(figure.querySelectorAll('[style]').length, path).toBe(0);
        for (const svg of figure.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden'), path).toBe('true');
        // What a screen reader reads: everything outside aria-hidden parts.
        const readable = [...figure.querySelectorAll('li')].filter((li) => !li.closest('[aria-hidden="true"]'));
        expect(readable.length, path).toBeGreaterThanOrEqual(3);
        if (id === 'naloxone-steps')
          expect(
            readable.map((li) =>
              li
                .querySelector('p')
                ?.textContent?.replace(/^\s*\d+\.\s*/, '')
                .trim(),
            ),
          ).toEqual(ACTION_VISUAL_WORDS[lang].naloxone.steps.map((s) => s.title));
        if (id === 'insurance-card') {
          expect(figure.textContent).toContain(ACTION_VISUAL_WORDS[lang].card.sample);
          expect(figure.querySelector('[aria-hidden="true"]')?.textContent).toContain(
            ACTION_VISUAL_WORDS[lang].card.sample,
          );
          expect(readable).toHaveLength(5);
        }
      }
    });

  it('the short insurance card on the paying handouts is a titled sample with only the place the steps use', () => {
    for (const path of ['/handouts/paying-for-iop/', '/es/handouts/paying-for-iop/']) {
      const w = ACTION_VISUAL_WORDS[path.startsWith('/es/') ? 'es' : 'en'].card;
      const figure = doc(path).querySelector('figure[aria-labelledby="insurance-card-short"]')!;
      expect(figure, path).not.toBeNull();
      expect(figure.querySelector('figcaption#insurance-card-short')?.textContent?.trim(), path).toBe(w.shortTitle);
      expect(figure.querySelectorAll('[style], [aria-hidden="true"]').length, path).toBe(0);
      const places = [...figure.querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
      expect(places, path).toEqual([`${w.fields.services.label}:`]);
      expect(figure.querySelector('dd')?.textContent?.trim(), path).toBe(w.fields.services.value);
      // The full card is the article's; the handout keeps to one page with the short form.
      expect(doc(path).querySelectorAll('figure[aria-labelledby="insurance-card"]').length, path).toBe(0);
    }
  });

  it('the appeal path gives every time limit as content/facts words it for the build day', () => {
    const facts = readFacts();
    for (const path of PLACES['appeal-path']) {
      const lang = path.startsWith('/es/') ? 'es' : 'en';
      const text = doc(path).querySelector('figure[aria-labelledby="appeal-path"]')!.textContent!.replace(/\s+/g, ' ');
      for (const id of Object.values(APPEAL_FACT_IDS))
        expect(text, `${path} ${id}`).toContain(factText(facts, id, lang, BUILD_DAY));
    }
  });
});
