// Browser: <iop-questions>, the questions tool. The list is server-rendered; this makes each question a checkbox
// (shown by the `js` class), keeps the choice in the address's fragment (#q=wait,hours: it stays in the browser and
// is never sent to a server), and runs the actions: print, copy the link or the questions, text the link, share,
// show a QR code (drawn here by src/lib/qr.ts, as handouts draw theirs) and clear. Nothing is fetched or sent.
import { qrLabel, qrSvg } from '../../lib/qr';
import { choiceUrl, fragmentFor, listText, parseFragment, smsLink, toggle } from './state';
import { WORDS, type Lang } from './words';

/**
 * How many chosen questions the printed sheet gives larger type (questions.css): up to FEW, each question over a
 * box the width of the page; up to SOME, beside a wider box. More, or none chosen (all print), use the compact sheet.
 */
const FEW = 8;
const SOME = 16;

class IopQuestions extends HTMLElement {
  #known: string[] = [];
  #ids: string[] = [];
  #lang: Lang = 'en';

  connectedCallback() {
    this.#known = (this.dataset.known ?? '').split(',').filter(Boolean);
    this.#lang = this.dataset.lang === 'es' ? 'es' : 'en';
    const form = this.querySelector<HTMLFormElement>('[data-form]')!;
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      if (box.name !== 'q') return;
      this.#ids = toggle(this.#ids, box.value, box.checked, this.#known);
      this.#save();
      this.#render();
    });
    this.querySelector('[data-to-actions]')?.addEventListener('click', (e) => {
      // Move to the actions without changing the fragment, which holds the choice.
      e.preventDefault();
      const heading = this.querySelector<HTMLElement>('.qt-actions h2')!;
      heading.scrollIntoView();
      heading.focus();
    });
    this.querySelector('.qt-actions')!.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (button) void this.#act(button);
    });
    const share = this.querySelector<HTMLButtonElement>('[data-action="share"]')!;
    share.hidden = typeof navigator.share !== 'function';
    window.addEventListener('hashchange', () => this.#load(true));
    this.#load(false);
  }

  get #words() {
    return WORDS[this.#lang];
  }

  /** The address that reopens the current choice (the page's public address with its fragment). */
  get #url(): string {
    return choiceUrl(this.dataset.url ?? location.href, this.#ids, this.#known);
  }

  /** Take the choice from the address. A fragment without one (a section link) leaves the choice as it is. */
  #load(changed: boolean) {
    const choice = parseFragment(location.hash, this.#known);
    if (!choice.present) {
      if (changed && this.#ids.length) this.#save();
      return;
    }
    this.#ids = choice.ids;
    this.#render();
    if (choice.unknown) this.#say(this.#words.unknown(choice.unknown));
  }

  /** Keep the choice in the address, replacing the entry (a tick is not a page to go back to). */
  #save() {
    history.replaceState(history.state, '', location.pathname + location.search + fragmentFor(this.#ids, this.#known));
  }

  #render() {
    const words = this.#words;
    for (const box of this.querySelectorAll<HTMLInputElement>('input[name="q"]'))
      box.checked = this.#ids.includes(box.value);
    const count = words.count(this.#ids.length, this.#known.length);
    const counter = this.querySelector<HTMLElement>('[data-count]')!;
    if (counter.textContent !== count) counter.textContent = count;
    const url = this.#url;
    for (const el of this.querySelectorAll('[data-address]')) el.textContent = url;
    this.querySelector<HTMLAnchorElement>('[data-sms]')!.href = smsLink(words.smsBody(url));
    const title = this.querySelector('h1')?.textContent?.trim() ?? '';
    const svg = qrSvg(url, qrLabel(url, title, this.#lang));
    for (const el of this.querySelectorAll('[data-qr], [data-print-qr]')) el.innerHTML = svg;
    const n = this.#ids.length;
    this.dataset.size = n === 0 ? 'all' : n <= FEW ? 'few' : n <= SOME ? 'some' : 'many';
  }

  #say(message: string) {
    this.querySelector<HTMLElement>('[data-message]')!.textContent = message;
  }

  async #act(button: HTMLButtonElement) {
    const words = this.#words;
    const action = button.dataset.action;
    if (action === 'print') {
      window.print();
    } else if (action === 'copy-link') {
      this.#say((await this.#copy(this.#url)) ? words.linkCopied : words.copyFailed);
    } else if (action === 'copy-text') {
      const texts = [...this.querySelectorAll<HTMLInputElement>('input[name="q"]')]
        .filter((b) => this.#ids.length === 0 || b.checked)
        .map((b) => b.closest('li')!.querySelector('.qt-text')!.textContent!.trim());
      const title = this.querySelector('h1')!.textContent!.trim();
      this.#say((await this.#copy(listText(title, texts, this.#url))) ? words.textCopied : words.copyFailed);
    } else if (action === 'share') {
      try {
        await navigator.share({ title: document.title, url: this.#url });
      } catch {
        // Closing the share sheet is not an error worth a message.
      }
    } else if (action === 'qr') {
      const figure = this.querySelector<HTMLElement>('#qt-qr')!;
      figure.hidden = !figure.hidden;
      button.setAttribute('aria-expanded', String(!figure.hidden));
      button.textContent = figure.hidden ? words.showQr : words.hideQr;
    } else if (action === 'clear') {
      this.#ids = [];
      this.#save();
      this.#render();
      this.#say(words.cleared);
    }
  }

  /**
   * Copy text with the Clipboard API; where it is missing or refused (a page not served over HTTPS, an older
   * browser), with the older copy command on a hidden text box. If both fail, the address is selected so the reader
   * can copy it by hand.
   */
  async #copy(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Fall through to the older way.
    }
    // execCommand is deprecated, but it is the one way left to copy where the Clipboard API is not offered.
    const back = document.activeElement as HTMLElement | null;
    const area = document.createElement('textarea');
    area.value = text;
    area.readOnly = true;
    area.className = 'sr-only';
    this.append(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    back?.focus();
    if (!copied) {
      const address = this.querySelector('.qt-actions [data-address]');
      if (address) getSelection()?.selectAllChildren(address);
    }
    return copied;
  }
}

customElements.define('iop-questions', IopQuestions);
