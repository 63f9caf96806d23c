import { builtPages } from '../tests/helpers/dist.ts';
import { gradeOf, proseFromHtml } from '../src/lib/readability.ts';
const pages = builtPages('dist').filter((p) => !p.path.startsWith('/es/'));
function units(root: Element, sel: string, skipSel: string) {
  const skip = new Set(skipSel ? root.querySelectorAll(skipSel) : []);
  const inSkipped = (el: Element) => {
    for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (skip.has(e)) return true;
    return false;
  };
  const els = [...root.querySelectorAll(sel)].filter((el) => !inSkipped(el) && !el.querySelector(sel));
  const textOf = (el: Element): string =>
    [...el.childNodes]
      .map((n) => (n.nodeType === 3 ? (n.textContent ?? '') : n.nodeType === 1 ? ` ${textOf(n as Element)} ` : ''))
      .join('');
  return els
    .map((el) => {
      let t = textOf(el)
        .replace(/\s+/g, ' ')
        .replace(/\s+([.,;:!?])/g, '$1')
        .replace(/\b(e\.g|i\.e|U\.S|etc)\./gi, (m) => m.replace(/\./g, ''))
        .trim();
      if (t && !/[.!?:]["')]?$/.test(t)) t += '.';
      return t;
    })
    .filter(Boolean)
    .join('\n');
}
const HIDDEN = 'script, style, [hidden], [aria-hidden="true"], .sr-only';
const rows = pages.map((p) => {
  const main = p.document.querySelector('main')!;
  return [
    gradeOf(proseFromHtml(main)).grade,
    gradeOf(units(main, 'p, li', HIDDEN)).grade,
    gradeOf(units(main, 'p, li', HIDDEN + ', section[aria-labelledby="sources"]')).grade,
    gradeOf(units(main, 'p, li', HIDDEN + ', section[aria-labelledby="sources"], nav, .review-dates')).grade,
    p.path,
  ] as const;
});
rows.sort((a, b) => b[1] - a[1]);
for (const r of rows)
  console.log(
    r
      .slice(0, 4)
      .map((x) => (x as number).toFixed(1).padStart(5))
      .join(''),
    r[4],
  );
const med = (i: number) => {
  const v = rows.map((r) => r[i] as number).sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)];
};
console.log('median', [0, 1, 2, 3].map(med));
