// Browser behaviour of a SearchPanel: loads Pagefind on first use, searches as the reader types, shows the help box
// for the kind of crisis a query speaks of (911 first for a medical emergency, 988 first for suicide) and the Get help
// page first, how to find a program for a "near me" query, and "Did you mean".
import { EXCERPT_WORDS, cleanQuery, plainUrl, resultCountText, withoutPinned } from './results';
import { find, type Pagefind } from './find';
import { fillSuggestion, renderHit } from './render';
import { detectCrisis } from '../crisis-query';
import { fillCrisisBox } from './crisis-render';
import { readQuery } from '../query-intent';
import { HIGHLIGHT_PARAM } from '../names';
import { PAGEFIND_SCRIPT, VOCABULARY_FILE, VOCABULARY_FILE_ES } from '../../../lib/pagefind-files';
import { withBase } from '../../../lib/urls';
import { BASE } from '../../../config';
import { langOfPath, localePaths } from '../../../i18n/lang';
import { searchWords } from '../words';

// The page's language: a Spanish page searches the Spanish index (Pagefind reads <html lang>) and speaks Spanish.
const lang = langOfPath(location.pathname);
const words = searchWords(lang);
const paths = localePaths(lang);

/** Wait this long after the last keystroke before searching. */
const DEBOUNCE_MS = 60;

let pagefindPromise: Promise<Pagefind> | null = null;
let vocabularyPromise: Promise<string[]> | null = null;

/** Load and start Pagefind once per page; nothing is fetched until search is first used. */
export function loadPagefind(): Promise<Pagefind> {
  if (!pagefindPromise) {
    pagefindPromise = (import(/* @vite-ignore */ withBase(PAGEFIND_SCRIPT)) as Promise<Pagefind>).then(async (pf) => {
      // No web worker: for an index this small, searching on the page is as quick, and it saves fetching
      // pagefind-worker.js (43 KB) on the first search.
      // baseUrl: result links carry the base path the site is served under.
      await pf.options({
        highlightParam: HIGHLIGHT_PARAM,
        excerptLength: EXCERPT_WORDS,
        noWorker: true,
        baseUrl: BASE,
      });
      await pf.init();
      return pf;
    });
    pagefindPromise.catch(() => (pagefindPromise = null));
  }
  return pagefindPromise;
}

/** The "Did you mean" words, fetched the first time a word is not found. */
function loadVocabulary(): Promise<string[]> {
  if (!vocabularyPromise) {
    vocabularyPromise = fetch(withBase(lang === 'es' ? VOCABULARY_FILE_ES : VOCABULARY_FILE)).then((r) =>
      r.ok ? (r.json() as Promise<string[]>) : [],
    );
    vocabularyPromise.catch(() => (vocabularyPromise = null));
  }
  return vocabularyPromise;
}

