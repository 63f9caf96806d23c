// Handouts on the built site: one page per content file, its QR code opening the full article, its short address
// registered and served, the numbers from content/levels, the crisis lines and review dates, and the list page.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtPages } from '../../../tests/helpers/dist';
import { decodeSvg } from '../../../tests/helpers/qr';
import { readKind, readLevels } from '../../model/read';
import { levelFact, levelKeysIn } from '../../model/levels';
import { readRegistry } from '../links/build/registry-file';
import { paths } from '../../lib/urls';

const handouts = readKind('handouts');
const byPath = new Map(builtPages().map((p) => [p.path, p]));
const SITE = readFileSync('dist/robots.txt', 'utf8').match(/Sitemap: (https?:\/\/[^/]+)/)![1];
const registry = readRegistry();
const levels = readLevels();
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('handouts', () => {
  it('has the six the clinics asked for, the overdose steps, and the two of issue 22 (refusing help, paying yourself)', () => {
    expect(handouts.map((h) => h.id).sort()).toEqual(
      [
        'for-families',
        'iop-for-teens',
        'iop-vs-php',
        'overdose',
        'paying-for-iop',
        'paying-yourself',
        'questions-to-ask',
        'refuses-help',
        'what-is-iop',
      ].sort(),
    );
  });

  describe.each(handouts.map((h) => [h.id, h] as const))('%s', (id, h) => {
    const page = byPath.get(paths.handout(id))!;
    const doc = page?.document;
    const full = `${SITE}${paths.article(h.data.article)}`;

    it('is built, with its title, a "What to do next" section and the Print button (hidden until JavaScript)', () => {
      expect(page, paths.handout(id)).toBeDefined();
      expect(text(doc.querySelector('h1'))).toBe(h.data.title);
      expect(doc.querySelector('#what-to-do-next')).not.toBeNull();
      expect(doc.querySelector('iop-print button')!.hasAttribute('hidden')).toBe(true);
    });

    it('has a QR code that opens the full article, named for what it opens', () => {
      const svgs = doc.querySelectorAll('.handout-more svg');
      expect(svgs.length).toBe(1);
      const svg = svgs[0];
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toMatch(/^QR code that opens “.+”: /);
      expect(svg.getAttribute('aria-label')!.endsWith(full)).toBe(true);
      expect(decodeSvg(svg.outerHTML)).toBe(full);
    });

    it('prints a short address that is registered, served as a redirect, and opens the same article', () => {
      const short = paths.shortLink(h.data.short);
      expect(text(doc.querySelector('.handout-short'))).toBe(`${SITE.replace(/^https?:\/\//, '')}${short}`);
      expect(registry.short[short]).toBe(paths.article(h.data.article));
      expect(readFileSync(`dist${short}index.html`, 'utf8')).toContain(`url=${paths.article(h.data.article)}`);
    });

    it('shows every level number it uses as content/levels says it (never typed by hand)', () => {
      const body = text(doc.querySelector('.handout-body'));
      for (const key of levelKeysIn(h.body)) expect(body, key).toContain(String(levelFact(levels, key)));
    });

    it('carries the crisis lines, its sources and its review dates', () => {
      const help = text(doc.querySelector('.handout-help'));
      for (const n of ['Call 988', 'Text 988', 'AYUDA', 'Call 911', '1-800-662-4357']) expect(help).toContain(n);
      expect(doc.querySelectorAll('.handout-sources li').length).toBe(h.data.sources.length);
      expect(h.data.sources.length).toBeGreaterThanOrEqual(2);
      expect(doc.querySelectorAll('.review-dates').length).toBe(1);
    });
  });

  it('lists every handout on /handouts/ with its short address', () => {
    const list = byPath.get(paths.handouts())!.document;
    for (const h of handouts) {
      const link = list.querySelector(`a[href="${paths.handout(h.id)}"]`);
      expect(text(link), h.id).toBe(h.data.title);
      expect(text(link!.closest('li'))).toContain(paths.shortLink(h.data.short));
    }
  });
});
