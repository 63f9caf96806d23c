import { builtPages } from '/work/wt/facts-content/tests/helpers/dist.ts';
import { gradeOf } from '/work/wt/facts-content/src/lib/readability.ts';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
const only = process.argv.slice(2);
const pages = builtPages('/work/wt/facts-content/dist').filter((p) => !p.path.startsWith('/es/'));
function units(root: Element, sel: string, spaced: boolean, period: boolean) {
  const els = [...root.querySelectorAll(sel)].filter((el) => !el.querySelector(sel));
  const textOf = (el: Element): string =>
    spaced
      ? [...el.childNodes]
          .map((n) => (n.nodeType === 3 ? (n.textContent ?? '') : n.nodeType === 1 ? ` ${textOf(n as Element)} ` : ''))
          .join('')
      : (el.textContent ?? '');
  return els
    .map((el) => {
      let t = textOf(el).replace(/\s+/g, ' ').trim();
      if (period && t && !/[.!?]$/.test(t)) t += '.';
      return t;
    })
    .filter(Boolean);
}
// naive FK: sentences split on [.!?]+ ; words = whitespace tokens
function naive(text: string) {
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
  const words = text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w));
  const syl = words.reduce((n, w) => n + Math.max(1, syllable(w.replace(/[^A-Za-z']/g, '') || 'a')), 0);
  return Math.round(fleschKincaid({ sentence: sentences, word: words.length, syllable: syl }) * 10) / 10;
}
for (const p of pages) {
  if (only.length && !only.includes(p.path)) continue;
  const main = p.document.querySelector('main')!;
  const r: number[] = [];
  for (const sel of ['p, li', 'p, li, dd'])
    for (const spaced of [true, false])
      for (const period of [true, false]) {
        r.push(naive(units(main, sel, spaced, period).join(' ')));
      }
  console.log(r.map((x) => x.toFixed(1).padStart(5)).join(''), p.path);
}
