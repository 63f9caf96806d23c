// Browser behaviour of a SearchPanel: loads Pagefind on first use, searches as the reader types, renders results
// with DOM APIs only (excerpt text goes through textContent; only Pagefind's <mark> becomes an element).
import {
  cleanQuery,
  excerptParts,
  looseWords,
  mergeLoose,
  rankWithExtra,
  resultCountText,
  type Hit,
  type RawResult,
} from './results';
import { FAQ_FILTER, HIGHLIGHT_PARAM, PAGEFIND_SCRIPT } from '../names';

/** The parts of Pagefind's JS API this site uses. */
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/** One result before its data is loaded. */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<RawResult>;
}

/** Fewer strict results than this and a looser search (word by word) fills the list. */
const ENOUGH = 3;
/** Results rendered per search (the count announced is the full number). */
const SHOWN = 10;
/** Wait this long after the last keystroke before searching. */
const DEBOUNCE_MS = 60;

let pagefindPromise: Promise<Pagefind> | null = null;

/** Load and start Pagefind once per page; nothing is fetched until search is first used. */
export function loadPagefind(): Promise<Pagefind> {
  if (!pagefindPromise) {
    pagefindPromise = (import(/* @vite-ignore */ PAGEFIND_SCRIPT) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: 24 });
      await pf.init();
      return pf;
    });
    pagefindPromise.catch(() => (pagefindPromise = null));
  }
  return pagefindPromise;
}

/** Build the excerpt runs into `el` as text nodes and <mark> elements. */
function fillExcerpt(el: HTMLElement, excerpt: string): void {
  for (const part of excerptParts(excerpt)) {
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
function renderHit(hit: Hit): HTMLLIElement {
  const li = el('li', 'search-hit rounded-lg border border-border p-3');
  const link = el('a', 'text-lg font-semibold', hit.title);
  link.href = hit.url;
  li.append(link);
  if (hit.section && hit.section !== hit.title) li.append(el('p', 'text-sm text-muted', hit.section));
  // With sections listed, each carries its own excerpt; repeating the best one under the title adds nothing.
  if (!hit.subs.length) {
    const excerpt = el('p', 'mt-1 text-sm');
    fillExcerpt(excerpt, hit.excerpt);
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
      fillExcerpt(p, sub.excerpt);
      item.append(p);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

/** Wires one SearchPanel. `onQuery` hears every query searched (the /search/ page keeps its URL in step). */
export class SearchController {
  readonly input: HTMLInputElement;
  private status: HTMLElement;
  private list: HTMLOListElement;
  private empty: HTMLElement;
  private filters: HTMLSelectElement[];
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  // The root's data-state ("searching", "done", "error") lets tests and the benchmark wait for results.
  constructor(
    private root: HTMLElement,
    private onQuery?: (q: string) => void,
  ) {
    this.input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
    this.status = root.querySelector<HTMLElement>('[data-search-status]')!;
    this.list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
    this.empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
    this.filters = [...root.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
    root.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      const first = this.links()[0];
      if (first) first.click();
      else this.run();
    });
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
    for (const f of this.filters) f.addEventListener('change', () => this.run());
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && this.links().length) {
        e.preventDefault();
        this.links()[0].focus();
      }
    });
    this.list.addEventListener('keydown', (e) => this.moveFocus(e));
    for (const a of root.querySelectorAll<HTMLAnchorElement>('[data-search-suggest]')) {
      a.addEventListener('click', (e) => {
        e.preventDefault();
        this.input.value = a.dataset.searchSuggest!;
        this.input.focus();
        this.run();
      });
    }
  }

  private links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll('a')];
  }

  /** Arrow keys move between result links; up from the first goes back to the search field. */
  private moveFocus(e: KeyboardEvent): void {
    const links = this.links();
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    let next: HTMLElement | undefined;
    if (e.key === 'ArrowDown') next = links[Math.min(i + 1, links.length - 1)];
    else if (e.key === 'ArrowUp') next = i === 0 ? this.input : links[i - 1];
    else if (e.key === 'Home' && !e.ctrlKey) next = links[0];
    else if (e.key === 'End' && !e.ctrlKey) next = links[links.length - 1];
    if (!next) return;
    e.preventDefault();
    next.focus();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), DEBOUNCE_MS);
  }

  /** Set the query (e.g. from ?q=) and search now. */
  setQuery(q: string): Promise<void> {
    this.input.value = q;
    return this.run();
  }

  /** Search for what is in the field now; stale answers (the reader kept typing) are dropped. */
  async run(): Promise<void> {
    clearTimeout(this.timer);
    const seq = ++this.seq;
    const q = cleanQuery(this.input.value);
    this.onQuery?.(q);
    this.root.dataset.state = 'searching';
    if (!q) return this.show(seq, q, [], 0);
    const filters = Object.fromEntries(
      this.filters.filter((f) => f.value).map((f) => [f.dataset.searchFilter!, f.value]),
    );
    try {
      const pf = await loadPagefind();
      // The FAQ page alone (FAQ_FILTER), so an exact question can lead even when the page ranks low.
      const [strict, faq] = await Promise.all([
        pf.search(q, { filters }),
        pf.search(q, { filters: { ...filters, ...FAQ_FILTER } }),
      ]);
      let results = strict.results;
      const words = looseWords(q);
      if (results.length < ENOUGH && (words.length > 1 || (words.length === 1 && words[0] !== q))) {
        const loose = await Promise.all(words.map(async (w) => (await pf.search(w, { filters })).results));
        results = mergeLoose(results, loose);
      }
      const shown = results.slice(0, SHOWN);
      const extra = faq.results.find((r) => !shown.some((s) => s.id === r.id));
      const [data, extraData] = await Promise.all([Promise.all(shown.map((r) => r.data())), extra?.data()]);
      if (seq !== this.seq) return;
      this.show(seq, q, rankWithExtra(q, data, extraData), results.length);
    } catch {
      if (seq !== this.seq) return;
      this.list.replaceChildren();
      this.empty.hidden = true;
      this.status.textContent = 'Search could not load. Please reload the page, or browse the guide and FAQ instead.';
      this.root.dataset.state = 'error';
    }
  }

  private show(seq: number, q: string, hits: Hit[], total: number): void {
    if (seq !== this.seq) return;
    this.list.replaceChildren(...hits.map(renderHit));
    this.empty.hidden = !(q && total === 0);
    const more = total > hits.length ? ` Showing the best ${hits.length}.` : '';
    this.status.textContent = resultCountText(total, q) + (total ? more : '');
    this.root.dataset.state = 'done';
  }
}