/** Wires one SearchPanel. `onQuery` hears every query searched (the /search/ page keeps its URL in step). */
export class SearchController {
  readonly input: HTMLInputElement;
  private status: HTMLElement;
  private list: HTMLOListElement;
  private empty: HTMLElement;
  private crisis: HTMLElement;
  private near: HTMLElement;
  private suggestion: HTMLElement;
  private filters: HTMLSelectElement[];
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  // The root's data-state ("searching", "done", "error") lets tests and the benchmark wait for results.
  constructor(
    private root: HTMLElement,
    private onQuery?: (q: string) => void,
  ) {
    const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-search-${name}]`)!;
    this.input = part('input');
    this.status = part('status');
    this.list = part('results');
    this.empty = part('empty');
    this.crisis = part('crisis');
    this.near = part('near');
    this.suggestion = part('didyoumean');
    this.filters = [...root.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
    root.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      const first = this.links()[0];
      if (first) first.click();
      else void this.run();
    });
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
    // This code loads after the dialog opened: the field may already have focus, and words typed meanwhile.
    if (document.activeElement === this.input) void loadPagefind().catch(() => {});
    if (this.input.value.trim()) this.schedule();
    for (const f of this.filters) f.addEventListener('change', () => void this.run());
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && this.links().length) {
        e.preventDefault();
        this.links()[0].focus();
      }
    });
    this.list.addEventListener('keydown', (e) => this.moveFocus(e));
    // Suggested words (no results, "Did you mean") search for themselves in place.
    root.addEventListener('click', (e) => {
      const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-search-suggest]');
      if (!a) return;
      e.preventDefault();
      this.input.value = a.dataset.searchSuggest!;
      this.input.focus();
      void this.run();
    });
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
    // A search is now pending: answers to earlier words are stale, and the state says so at once.
    this.seq++;
    this.root.dataset.state = 'searching';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  /** Set the query (e.g. from ?q=) and search now. */
  setQuery(q: string): Promise<void> {
    this.input.value = q;
    return this.run();
  }

  /** Server-rendered results shown first for a crisis or "near me" query (in SearchPanel's templates). */
  private pins(crisis: boolean, nearMe: boolean): HTMLLIElement[] {
    const kinds = [...(crisis ? ['crisis'] : []), ...(nearMe ? ['near'] : [])];
    return kinds.flatMap((k) => {
      const t = this.root.querySelector<HTMLTemplateElement>(`template[data-search-pin="${k}"]`);
      return t ? ([...(t.content.cloneNode(true) as DocumentFragment).children] as HTMLLIElement[]) : [];
    });
  }

  /** Search for what is in the field now; stale answers (the reader kept typing) are dropped. */
  async run(): Promise<void> {
    clearTimeout(this.timer);
    const seq = ++this.seq;
    const q = cleanQuery(this.input.value);
    this.onQuery?.(q);
    this.root.dataset.state = 'searching';
    const intent = readQuery(q);
    const match = detectCrisis(q, lang);
    const crisis = match !== null;
    // The help box shows at once, before any search finishes (or fails); it is rebuilt only when its kind or
    // language changes, so the reader's place in it holds while they keep typing.
    if (match && (this.crisis.dataset.kind !== match.kind || this.crisis.dataset.lang !== match.lang))
      fillCrisisBox(this.crisis, match, lang, paths.getHelp());
    const appearing = crisis && this.crisis.hidden;
    this.crisis.hidden = !crisis;
    // On the search page (not in the dialog, which sits at the top of the screen), the field and the box's first
    // call move up under the sticky bars when the box appears: with a phone's keyboard up, 300 px is all one sees.
    if (appearing && !this.root.closest('dialog')) this.input.scrollIntoView({ block: 'start' });
    this.near.hidden = !intent.nearMe;
    const pins = this.pins(crisis, intent.nearMe);
    const filters = Object.fromEntries(
      this.filters.filter((f) => f.value).map((f) => [f.dataset.searchFilter!, f.value]),
    );
    try {
      const pf = intent.search ? await loadPagefind() : null;
      const found = pf ? await find(pf, q, intent, filters, loadVocabulary) : { hits: [], total: 0, suggested: [] };
      if (seq !== this.seq) return;
      const pinned = pins.map((li) => plainUrl(li.querySelector('a')!.getAttribute('href')!));
      const hits = withoutPinned(found.hits, pinned);
      this.list.replaceChildren(...pins, ...hits.map((h) => renderHit(h, intent.words.length === 0)));
      this.suggestion.hidden = !found.suggested.length;
      if (found.suggested.length) fillSuggestion(this.suggestion, found.suggested, paths.search, words);
      const total = found.total + pins.length - (found.hits.length - hits.length);
      this.empty.hidden = !(q && intent.search && total === 0);
      const first = crisis ? words.crisisFirst : intent.nearMe ? words.nearFirst : '';
      const more = total > pins.length + hits.length ? words.showingBest(pins.length + hits.length) : '';
      this.status.textContent = !q
        ? ''
        : intent.search || pins.length
          ? first + resultCountText(total, lang) + more
          : words.typeAWord;
      this.root.dataset.state = 'done';
    } catch {
      if (seq !== this.seq) return;
      this.list.replaceChildren(...pins);
      this.empty.hidden = true;
      this.suggestion.hidden = true;
      this.status.textContent = words.failed;
      this.root.dataset.state = 'error';
    }
  }
}
