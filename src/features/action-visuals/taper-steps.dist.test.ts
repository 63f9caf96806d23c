// The taper picture on the built pages it sits on, in both languages: one titled figure, its drawing hidden from
// screen readers, no style attribute (strict CSP), and its five numbered steps readable in the page's own language.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../../tests/helpers/dist';
import { TAPER_WORDS } from './taper-words';

const pages = builtPages();
const PATHS = ['/guide/stopping-alcohol-or-sedatives-safely/', '/es/guide/stopping-alcohol-or-sedatives-safely/'];

describe('<TaperSteps />', () => {
  for (const path of PATHS)
    it(`is one titled figure with its drawing hidden and 5 readable steps on ${path}`, () => {
      const lang = path.startsWith('/es/') ? 'es' : 'en';
      const doc = pages.find((p) => p.path === path)!.document;
      const figures = doc.querySelectorAll('figure[aria-labelledby="taper-steps"]');
      expect(figures).toHaveLength(1);
      const figure = figures[0];
      expect(figure.querySelector('figcaption#taper-steps')?.textContent?.trim()).toBe(TAPER_WORDS[lang].title);
      expect(figure.querySelectorAll('[style]')).toHaveLength(0);
      const svgs = figure.querySelectorAll('svg');
      expect(svgs.length).toBeGreaterThan(0);
      for (const svg of svgs) expect(svg.getAttribute('aria-hidden')).toBe('true');
      const steps = [...figure.querySelectorAll('ol > li')].map((li) =>
        li.querySelector('strong')?.textContent?.replace(/\.$/, ''),
      );
      expect(steps).toEqual(TAPER_WORDS[lang].steps.map((s) => s.title));
    });
});
