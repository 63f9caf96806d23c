// Browser: <iop-connect>, the page that answers infobutton requests. It reads the request in the address, looks the
// code up in the table the build wrote into the page, and opens the page in the language asked for
// (location.replace, so Back returns to the record system, not here). A request with no page shows the block that
// says why, in the language asked for: a Spanish request on the English page goes to the Spanish one first. Only
// paths from the table and this page's own sentences are ever used: nothing from the address reaches the page.
import { answer, readRequest, type TableRow } from './request';

class ConnectElement extends HTMLElement {
  connectedCallback() {
    const rows = JSON.parse(this.querySelector('[data-codes]')!.textContent!) as TableRow[];
    const lang = this.dataset.lang === 'es' ? 'es' : 'en';
    const result = answer(rows, readRequest(location.search), lang);
    if (result.kind === 'go') location.replace(result.to);
    else if (result.kind === 'switch') location.replace(this.dataset.other! + location.search);
    else if (result.kind === 'problem') {
      const block = this.querySelector<HTMLElement>('[data-problem]')!;
      for (const p of block.querySelectorAll<HTMLElement>('[data-problem-text]'))
        p.hidden = p.dataset.problemText !== result.problem;
      block.hidden = false;
      // The block sits just under the heading, in view: focus it for screen readers without scrolling the heading away.
      block.focus({ preventScroll: true });
    }
  }
}

customElements.define('iop-connect', ConnectElement);
