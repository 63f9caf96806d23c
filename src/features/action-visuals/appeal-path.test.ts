// The appeal path reads every deadline from the facts registry (the real one, and a small one made here), in both
// languages, and fails with the fact's id when one is missing.
import { describe, expect, it } from 'vitest';
import { appealPath, APPEAL_FACT_IDS } from './appeal-path';
import { ACTION_VISUAL_WORDS } from './words';
import { factsFromFiles, readFacts } from '../../model/read';
import { factFileSchema } from '../../model/facts-schema';
import { factText } from '../../model/facts';

const day = new Date('2026-12-05T00:00:00Z');

/** A registry holding the six appeal facts with made-up values, parsed by the real schema. */
function registry(values: Record<string, number>) {
  const data = Object.fromEntries(
    Object.entries(values).map(([id, n]) => [
      id,
      {
        what: 'Time to appeal.',
        unit: 'days',
        periods: [{ value: n, en: `${n} days`, es: `${n} días` }],
        sources: [{ title: 'A source', publisher: 'CMS', year: 2025, url: 'https://www.cms.gov/x' }],
        checked: '2026-12-04',
      },
    ]),
  );
  return factsFromFiles([{ file: 'content/facts/test.yaml', data: factFileSchema.parse(data) }]);
}

const made = registry(Object.fromEntries(Object.values(APPEAL_FACT_IDS).map((id, i) => [id, 11 + i])));

describe('appealPath', () => {
  it('puts each deadline from the registry in the step that needs it', () => {
    const path = appealPath(made, 'en', day);
    expect(path.steps.map((s) => s.title)).toEqual([
      ACTION_VISUAL_WORDS.en.appeal.read.title,
      ACTION_VISUAL_WORDS.en.appeal.internal.title,
      ACTION_VISUAL_WORDS.en.appeal.outside.title,
    ]);
    expect(path.steps[1].list).toEqual([
      'Most job-based and marketplace plans: 11 days from when you get the notice',
      'Medicare Advantage: 12 days from the date of the decision',
      'Original Medicare: 13 days from when you get your Medicare Summary Notice (the statement Medicare mails every few months that lists your care and what you may owe)',
      'Medicaid health plan: 14 days from the date on the notice',
    ]);
    expect(path.steps[1].note).toContain('within 15 days');
    expect(path.steps[2].list?.[1]).toContain('up to 16 days');
  });

  it('speaks Spanish with the Spanish words of each fact', () => {
    const path = appealPath(made, 'es', day);
    expect(path.title).toBe(ACTION_VISUAL_WORDS.es.appeal.title);
    expect(path.steps[1].list?.[0]).toContain('11 días');
    expect(path.steps[2].list?.[1]).toContain('hasta 16 días');
  });

  it('reads the real registry: the same words the paying page shows through <Fact />', () => {
    const facts = readFacts();
    for (const lang of ['en', 'es'] as const) {
      const text = appealPath(facts, lang, day)
        .steps.flatMap((s) => [...(s.list ?? []), s.note ?? ''])
        .join('\n');
      for (const id of Object.values(APPEAL_FACT_IDS)) expect(text).toContain(factText(facts, id, lang, day));
    }
  });

  it('names the missing fact when the registry lacks one', () => {
    const { [APPEAL_FACT_IDS.keepCare]: _gone, ...rest } = Object.fromEntries(
      Object.values(APPEAL_FACT_IDS).map((id) => [id, 30]),
    );
    expect(() => appealPath(registry(rest), 'en', day)).toThrow(/appeals\.medicaid\.keepCareGoing/);
  });
});
