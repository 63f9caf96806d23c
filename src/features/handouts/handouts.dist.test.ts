// Handouts on the built site, English and Spanish: one page per content file, its QR code opening the full article in
// its language, its short address registered and served, the numbers from content/levels, the crisis lines and review
// dates, and the list page.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtPages } from '../../../tests/helpers/dist';
import { decodeSvg } from '../../../tests/helpers/qr';
import { readKind, readLevels, readSpanishKind } from '../../model/read';
import { levelFact, levelKeysIn } from '../../model/levels';
import { readLinkRegistry } from '../../model/link-registry';
import { paths } from '../../lib/urls';
import { localePaths } from '../../i18n/lang';
import { builtOrigin } from '../../../tests/helpers/built';

/** Every handout in both languages, with its language's paths (a Spanish handout leads to the Spanish page). */
const handouts = [
  ...readKind('handouts').map((h) => ({ ...h, lang: 'en' as const, p: paths })),
  ...readSpanishKind('handouts').map((h) => ({ ...h, lang: 'es' as const, p: localePaths('es') })),
];
/** What each language's printed crisis help must say, written out here rather than taken from src/lib/crisis.ts. */
const CRISIS_WORDS = {
  en: ['Call 988', 'Text 988', 'Text AYUDA to 988', 'Call 911', 'Call 1-800-662-4357'],
  es: ['Llame al 988 y oprima 2', 'Envíe AYUDA al 988', 'Llame al 911', 'Llame al 1-800-662-4357'],
};
const byPath = new Map(builtPages().map((p) => [p.path, p]));
const SITE = builtOrigin();
const registry = readLinkRegistry();
const levels = readLevels();
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('handouts', () => {
  describe.each(handouts.map((h) => [h.p.handout(h.id), h] as const))('%s', (at, h) => {
    const page = byPath.get(at)!;
    const doc = page?.document;
    const full = `${SITE}${h.p.article(h.data.article)}`;

    it('is built, with its title, a "What to do next" section and the Print button (hidden until JavaScript)', () => {
      expect(page, at).toBeDefined();
      expect(doc.documentElement.getAttribute('lang')).toBe(h.lang === 'es' ? 'es-US' : 'en-US');
      expect(text(doc.querySelector('h1'))).toBe(h.data.title);
      expect(doc.querySelector('#what-to-do-next')).not.toBeNull();
      expect(doc.querySelector('iop-print button')!.hasAttribute('hidden')).toBe(true);
    });

    it('has a QR code that opens the full article in its language, named for what it opens', () => {
      const svgs = doc.querySelectorAll('.handout-more svg');
      expect(svgs.length).toBe(1);
      const svg = svgs[0];
      expect(svg.getAttribute('role')).toBe('img');
      const label = svg.getAttribute('aria-label')!;
      const article = byPath.get(h.p.article(h.data.article))!.document;
      expect(label).toContain(`“${text(article.querySelector('h1'))}”`);
      expect(label.endsWith(`: ${full}`)).toBe(true);
      expect(decodeSvg(svg.outerHTML)).toBe(full);
    });

    it('prints a short address that is registered, served as a redirect, and opens the same article', () => {
      const short = h.p.shortLink(h.data.short);
      expect(text(doc.querySelector('.handout-short'))).toBe(`${SITE.replace(/^https?:\/\//, '')}${short}`);
      expect(registry.short[short]).toBe(h.p.article(h.data.article));
      expect(readFileSync(`dist${short}index.html`, 'utf8')).toContain(`url=${h.p.article(h.data.article)}`);
    });

    // Only for handouts that use level numbers (<N k="..." />): one without any has nothing to show.
    if (levelKeysIn(h.body).length > 0)
      it('shows every level number it uses as content/levels says it (never typed by hand)', () => {
        const body = text(doc.querySelector('.handout-body'));
        for (const key of levelKeysIn(h.body)) expect(body, key).toContain(String(levelFact(levels, key)));
      });

    it('carries the crisis lines in its language, its sources and its review dates', () => {
      const help = text(doc.querySelector('.handout-help'));
      for (const words of CRISIS_WORDS[h.lang]) expect(help).toContain(words);
      expect(doc.querySelectorAll('.handout-sources li').length).toBe(h.data.sources.length);
      expect(doc.querySelectorAll('.review-dates').length).toBe(1);
    });
  });

  it.each(['en', 'es'] as const)('lists every handout of its language (%s) with its short address', (lang) => {
    const mine = handouts.filter((h) => h.lang === lang);
    const list = byPath.get(mine[0].p.handouts())!.document;
    for (const h of mine) {
      const link = list.querySelector(`a[href="${h.p.handout(h.id)}"]`);
      expect(text(link), h.id).toBe(h.data.title);
      expect(text(link!.closest('li'))).toContain(h.p.shortLink(h.data.short));
    }
  });
});
