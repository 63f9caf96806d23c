// The estimate-and-bill example works its sums and its last day out from the facts registry (the real one, and small
// ones made here), says the dispute does not apply when the difference is under the threshold, and fails naming the
// fact when one is missing.
import { describe, expect, it } from 'vitest';
import { estimateVsBill, ESTIMATE_BILL_FACT_IDS, SAMPLE_LINES } from './estimate-bill';
import { ESTIMATE_BILL_WORDS } from './estimate-bill-words';
import { factsFromFiles, readFacts } from '../../model/read';
import { factFileSchema } from '../../model/facts-schema';
import { factText } from '../../model/facts';

const day = new Date('2026-12-05T00:00:00Z');

/** A registry with the two dispute facts at made-up values, parsed by the real schema. */
function registry(threshold: number, days: number) {
  const fact = (unit: string, value: number, en: string, es: string) => ({
    what: 'A made-up fact.',
    unit,
    periods: [{ value, en, es }],
    sources: [{ title: 'A source', publisher: 'CMS', year: 2025, url: 'https://www.cms.gov/x' }],
    checked: '2026-12-04',
  });
  const data = {
    [ESTIMATE_BILL_FACT_IDS.threshold]: fact('dollars', threshold, `$${threshold}`, `$${threshold}`),
    [ESTIMATE_BILL_FACT_IDS.days]: fact('days', days, `${days} days`, `${days} días`),
  };
  return factsFromFiles([{ file: 'content/facts/test.yaml', data: factFileSchema.parse(data) }]);
}

describe('estimateVsBill', () => {
  it('adds up each document, subtracts, and counts the days from the date on the bill', () => {
    const v = estimateVsBill(registry(400, 120), 'en', day);
    expect(v.estimate.total).toBe('$3,000');
    expect(v.bill.total).toBe('$3,500');
    expect(v.estimate.lines).toHaveLength(SAMPLE_LINES.length);
    expect(v.steps[1].text).toBe('$3,500 minus $3,000 is $500.');
    expect(v.canDispute).toBe(true);
    expect(v.steps[2].text).toContain('$500 more than the estimate. That is $400 or more');
    expect(v.bill.date).toBe('May 1');
    expect(v.steps[3].text).toBe(
      'You have 120 days from the date on the bill. This bill is dated May 1, so start a dispute by August 29.',
    );
  });

  it("sets out the sum for the reader's own bill: the example's numbers beside empty boxes, the last day read off", () => {
    const v = estimateVsBill(registry(400, 120), 'en', day);
    expect(v.fill.rows.map((r) => r.example)).toEqual(['$3,500', '− $3,000', '= $500', 'Yes', 'May 1', 'August 29']);
    expect(v.fill.rows[3].check).toContain('$400 or more');
    expect(v.fill.rows[3].yours).toBe(ESTIMATE_BILL_WORDS.en.fill.circle);
    expect(v.fill.rows.filter((r) => r.yours === '')).toHaveLength(5);
    expect(v.fill.rows[5].check).toContain('120 days later (about 4 months)');
    const low = estimateVsBill(registry(600, 30), 'es', day);
    expect(low.fill.rows[3].example).toBe(ESTIMATE_BILL_WORDS.es.fill.no);
    expect(low.fill.rows[5].check).toContain('30 días después (más o menos 1 mes)');
  });

  it('follows the registry: a higher threshold turns the answer to no, fewer days move the last day', () => {
    const v = estimateVsBill(registry(600, 30), 'en', day);
    expect(v.canDispute).toBe(false);
    expect(v.steps[2].text).toBe(ESTIMATE_BILL_WORDS.en.compare.no('$500', '$600'));
    expect(v.steps[3].text).toContain('by May 31');
  });

  it('speaks Spanish with the same numbers', () => {
    const v = estimateVsBill(registry(400, 120), 'es', day);
    expect(v.estimate.name).toBe(ESTIMATE_BILL_WORDS.es.estimate);
    expect(v.steps[1].text).toBe('$3,500 menos $3,000 da $500.');
    expect(v.steps[3].text).toContain('29 de agosto');
  });

  it('uses the real registry words for the build day', () => {
    const facts = readFacts();
    for (const lang of ['en', 'es'] as const) {
      const v = estimateVsBill(facts, lang, day);
      expect(v.steps[2].text).toContain(factText(facts, ESTIMATE_BILL_FACT_IDS.threshold, lang, day));
      expect(v.steps[3].text).toContain(factText(facts, ESTIMATE_BILL_FACT_IDS.days, lang, day));
    }
  });

  it('names the missing fact', () => {
    const empty = factsFromFiles([]);
    expect(() => estimateVsBill(empty, 'en', day)).toThrow(ESTIMATE_BILL_FACT_IDS.threshold);
  });
});
