// The blank week planner on the built pages it sits on, in both languages: a titled figure around a real table (7 day
// rows with row headers, 4 column headings, all words from its words module), empty boxes to write in, no style
// attribute (strict CSP).
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../../tests/helpers/dist';
import { WEEK_PLANNER_WORDS } from './week-planner-words';

const pages = builtPages();
const PATHS = ['/guide/how-iop-works/', '/es/guide/how-iop-works/'] as const;

describe('the blank week planner', () => {
  for (const path of PATHS)
    it(`is one titled table of the 7 days to fill in on ${path}`, () => {
      const w = WEEK_PLANNER_WORDS[path.startsWith('/es/') ? 'es' : 'en'];
      const doc = pages.find((p) => p.path === path)!.document;
      const figures = doc.querySelectorAll('figure[aria-labelledby="week-planner"]');
      expect(figures.length).toBe(1);
      const figure = figures[0];
      expect(figure.querySelector('figcaption#week-planner')?.textContent?.trim()).toBe(w.title);
      const text = (els: Iterable<Element>) => [...els].map((e) => e.textContent?.trim());
      expect(text(figure.querySelectorAll('thead th[scope="col"]'))).toEqual([...w.columns]);
      expect(text(figure.querySelectorAll('tbody th[scope="row"]'))).toEqual([...w.days]);
      const boxes = [...figure.querySelectorAll('tbody td')];
      expect(boxes).toHaveLength(7 * 3);
      expect(boxes.every((td) => td.textContent?.trim() === '')).toBe(true);
      expect(figure.querySelectorAll('[style]').length).toBe(0);
    });
});
