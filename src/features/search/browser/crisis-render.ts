// The help box as DOM (DOM APIs only, like render.ts): built in the browser when a query speaks of a crisis, from
// crisis-box.ts. Built here rather than rendered into every page's search dialog: it only ever shows with JavaScript
// (without it, /search/ starts with its own server-rendered box), and two languages of three kinds of box would
// weigh on every page's first view.
import { crisisBox, type CrisisBlock } from '../crisis-box';
import type { CrisisMatch } from '../crisis-query';
import { searchWords, type SearchLang } from '../words';
import type { HelpAction } from '../../../lib/crisis';

/** The same look as CrisisLines.astro's actions: each its own 44 px link. */
const ACTION =
  'crisis-action inline-flex min-h-11 items-center rounded-md border-2 border-danger bg-surface px-3 py-1 font-semibold text-danger no-underline hover:bg-danger-surface';
/** "Call 911 now": the whole width, filled, the first thing under the search field. */
const CALL_911 =
  'crisis-action flex min-h-11 w-full items-center justify-center rounded-md bg-danger px-3 py-2 text-xl font-bold text-surface no-underline';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * A label that wraps well on a 320 px phone: a phone number never breaks ("1-800-222-" above "1222"), nor is a short
 * last word left alone on a line ("Llame al 988 y marque" above "2").
 */
function labelNodes(label: string): (string | HTMLElement)[] {
  const out: (string | HTMLElement)[] = [];
  let at = 0;
  for (const m of label.matchAll(/\d[\d-]{6,}\d|\S+ \S{1,3}$/g)) {
    out.push(label.slice(at, m.index), el('span', 'whitespace-nowrap', m[0]));
    at = m.index + m[0].length;
  }
  out.push(label.slice(at));
  return out.filter((part) => part !== '');
}

function link(a: HelpAction, className: string): HTMLAnchorElement {
  const e = el('a', className);
  // One inner span: the link is a flex box, and the label's text and its no-wrap runs must flow as one line of text.
  const text = el('span');
  text.append(...labelNodes(a.label));
  e.append(text);
  e.href = a.href;
  e.dataset.action = a.kind;
  return e;
}

function block(b: CrisisBlock): HTMLElement {
  if (b.type === 'call911') {
    const p = el('p');
    p.append(link(b.action, CALL_911));
    return p;
  }
  if (b.type === 'say') {
    const p = el('p');
    if (b.strong) p.append(el('strong', 'block text-lg', b.strong), ' ');
    p.append(b.text);
    return p;
  }
  if (b.type === 'steps') {
    const div = el('div');
    div.append(el('p', 'font-semibold', b.heading));
    const ul = el('ul', 'mt-1 list-disc pl-5');
    for (const s of b.steps) ul.append(el('li', '', s));
    div.append(ul);
    return div;
  }
  const div = el('div');
  div.dataset.line = b.line.id;
  if (!b.bare) div.append(el('p', 'font-semibold', b.line.name));
  const actions = el('p', b.bare ? 'flex flex-wrap gap-2' : 'mt-1 flex flex-wrap gap-2');
  for (const a of b.line.actions) actions.append(link(a, ACTION));
  div.append(actions);
  if (b.detail) div.append(el('p', 'mt-1 text-sm', b.line.detail));
  return div;
}

/** Fill the box for `match` on a page in `pageLang`; `getHelp` is that page's Get help now address. */
export function fillCrisisBox(box: HTMLElement, match: CrisisMatch, pageLang: SearchLang, getHelp: string): void {
  const panels = crisisBox(match.kind, match.lang, pageLang).map((panel, i) => {
    const div = el('div', i > 0 ? 'mt-4 grid gap-3' : 'grid gap-3');
    if (panel.lang !== pageLang) div.lang = panel.lang;
    if (panel.heading) div.append(el('p', 'font-semibold', panel.heading));
    div.append(...panel.blocks.map(block));
    return div;
  });
  const more = el('p', 'mt-3');
  const a = el('a', 'font-semibold text-danger', searchWords(pageLang).crisisMore);
  a.href = getHelp;
  more.append(a);
  box.replaceChildren(...panels, more);
  box.dataset.kind = match.kind;
  box.dataset.lang = match.lang;
}
