// The sample estimate and bill on the built pages that use it, in both languages: one titled figure, no style
// attribute (strict CSP), both documents and their totals readable, and the threshold and the days exactly as the
// facts registry words them for the build's day.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../../tests/helpers/dist';
import { readFacts } from '../../model/read';
import { factText } from '../../model/facts';
import { estimateVsBill, ESTIMATE_BILL_FACT_IDS } from './estimate-bill';
import { BUILD_DAY } from '../../config';

const pages = builtPages();
const PATHS = ['/guide/paying-yourself/', '/es/guide/paying-yourself/'];

describe('the sample estimate and bill', () => {
  it('is one titled figure with both documents, the 4 steps and the table to fill in, its facts from the registry', () => {
    const facts = readFacts();
    for (const path of PATHS) {
      const lang = path.startsWith('/es/') ? 'es' : 'en';
      const data = estimateVsBill(facts, lang, BUILD_DAY);
      const doc = pages.find((p) => p.path === path)!.document;
      const figures = doc.querySelectorAll('figure[aria-labelledby="estimate-vs-bill"]');
      expect(figures.length, path).toBe(1);
      const figure = figures[0];
      expect(figure.querySelector('figcaption#estimate-vs-bill')?.textContent?.trim(), path).toBe(data.title);
      expect(figure.querySelectorAll('[style]').length, path).toBe(0);
      const text = figure.textContent!.replace(/\s+/g, ' ');
      for (const d of [data.estimate, data.bill]) {
        expect(text, path).toContain(d.name);
        expect(text, path).toContain(d.total);
      }
      expect(figure.querySelectorAll(':scope > ol > li').length, path).toBe(4);
      const table = figure.querySelector(':scope > table');
      expect(table?.querySelector('caption')?.textContent, path).toContain(data.fill.title);
      expect(table?.querySelectorAll('thead th[scope="col"]').length, path).toBe(3);
      const rows = [...(table?.querySelectorAll('tbody tr') ?? [])];
      expect(
        rows.map((r) => r.querySelector('th[scope="row"]')?.textContent?.trim()),
        path,
      ).toEqual(data.fill.rows.map((r) => r.check));
      expect(rows.filter((r) => r.querySelectorAll('td')[1]?.textContent?.trim() === '').length, path).toBe(5);
      for (const id of Object.values(ESTIMATE_BILL_FACT_IDS))
        expect(text, `${path} ${id}`).toContain(factText(facts, id, lang, BUILD_DAY));
    }
  });
});
