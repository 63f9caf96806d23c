// <iop-compare>: upgrades the server-rendered table of every level (see Compare.astro). It shows the 2 or 3 chosen
// levels, can hide rows that are the same for all of them, and keeps the choice in the address so a clinic can link
// to a comparison and Back/Forward step through changes. It reads the values back from the table, so no data is
// shipped twice.
import {
  MAX_CHOSEN,
  MIN_CHOSEN,
  announcement,
  differingRows,
  parseState,
  stateQuery,
  toggleLevel,
  type CompareState,
  type RowValues,
} from './state';
import { paths } from '../../lib/urls';

class IopCompare extends HTMLElement {
  connectedCallback(): void {
    const known = (this.dataset.known ?? '').split(',');
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[name="level"]')];
    const diffBox = this.querySelector<HTMLInputElement>('[data-diff]')!;
    const live = this.querySelector<HTMLElement>('[data-live]')!;
    const ownPage = this.querySelector<HTMLAnchorElement>('[data-own-page]');
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('tr[data-row]')];
    const values: RowValues = {};
    for (const tr of rows) {
      const cells: Record<string, string> = {};
      tr.querySelectorAll<HTMLElement>('td[data-level]').forEach(
        (td) => (cells[td.dataset.level!] = td.textContent ?? ''),
      );
      values[tr.dataset.row!] = cells;
    }
    const names = Object.fromEntries(boxes.map((b) => [b.value, b.dataset.name ?? b.value]));
    let state: CompareState = parseState(location.search, known);

    const render = (announce: boolean) => {
      for (const b of boxes) b.checked = state.levels.includes(b.value);
      diffBox.checked = state.diffOnly;
      this.querySelectorAll<HTMLElement>('[data-level]').forEach(
        (el) => (el.hidden = !state.levels.includes(el.dataset.level!)),
      );
      const differ = differingRows(values, state.levels);
      for (const tr of rows) tr.hidden = state.diffOnly && !differ.includes(tr.dataset.row!);
      if (ownPage) ownPage.href = paths.compare(state.levels, state.diffOnly);
      if (announce)
        live.textContent = announcement(
          state.levels.map((l) => names[l]),
          state.diffOnly,
          state.diffOnly ? differ.length : rows.length,
          rows.length,
        );
    };
    const change = (next: CompareState) => {
      state = next;
      // A new history entry per change, so Back undoes the last choice.
      history.pushState(history.state, '', location.pathname + stateQuery(state, known) + location.hash);
      render(true);
    };

    for (const b of boxes) {
      b.addEventListener('change', () => {
        const r = toggleLevel(state.levels, b.value, b.checked, known);
        if (r.refused) {
          b.checked = !b.checked;
          live.textContent =
            r.refused === 'max'
              ? `You can compare up to ${MAX_CHOSEN} levels. Uncheck one first.`
              : `Keep at least ${MIN_CHOSEN} levels checked.`;
          return;
        }
        change({ ...state, levels: r.levels });
      });
    }
    diffBox.addEventListener('change', () => change({ ...state, diffOnly: diffBox.checked }));
    addEventListener('popstate', () => {
      state = parseState(location.search, known);
      render(true);
    });
    // A malformed ?levels= is quietly corrected in the address, so a shared link always shows what is on screen.
    const params = new URLSearchParams(location.search);
    if (params.has('levels') && location.search !== stateQuery(state, known)) {
      history.replaceState(history.state, '', location.pathname + stateQuery(state, known) + location.hash);
    }
    this.querySelector<HTMLElement>('[data-controls]')!.hidden = false;
    render(false);
  }
}

customElements.define('iop-compare', IopCompare);
