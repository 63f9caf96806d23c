// Search results as DOM, built with DOM APIs only: excerpt text goes through textContent, and only Pagefind's <mark>
// becomes an element, so nothing in an excerpt can become markup.
import { excerptParts, type Hit } from './results';
import { SEARCH_WORDS } from '../words';

/** Build the excerpt runs into `el` as text nodes and <mark> elements (`allMarks`: keep marks on filler words too). */
function fillExcerpt(el: HTMLElement, excerpt: string, allMarks: boolean): void {
  for (const part of excerptParts(excerpt, allMarks)) {
    if (part.mark) {
      const m = document.createElement('mark');
      m.textContent = part.text;
      el.append(m);
    } else el.append(part.text);
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** One result: page title link, its section, excerpt, and links to the best-matching sections. */
export function renderHit(hit: Hit, allMarks = false): HTMLLIElement {
  const li = el('li', 'search-hit rounded-lg border border-border p-3');
  const link = el('a', 'text-lg font-semibold', hit.title);
  link.href = hit.url;
  li.append(link);
  if (hit.section && hit.section !== hit.title) li.append(el('p', 'text-sm text-muted', hit.section));
  // With sections listed, each carries its own excerpt; repeating the best one under the title adds nothing.
  if (!hit.subs.length) {
    const excerpt = el('p', 'mt-1 text-sm');
    fillExcerpt(excerpt, hit.excerpt, allMarks);
    li.append(excerpt);
  }
  if (hit.subs.length) {
    const ul = el('ul', 'mt-2 space-y-2 border-l-2 border-border pl-3');
    for (const sub of hit.subs) {
      const item = el('li', '');
      const a = el('a', 'font-medium', sub.title);
      a.href = sub.url;
      item.append(a);
      const p = el('p', 'text-sm text-muted');
      fillExcerpt(p, sub.excerpt, allMarks);
      item.append(p);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

/** "Did you mean a or b?" into `line`, each word a link that searches for it (`href` gives its /search/ address). */
export function fillSuggestion(
  line: HTMLElement,
  words: readonly string[],
  href: (w: string) => string,
  say: { didYouMean: string; or: string; shownMany: string; shownOne: string } = SEARCH_WORDS.en,
): void {
  const parts: (string | Node)[] = [say.didYouMean];
  words.forEach((w, i) => {
    if (i > 0) parts.push(i === words.length - 1 ? say.or : ', ');
    const a = el('a', 'font-semibold', w);
    a.href = href(w);
    a.dataset.searchSuggest = w;
    parts.push(a);
  });
  parts.push(words.length > 1 ? say.shownMany : say.shownOne);
  line.replaceChildren(...parts);
}
