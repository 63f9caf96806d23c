// What every page loads for search: a few hundred bytes that wait for the reader to reach for it (a click on the
// header's Search link, Ctrl+K or Cmd+K) and only then load the dialog (elements.ts). The link stays a plain link to
// /search/ until then, and for modified clicks (new tab) always.
import { HIGHLIGHT_PARAM, OPEN_SEARCH_EVENT } from '../names';
// The dialog's code as its own bundle, by URL: Vite's "?worker&url" builds it separately (as an ES module, see
// astro.config.mjs), so this first-view script needs no module-preload helper (about 600 bytes) to load it.
import elementsUrl from './elements?worker&url';

let elements: Promise<unknown> | null = null;
const load = () => {
  elements ??= import(/* @vite-ignore */ elementsUrl);
  elements.catch(() => (elements = null));
  return elements;
};

const link = document.querySelector<HTMLAnchorElement>('[data-search-open]');
if (link) {
  link.setAttribute('aria-haspopup', 'dialog');
  link.setAttribute('aria-keyshortcuts', 'Control+K Meta+K');
  const keys = link.querySelector<HTMLElement>('[data-search-keys]');
  if (keys && /Mac|iPhone|iPad/.test(navigator.platform)) keys.textContent = '⌘ K';
  const open = () => void load().then(() => link.dispatchEvent(new Event(OPEN_SEARCH_EVENT, { bubbles: true })));
  link.addEventListener('click', (e) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    open();
  });
  // A pointer or keyboard on its way to the link starts the load early.
  for (const type of ['pointerenter', 'focus']) link.addEventListener(type, () => void load(), { once: true });
  document.addEventListener('keydown', (e) => {
    if (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
      e.preventDefault();
      open();
    }
  });
}
// The /search/ page, and a page reached from a search result (its words are highlighted), need it at once.
if (document.querySelector('iop-search-page') || new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void load();
