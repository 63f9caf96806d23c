// The one-line sample strips on the handouts, in both languages: one titled figure that says it is a sample, no style
// attribute (strict CSP), and the places to find in the words of its module: the denial letter's reason and last day
// to appeal (paying-for-iop), and the estimate's and bill's totals and the bill's date (paying-yourself), in the same
// made-up figures as the page's <EstimateVsBill /> picture, with a line that says what they mean.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../../tests/helpers/dist';
import { SAMPLE_STRIP_WORDS } from './sample-strip-words';
import { estimateVsBill } from './estimate-bill';
import { readFacts } from '../../model/read';
import { BUILD_DAY } from '../../config';

const pages = builtPages();
const facts = readFacts();

const strip = (path: string, kind: string) => {
  const doc = pages.find((p) => p.path === path)!.document;
  const figures = doc.querySelectorAll(`figure[aria-labelledby="sample-${kind}"]`);
  expect(figures.length).toBe(1);
  const figure = figures[0];
  expect(figure.querySelectorAll('[style]').length).toBe(0);
  return {
    title: figure.querySelector(`figcaption#sample-${kind}`)?.textContent?.trim(),
    labels: [...figure.querySelectorAll('dt')].map((dt) => dt.textContent?.trim()),
    values: [...figure.querySelectorAll('dd')].map((dd) => dd.textContent?.trim()),
    means: figure.querySelector(':scope > p')?.textContent?.trim(),
  };
};

describe('the sample strips', () => {
  for (const path of ['/handouts/paying-for-iop/', '/es/handouts/paying-for-iop/'])
    it(`a denial letter, with the reason and the last day to appeal, on ${path}`, () => {
      const w = SAMPLE_STRIP_WORDS[path.startsWith('/es/') ? 'es' : 'en']['denial-letter'];
      expect(strip(path, 'denial-letter')).toEqual({
        title: w.title,
        labels: w.fields.map((f) => `${f.label}:`),
        values: w.fields.map((f) => f.value),
        means: undefined,
      });
    });

  for (const path of ['/handouts/paying-yourself/', '/es/handouts/paying-yourself/'])
    it(`an estimate and a bill, with both totals and the bill's date, on ${path}`, () => {
      const lang = path.startsWith('/es/') ? 'es' : 'en';
      const w = SAMPLE_STRIP_WORDS[lang]['estimate-and-bill'];
      const v = estimateVsBill(facts, lang, BUILD_DAY);
      expect(strip(path, 'estimate-and-bill')).toEqual({
        title: w.title,
        labels: [w.total, w.total, w.date].map((l) => `${l}:`),
        values: [v.estimate.total, v.bill.total, v.bill.date],
        means: w.means(v.difference, v.canDispute),
      });
      // The line says what the numbers mean: $500 more, which can be disputed (the threshold is $400).
      expect([v.estimate.total, v.difference, v.canDispute]).toEqual(['$3,000', '$500', true]);
    });
});
