// What search engines and link previews are told matches what readers see, on every built page: no number in a meta
// description, Open Graph or Twitter text or JSON-LD that the page does not show, and each FAQ page's JSON-LD answer
// is its rendered answer. (Before, a regex turned every <N k> into "ten": "at least ten hours a week" on a page
// that says 9 and 19.)
import { describe, expect, it } from 'vitest';
import { builtPages } from './helpers/dist';
import { IN_ENGLISH } from '../src/features/content-links/plugin';

const pages = builtPages();
const meta = (d: Document, key: string) =>
  d.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
const ld = (d: Document): unknown[] =>
  [...d.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''));
/** Collapse white space as a browser shows it, and no space before punctuation. */
const tidy = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?)])/g, '$1')
    .trim();

/** The text a reader can see: the body without scripts, styles and templates. */
function visibleText(d: Document): string {
  const body = d.body.cloneNode(true) as HTMLElement;
  for (const el of body.querySelectorAll('script, style, template, noscript')) el.remove();
  return tidy(body.textContent ?? '');
}

/** The numbers in a text as readers read them ("1,250" and "1250" are one number). */
function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0].replace(/,(?=\d{3}\b)/g, ''));
}

/** The words in JSON-LD meant for people (names, descriptions, answers), not URLs, ids or dates. */
function ldWords(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(ldWords);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    typeof v === 'string' ? (['name', 'description', 'text', 'headline'].includes(key) ? [v] : []) : ldWords(v),
  );
}

describe('meta text and JSON-LD say what the page says', () => {
  it('every number in a page’s meta description, link preview text and JSON-LD is in its visible text', () => {
    expect(pages.length).toBeGreaterThan(100);
    const bad = pages.flatMap((p) => {
      const shown = new Set(numbersIn(visibleText(p.document)));
      const told = [
        ...['description', 'og:description', 'twitter:description', 'og:title', 'twitter:title'].map((k) => [
          k,
          meta(p.document, k),
        ]),
        ...ldWords(ld(p.document)).map((w) => ['JSON-LD', w]),
      ];
      return told.flatMap(([where, text]) =>
        numbersIn(text)
          .filter((n) => !shown.has(n))
          .map((n) => `${p.path}: ${where} says "${n}", which the page does not show ("${text.slice(0, 90)}")`),
      );
    });
    expect(bad).toEqual([]);
  });

  it('each FAQ page’s JSON-LD answer is its rendered answer, word for word', () => {
    const faqs = pages.filter((p) => /^\/(es\/)?faq\/[a-z0-9-]+\/$/.test(p.path));
    expect(faqs.length).toBeGreaterThan(60);
    for (const p of faqs) {
      const data = ld(p.document).find((x) => (x as { '@type'?: string })['@type'] === 'FAQPage') as {
        mainEntity: { acceptedAnswer: { text: string } }[];
      };
      // A Spanish link to an English page reads "(en inglés)" on the page: a note about the link, not the answer.
      const rendered = (p.document.querySelector('.faq-answer .prose')?.textContent ?? '').replaceAll(IN_ENGLISH, '');
      expect(rendered.length, p.path).toBeGreaterThan(100);
      expect(tidy(data.mainEntity[0].acceptedAnswer.text), p.path).toBe(tidy(rendered));
    }
  });

  it('the hours FAQ tells search engines its real numbers, in both languages', () => {
    for (const path of ['/faq/how-many-hours/', '/es/faq/how-many-hours/']) {
      const d = pages.find((p) => p.path === path)!.document;
      expect(meta(d, 'description'), path).toMatch(/\b9\b[^.]*\./);
      expect(meta(d, 'description'), path).not.toMatch(/\bten\b/);
      expect(JSON.stringify(ld(d)), path).toMatch(/\b19 (hours|horas)\b/);
    }
  });
});
