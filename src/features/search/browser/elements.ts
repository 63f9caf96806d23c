// The search dialog (opened from the header link or Ctrl+K) and <iop-search-page> (/search/). Both upgrade
// server-rendered markup that works without JavaScript. loader.ts loads this file when the reader first reaches for
// search; the search itself (controller.ts, with the crisis words, query reading and "Did you mean") and Pagefind load
// when the dialog first opens.
import { HIGHLIGHT_PARAM, OPEN_SEARCH_EVENT } from '../names';
import { PAGEFIND_HIGHLIGHT_SCRIPT, PAGEFIND_SCRIPT } from '../../../lib/pagefind-files';
import { paths, withBase } from '../../../lib/urls';
import type { SearchController } from './controller';

let controllerModule: Promise<typeof import('./controller')> | null = null;

/** Load the search code once; a failed load (offline) may be tried again on the next open. */
function loadController(): Promise<typeof import('./controller')> {
  if (!controllerModule) {
    controllerModule = import('./controller');
    controllerModule.catch(() => (controllerModule = null));
  }
  return controllerModule;
}

let dialogReady: ((link: HTMLAnchorElement) => void) | null = null;

/**
 * Open the header's search dialog when loader.ts asks (OPEN_SEARCH_EVENT on the Search link: the first click or
 * Ctrl+K, and every one after). The dialog's own behaviour is wired once: Escape and the backdrop close it, focus
 * goes back where it was.
 */
document.addEventListener(OPEN_SEARCH_EVENT, (e) => {
  const link = e.target as HTMLAnchorElement;
  dialogReady ??= wireDialog(link);
  dialogReady(link);
});

function wireDialog(link: HTMLAnchorElement): (link: HTMLAnchorElement) => void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
  const panel = dialog.querySelector<HTMLElement>('[data-search-panel]')!;
  let opener: HTMLElement | null = null;
  let controller: SearchController | null = null;
  // Escape always closes, even from a search field that holds text (where Chromium would only clear the field).
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.isComposing) {
      e.preventDefault();
      dialog.close();
    }
  });
  dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog box) closes it, as readers expect.
  dialog.addEventListener('click', (e) => {
    if (e.target !== dialog) return;
    const r = dialog.getBoundingClientRect();
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) dialog.close();
  });
  dialog.addEventListener('close', () => {
    // Focus goes back where it was (the browser does this too; being explicit covers older engines).
    (opener?.isConnected ? opener : link).focus();
    opener = null;
  });
  return () => {
    // On /search/ the page's own field is the search: focus it rather than open a second one.
    const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
    if (pageInput) return pageInput.focus();
    if (!dialog.open) {
      opener = document.activeElement as HTMLElement | null;
      dialog.showModal();
    }
    // The field takes typing at once; the search code and Pagefind load side by side meanwhile.
    panel.querySelector<HTMLInputElement>('[data-search-input]')!.focus();
    if (!controller) {
      void import(/* @vite-ignore */ withBase(PAGEFIND_SCRIPT)).catch(() => {});
      void loadController()
        .then((m) => (controller ??= new m.SearchController(panel)))
        .catch(() => {});
    }
  };
}

// Arrived from a search result: highlight the searched words with Pagefind's script, loaded only then.
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import(/* @vite-ignore */ withBase(PAGEFIND_HIGHLIGHT_SCRIPT))
    .then(
      (m: { default: new (o: object) => unknown }) =>
        new m.default({ highlightParam: HIGHLIGHT_PARAM, addStyles: false }),
    )
    .catch(() => {});
}

/** The /search/ page: reads ?q= on arrival and keeps the address in step with the query (shareable searches). */
class IopSearchPage extends HTMLElement {
  connectedCallback(): void {
    const panel = this.querySelector<HTMLElement>('[data-search-panel]')!;
    void loadController().then((m) => {
      const controller = new m.SearchController(panel, (q) => history.replaceState(history.state, '', paths.search(q)));
      const q = new URLSearchParams(location.search).get('q');
      if (q && !controller.input.value) void controller.setQuery(q);
    });
  }
}

customElements.define('iop-search-page', IopSearchPage);
