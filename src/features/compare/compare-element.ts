// <iop-compare>: upgrades the server-rendered comparison of every level (see Compare.astro). It shows the 2 or 3
// chosen levels in the table, the phone cards, the example weeks and the sources, and keeps the choice in the
// address so a clinic can link to a comparison and Back/Forward step through changes. The server already renders
// the default choice for readers with JavaScript (the `js:` styles), so upgrading /compare/ moves nothing on screen.
import {
  announcement,
  droppedLevels,
  parseState,
  refusalMessage,
  stateQuery,
  toggleLevel,
  tooManyMessage,
  type CompareState,
} from './state';
import { openDetailsWhenPrinting } from './print-open';
import { langOfPath, localePaths } from '../../i18n/lang';

class IopCompare extends HTMLElement {
  connectedCallback(): void {
    const known = (this.dataset.known ?? '').split(',');
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[name="level"]')];
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const ownPage = this.querySelector<HTMLAnchorElement>('[data-own-page]');
    const parts = [...this.querySelectorAll<HTMLElement>('[data-level]')];
    const names = Object.fromEntries(boxes.map((b) => [b.value, b.dataset.name ?? b.value]));
    let state: CompareState = parseState(location.search, known);
    // A link that names more levels than fit: said once, on load, with which are shown and which are left out.
    const dropped = droppedLevels(location.search, known);
    const lang = langOfPath(location.pathname);
    const paths = localePaths(lang);

    const say = (text: string, refused = false) => {
      // The choice is rewritten only when it changes, so the server's "Comparing IOP and PHP." is not announced
      // again on load; a refusal always is, so pressing again says why again.
      if (refused || status.textContent?.trim() !== text) status.textContent = text;
      status.toggleAttribute('data-refused', refused);
    };
    const show = (next: CompareState) => {
      state = next;
      for (const b of boxes) b.checked = state.levels.includes(b.value);
      for (const el of parts) el.toggleAttribute('data-off', !state.levels.includes(el.dataset.level!));
      // The phone cards set the chosen levels side by side when there are two (or three, given room).
      this.dataset.count = String(state.levels.length);
      if (ownPage) ownPage.href = paths.compare(state.levels);
      say(
        announcement(
          state.levels.map((l) => names[l]),
          lang,
        ),
      );
    };

    for (const b of boxes) {
      b.addEventListener('change', () => {
        const r = toggleLevel(state.levels, b.value, b.checked, known);
        if (r.refused) {
          b.checked = !b.checked;
          return say(refusalMessage(r.refused, lang), true);
        }
        // A new history entry per change, so Back undoes the last choice.
        history.pushState(history.state, '', location.pathname + stateQuery(r, known) + location.hash);
        show({ levels: r.levels });
      });
    }
    addEventListener('popstate', () => show(parseState(location.search, known)));
    // A malformed ?levels= is quietly corrected in the address, so a shared link always shows what is on screen.
    if (new URLSearchParams(location.search).has('levels') && location.search !== stateQuery(state, known)) {
      history.replaceState(history.state, '', location.pathname + stateQuery(state, known) + location.hash);
    }
    show(state);
    if (dropped.length)
      say(
        tooManyMessage(
          state.levels.map((l) => names[l]),
          dropped.map((l) => names[l]),
          lang,
        ),
        true,
      );
  }
}

customElements.define('iop-compare', IopCompare);
openDetailsWhenPrinting(window);
