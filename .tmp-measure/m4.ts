import { builtPages } from '../tests/helpers/dist.ts';
import { gradeOf } from '../src/lib/readability.ts';
const only = process.argv.slice(2);
const pages = builtPages('dist').filter((p) => !p.path.startsWith('/es/') && (!only.length || only.includes(p.path)));
function units(root: Element, sel: string, skipSel: string, spaced: boolean, period: boolean) {
  const skip = new Set(skipSel ? root.querySelectorAll(skipSel) : []);
  const inSkipped = (el: Element) => {
    for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (skip.has(e)) return true;
    return false;
  };
  const els = [...root.querySelectorAll(sel)].filter((el) => !inSkipped(el) && !el.querySelector(sel));
  const textOf = (el: Element): string =>
    spaced
      ? [...el.childNodes]
          .map((n) => (n.nodeType === 3 ? (n.textContent ?? '') : n.nodeType === 1 ? ` ${textOf(n as Element)} ` : ''))
          .join('')
      : (el.textContent ?? '');
  return els
    .map((el) => {
      let t = textOf(el).replace(/\s+/g, ' ').trim();
      if (period && t && !/[.!?:]["')]?$/.test(t)) t += '.';
      return t;
    })
    .filter(Boolean)
    .join(period ? '\n' : ' ');
}
const H = 'script, style, [hidden], [aria-hidden="true"], .sr-only';
for (const p of pages) {
  const main = p.document.querySelector('main')!;
  const out = [];
  for (const skip of [H, H + ', section[aria-labelledby="sources"]', H + ', [data-not-prose]'])
    for (const spaced of [true, false])
      for (const period of [true, false]) out.push(gradeOf(units(main, 'p, li', skip, spaced, period)).grade);
  console.log(out.map((x) => x.toFixed(1).padStart(5)).join(''), p.path);
}
