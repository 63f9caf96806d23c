// <Steps> in the built site, in both of its forms: the journey on Getting into IOP (one ordered list, a heading per
// step with its number or "or"/"and" inside it), the numbered-list form on the overdose page, and the three 988 step
// lists (call, text, chat) on Get help now, in English and Spanish.
import { describe, expect, it } from 'vitest';
import { builtPages, type BuiltPage } from './helpers/dist';
import { UI } from '../src/i18n/strings';

const byPath = new Map(builtPages().map((p) => [p.path, p]));
function page(path: string): BuiltPage {
  const p = byPath.get(path);
  if (!p) throw new Error(`${path} is not in dist/: run npm run build`);
  return p;
}
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the Getting into IOP journey', () => {
  for (const [path, lang] of [
    ['/guide/getting-into-iop/', 'en'],
    ['/es/guide/getting-into-iop/', 'es'],
  ] as const) {
    const words = UI[lang].steps;
    it(`${path}: one ordered list of steps, each a heading with its number, "${words.or}" or "${words.and}"`, () => {
      const d = page(path).document;
      const lists = d.querySelectorAll('.steps.journey > ol.step-by-step');
      expect(lists).toHaveLength(1);
      const ol = lists[0];
      expect(ol.getAttribute('role')).toBe('list');
      expect(ol.closest('.journey')?.getAttribute('aria-label')).toBeTruthy();
      const items = [...ol.children];
      expect(items.map((li) => li.tagName)).toEqual(Array(8).fill('LI'));
      const headings = items.map((li) => li.querySelectorAll(':scope > h2, :scope > .heading-wrap > h2'));
      expect(headings.every((h) => h.length === 1)).toBe(true);
      const titles = headings.map((h) => text(h[0]));
      // Numbered steps read "Step 1: ..." (the word is for screen readers); the two connectors replace a number.
      expect(titles.filter((t) => t.startsWith(`${words.step} `)).map((t) => t.split(':')[0])).toEqual(
        [1, 2, 3, 4, 5, 6].map((n) => `${words.step} ${n}`),
      );
      expect(items[1].className).toBe('step step-or');
      expect(text(items[1].querySelector('.step-circle'))).toBe(words.or);
      expect(items[5].className).toBe('step step-and');
      expect(text(items[5].querySelector('.step-circle'))).toBe(words.and);
      // The connectors' own paragraphs are gone, and the list inside the last step is a plain list.
      expect(d.querySelector('.step-logic')).toBeNull();
      expect(items[7].querySelector('ol')?.classList.contains('step-by-step')).toBe(false);
    });
  }

  it('gives each step the same id in both languages, and every step links on to a page with more detail', () => {
    const ids = (path: string) =>
      [...page(path).document.querySelectorAll('ol.step-by-step > li')].map(
        (li) => li.querySelector('h2')?.id ?? '(no id)',
      );
    expect(ids('/es/guide/getting-into-iop/')).toEqual(ids('/guide/getting-into-iop/'));
    for (const li of page('/guide/getting-into-iop/').document.querySelectorAll('ol.step-by-step > li'))
      expect(li.querySelector('p a, li a')?.getAttribute('href'), text(li.querySelector('h2'))).toBeTruthy();
  });
});

describe('the numbered-list form of <Steps>', () => {
  it('still draws the overdose steps as one numbered list of 7 with role="list"', () => {
    const ol = page('/guide/overdose/').document.querySelector('.steps > ol');
    expect(ol?.getAttribute('role')).toBe('list');
    expect(ol?.classList.contains('step-by-step')).toBe(false);
    expect(ol?.querySelectorAll(':scope > li')).toHaveLength(7);
  });
});

describe('Get help now: what happens when you call, text or chat 988', () => {
  for (const [path, press] of [
    ['/get-help/', ['Press 1', 'Press 2']],
    ['/es/get-help/', ['Oprima 1', 'Oprima 2']],
  ] as const) {
    it(`${path}: three numbered step lists (call, text, chat) in the 988 section, with 988's page as a source`, () => {
      const d = page(path).document;
      const section = d.getElementById('what-happens-when-you-call-988');
      expect(section?.tagName).toBe('H2');
      const lists = [...d.querySelectorAll('.steps')].filter((s) => /988/.test(s.getAttribute('aria-label') ?? ''));
      expect(lists).toHaveLength(3);
      for (const s of lists) {
        const ol = s.querySelector(':scope > ol');
        expect(ol?.getAttribute('role')).toBe('list');
        expect(ol?.querySelectorAll(':scope > li').length).toBeGreaterThanOrEqual(3);
      }
      // The lists sit in the 988 section: after its heading, before the next h2 (document order).
      const order = [...d.querySelectorAll('h2, .steps')];
      const at = order.indexOf(section!);
      const next = order.findIndex((el, i) => i > at && el.tagName === 'H2');
      for (const s of lists) expect(order.indexOf(s)).toBeGreaterThan(at);
      for (const s of lists) expect(order.indexOf(s)).toBeLessThan(next);
      const call = text(lists[0]);
      for (const p of press) expect(call).toContain(p);
      expect(text(lists[1])).toContain('AYUDA');
      expect(text(lists[2])).toContain('988lifeline.org');
      expect(d.querySelector('a[href="https://988lifeline.org/get-help/what-to-expect"]')).not.toBeNull();
    });
  }
});
