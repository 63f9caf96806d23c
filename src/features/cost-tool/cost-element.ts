// <iop-cost>: upgrades the paper cost worksheet (CostTool.astro) into boxes with a live estimate. It reads the state
// from the address's fragment on load (and when the fragment changes), shows the boxes the chosen coverage uses,
// works out the estimate as the reader types (after a short pause, so a screen reader hears the result once, politely),
// and keeps the state in the fragment with history.replaceState: a reload or a shared link shows the same numbers,
// and nothing the reader types is ever sent anywhere. Every word comes from words.ts, every number from cost.ts.
import { estimate, type SiteNumbers } from './cost';
import { FIELDS, RANGE_FIELDS, fromFragment, readState, toFragment, type Field, type RawState } from './state';
import { explain, type SiteTexts } from './explain';
import { COST_WORDS, fieldName, problemMessage, type Lang } from './words';

/** Milliseconds of quiet typing before the estimate updates. */
const PAUSE = 400;

/** An element with `text` as its only content. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

class IopCost extends HTMLElement {
  connectedCallback(): void {
    const lang: Lang = this.dataset.lang === 'es' ? 'es' : 'en';
    const w = COST_WORDS[lang];
    const { texts, numbers } = JSON.parse(this.dataset.figures ?? '{}') as { texts: SiteTexts; numbers: SiteNumbers };
    const form = this.querySelector<HTMLFormElement>('[data-form]')!;
    const $ = <T extends Element>(s: string) => this.querySelector<T>(s)!;
    const summary = $<HTMLElement>('[data-summary]');
    const notQuote = $<HTMLElement>('[data-not-quote]');
    const problemList = $<HTMLUListElement>('[data-problems]');
    const ends = $<HTMLElement>('[data-ends]');
    const notes = $<HTMLElement>('[data-notes]');
    const table = $<HTMLTableElement>('[data-numbers]');
    const printAddress = $<HTMLElement>('[data-print-address]');
    const inputs = (f: Field) => [...form.querySelectorAll<HTMLInputElement>(`[data-field="${f}"]`)];
    const choice = (f: 'cover' | 'share') => inputs(f).find((i) => i.checked)?.value ?? '';

    /** The boxes as the reader filled them in; a range's two boxes become "3-5". */
    const read = (): RawState => {
      const raw: RawState = {};
      for (const f of FIELDS) {
        if (f === 'cover' || f === 'share') raw[f] = choice(f);
        else {
          const [from, to] = [...inputs(f)].map((i) => i.value.trim());
          raw[f] = from && to ? `${from}-${to}` : from || to || '';
        }
        if (!raw[f]) delete raw[f];
      }
      return raw;
    };

    /** Fill the boxes from a state read from the address (a bad value goes back in its box as it was). */
    const fill = (raw: RawState) => {
      for (const f of FIELDS) {
        const value = raw[f] ?? '';
        if (f === 'cover' || f === 'share') for (const i of inputs(f)) i.checked = i.value === value;
        else {
          const boxes = inputs(f);
          const m = RANGE_FIELDS.includes(f) ? /^([^-]+)-([^-]+)$/.exec(value) : null;
          boxes[0].value = m ? m[1] : value;
          if (boxes[1]) boxes[1].value = m ? m[2] : '';
        }
      }
    };

    /**
     * Show the boxes the chosen coverage uses (none until one is chosen), with their names and hints for it, and the
     * questions and unknowns that apply to it (all of them until one is chosen).
     */
    const layout = (raw: RawState) => {
      const cover = raw.cover ?? '';
      const share = raw.share ?? '';
      for (const e of this.querySelectorAll<HTMLElement>('[data-for]')) {
        const listed = e.dataset.for!.split(' ').includes(cover);
        if (!e.closest('form')) {
          e.toggleAttribute('data-off', !!cover && !listed);
          continue;
        }
        const box = e.dataset.box;
        const shareOk =
          box === 'pct' ? share === 'pct' : box === 'copay' && cover === 'plan' ? share === 'copay' : true;
        e.hidden = !(listed && shareOk);
      }
      if (cover)
        for (const e of this.querySelectorAll<HTMLElement>('[data-cover-only]'))
          e.hidden = e.dataset.coverOnly !== cover;
    };

    const say = (text: string) => {
      // Rewritten only when it changes, so a screen reader hears each new estimate once.
      if (summary.textContent !== text) summary.textContent = text;
    };

    const render = (raw: RawState) => {
      layout(raw);
      const { inputs: checked, problems } = readState(raw, numbers);
      const cover = checked.cover ?? null;
      for (const box of this.querySelectorAll<HTMLElement>('[data-error]')) {
        const field = box.dataset.error as Field;
        const problem = problems.find((p) => p.field === field);
        box.textContent = problem ? problemMessage(problem, cover, lang) : '';
        box.hidden = !problem;
        // "true", not an empty value: aria-invalid="" means false to assistive technology.
        for (const i of inputs(field))
          if (problem) i.setAttribute('aria-invalid', 'true');
          else i.removeAttribute('aria-invalid');
      }
      problemList.replaceChildren(
        ...problems.map((p) => {
          const li = el('li');
          const a = el('a', problemMessage(p, cover, lang));
          a.href = `#${form.querySelector(`[data-field="${p.field}"]`)?.id ?? ''}`;
          a.addEventListener('click', (ev) => {
            ev.preventDefault();
            form.querySelector<HTMLInputElement>(`[data-field="${p.field}"]`)?.focus();
          });
          li.append(a);
          return li;
        }),
      );
      problemList.hidden = !problems.length;
      ends.replaceChildren();
      notes.replaceChildren();
      table.hidden = true;
      notQuote.hidden = true;
      this.removeAttribute('data-estimate');
      if (problems.length) return say(`${w.checkTitle}.`);
      const e = estimate(checked, numbers);
      if (!e.ok) {
        if (e.needed.includes('cover')) return say(w.chooseCover);
        return say(`${w.needTitle} ${e.needed.map((n) => fieldName(n, cover, lang)).join(', ')}.`);
      }
      const x = explain(e, checked, texts, lang);
      say(x.summary);
      notQuote.hidden = false;
      this.setAttribute('data-estimate', '');
      for (const end of x.ends) {
        if (end.title) ends.append(el('h3', end.title, 'mt-4 text-lg font-bold'));
        else ends.append(el('h3', w.howWorked, 'mt-4 text-lg font-bold'));
        const ol = el('ol', undefined, 'mt-1 list-decimal space-y-1 pl-6');
        ol.append(...end.steps.map((s) => el('li', s)));
        ends.append(ol);
      }
      for (const n of [x.sameEnds, ...x.notes]) if (n) notes.append(el('p', n, 'mt-3'));
      table.tBodies[0].replaceChildren(
        ...x.numbers.map((row) => {
          const tr = el('tr', undefined, 'border-b border-border');
          tr.append(el('td', row.what, 'py-1 pr-2'), el('td', row.value, 'py-1 pr-2'), el('td', row.from, 'py-1'));
          return tr;
        }),
      );
      table.hidden = false;
      printAddress.textContent = w.savedAt(location.href);
    };

    /** Keep the state in the address without a new history entry for each key pressed. */
    const remember = (raw: RawState) => {
      const url = location.pathname + location.search + toFragment(raw);
      if (url !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', url);
    };

    let timer: number | undefined;
    const now = () => {
      clearTimeout(timer);
      const raw = read();
      remember(raw);
      render(raw);
    };
    form.addEventListener('input', (ev) => {
      // A choice (a radio button) shows its boxes at once; typing waits for a pause.
      if ((ev.target as HTMLInputElement).type === 'radio') return now();
      clearTimeout(timer);
      timer = window.setTimeout(now, PAUSE);
    });
    form.addEventListener('change', now);
    // Enter in a box must not submit the form: that would put the numbers in a request.
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      now();
    });
    $<HTMLButtonElement>('[data-print]').addEventListener('click', () => window.print());
    $<HTMLButtonElement>('[data-reset]').addEventListener('click', () => {
      fill({});
      now();
      inputs('cover')[0].focus();
    });
    const load = () => {
      const raw = fromFragment(location.hash);
      if (!raw) return;
      fill(raw);
      render(raw);
    };
    addEventListener('hashchange', load);
    const raw = fromFragment(location.hash);
    if (raw) fill(raw);
    render(raw ?? read());
  }
}

customElements.define('iop-cost', IopCost);
