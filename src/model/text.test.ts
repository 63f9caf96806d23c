// Reader text (meta descriptions, JSON-LD, search excerpts) says what the page says: real level numbers and dated
// facts in the page's language for the build's day, never a stand-in word.
import { describe, expect, it } from 'vitest';
import { readFacts, readKind, readLevels, readSpanishKind } from './read';
import { readerField, readerText, type TextContext } from './text';
import { faqDescription } from '../lib/faq';
import { proseFromMdx } from '../lib/readability';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const base = { levels: readLevels(), facts: readFacts() };
const en: TextContext = { ...base, lang: 'en', day: day('2026-12-04') };
const es: TextContext = { ...base, lang: 'es', day: day('2026-12-04') };
const faq = (id: string, lang: 'en' | 'es') =>
  (lang === 'en' ? readKind('faq') : readSpanishKind('faq')).find((f) => f.id === id)!;

describe('reader text', () => {
  it('gives /faq/how-many-hours/ its real numbers (9, 6, 19), in English and Spanish, where readability uses a stand-in', () => {
    const text = readerText(faq('how-many-hours', 'en').body, en);
    expect(text).toMatch(/at least 9 hours a week/);
    expect(text).toMatch(/at least 6 hours a week/);
    expect(text).toMatch(/up to 19 hours a week/);
    expect(text).not.toMatch(/\bten\b/);
    expect(faqDescription('How many hours?', text)).toMatch(/^For adults, IOP usually means at least 9 hours a week\./);
    expect(readerText(faq('how-many-hours', 'es').body, es)).toMatch(/por lo menos 9 horas a la semana/);
    expect(proseFromMdx(faq('how-many-hours', 'en').body)).toMatch(/\bten\b/);
  });
  it('gives dated facts their words for the day and language', () => {
    const body = faq('medicare-coverage', 'en').body;
    expect(readerText(body, en)).toContain('which is $283 for 2026.');
    expect(readerText(body, { ...en, day: day('2027-01-02') })).toContain(
      'which is $283 for 2026; Medicare sets a new amount each January.',
    );
    expect(readerText(faq('medicare-coverage', 'es').body, { ...es, day: day('2027-01-02') })).toContain(
      'que es de $283 en 2026; Medicare fija un monto nuevo cada enero.',
    );
  });
  it('gives a fact shown on a fixed day (on="...") that day\'s words, in the body and in a field, whatever the build day', () => {
    const body = 'For applications from then, up to <Fact id="medicaid.retroactive.others" on="2027-01-01" />.';
    for (const d of ['2026-12-04', '2027-03-01']) {
      expect(readerText(body, { ...en, day: day(d) })).toBe('For applications from then, up to 2 months.');
      expect(readerField('<Fact id="medicaid.retroactive.others" on="2026-12-31" />', { ...es, day: day(d) })).toBe(
        '3 meses',
      );
    }
  });
  it("gives an article's key points their facts' words", () => {
    const article = readKind('articles').find((a) => a.id === 'paying-for-iop')!;
    const points = article.data.keyPoints.map((k) => readerField(k, { ...en, day: day('2027-01-02') }));
    expect(points).toContain(
      'Medicare Part B (the part of Medicare for outpatient care) has covered IOP since January 1, 2024. The Part B deductible (what you pay each year before Medicare starts to pay) is $283 for 2026; Medicare sets a new amount each January.',
    );
    expect(points.join(' ')).not.toMatch(/<Fact|\$283 for 2027/);
  });
});
