// Browser: the link and QR builder, <iop-link-builder>. The form is server-rendered (showing the first page) and shown
// by CSS once the page has JavaScript; this makes it work. The page list is the server-rendered <select>; sections and
// short addresses come from the JSON island beside it. Everything is made here, in the reader's browser: the QR code
// (uqr, through src/lib/qr.ts), the text message, the SVG and PNG files. Nothing is fetched or sent anywhere.
import { QUIET_ZONE, qrLabel, qrMatrix, qrSvg } from '../../lib/qr';
import { buildLink, countText, pageLang, type BuiltLink } from './link';
import { choiceQuery, readChoice } from './choice';

type Data = Record<string, { s?: string; a?: [string, string][] }>;

/** Pixels per QR module in the PNG file: 8 makes a code of about 300 px, sharp when printed small or large. */
const PNG_SCALE = 8;

class LinkBuilder extends HTMLElement {
  #link!: BuiltLink;
  #title = '';

  connectedCallback() {
    const data = JSON.parse(this.querySelector('[data-targets]')!.textContent!) as Data;
    const form = this.querySelector('form')!;
    const page = form.querySelector<HTMLSelectElement>('[name="page"]')!;
    const section = form.querySelector<HTMLSelectElement>('[name="section"]')!;
    const fillSections = () => {
      const sections = data[page.value]?.a ?? [];
      section.replaceChildren(new Option('The whole page', ''), ...sections.map(([id, t]) => new Option(t, id)));
      section.disabled = sections.length === 0;
    };
    const update = () => {
      const chosen = section.value ? { id: section.value, title: section.selectedOptions[0].text } : undefined;
      this.#title = chosen ? `${chosen.title} (${page.selectedOptions[0].text})` : page.selectedOptions[0].text;
      this.#link = buildLink(
        { path: page.value, title: page.selectedOptions[0].text, short: data[page.value]?.s },
        chosen,
        this.dataset.site!,
      );
      this.#out('url').textContent = this.#link.url;
      form.querySelector<HTMLAnchorElement>('[data-open]')!.href = this.#link.url;
      this.#out('short').textContent = this.#link.short ?? '';
      this.#out('message').textContent = this.#link.message;
      // A Spanish message is read out in Spanish.
      this.#out('message').lang = pageLang(page.value) === 'es' ? 'es' : '';
      this.#out('count').textContent = countText(this.#link.message);
      form.querySelector<HTMLElement>('[data-short-block]')!.hidden = !this.#link.short;
      form.querySelector('[data-qr]')!.innerHTML = qrSvg(this.#link.url, qrLabel(this.#link.url, this.#title));
    };
    // Only a reader's own change is written into the address; opening the builder leaves it as it was.
    page.addEventListener('change', () => {
      fillSections();
      update();
      remember(page.value, section.value);
    });
    section.addEventListener('change', () => {
      update();
      remember(page.value, section.value);
    });
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('click', (e) => {
      const button = (e.target as Element).closest('button');
      if (button) void this.#act(button);
    });
    const copyImage = form.querySelector<HTMLButtonElement>('[data-action="copy-png"]')!;
    copyImage.hidden = !('ClipboardItem' in window && navigator.clipboard?.write);
    // The choice kept in the address (a reload, Back, or a link a colleague sent): a page and part that exist.
    const asked = readChoice(location.search);
    if (asked.page && data[asked.page] !== undefined) page.value = asked.page;
    fillSections();
    if (asked.part && [...section.options].some((o) => o.value === asked.part)) section.value = asked.part;
    update();
  }

  #out(name: string): HTMLElement {
    return this.querySelector<HTMLElement>(`[data-out="${name}"]`)!;
  }

  /** Copy, download or copy the image, then say what happened in the status line. */
  async #act(button: HTMLButtonElement) {
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const action = button.dataset.action!;
    const name =
      `iop-guide-qr-${this.#link.url.replace(/^https?:\/\/[^/]+\//, '').replace(/[^a-z0-9]+/gi, '-')}`.replace(
        /-+$/,
        '',
      );
    try {
      if (action === 'copy') {
        await navigator.clipboard.writeText(this.#out(button.dataset.copy!).textContent!);
        status.textContent = `${button.dataset.what} copied.`;
      } else if (action === 'svg') {
        const svg = qrSvg(this.#link.url, qrLabel(this.#link.url, this.#title));
        download(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`);
        status.textContent = 'QR code saved as an SVG file.';
      } else if (action === 'png') {
        download(await this.#png(), `${name}.png`);
        status.textContent = 'QR code saved as a PNG file.';
      } else if (action === 'copy-png') {
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': this.#png() })]);
        status.textContent = 'QR code image copied.';
      }
    } catch {
      status.textContent = 'That did not work in this browser. Select the text, or save the image, instead.';
    }
  }

  /** The QR code as a PNG: black modules on white, quiet zone included, drawn on a canvas in this page. */
  #png(): Promise<Blob> {
    const matrix = qrMatrix(this.#link.url);
    const size = (matrix.length + 2 * QUIET_ZONE) * PNG_SCALE;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size, size);
    ctx.fillStyle = '#000';
    matrix.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) ctx.fillRect((x + QUIET_ZONE) * PNG_SCALE, (y + QUIET_ZONE) * PNG_SCALE, PNG_SCALE, PNG_SCALE);
      }),
    );
    return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject()), 'image/png'));
  }
}

/** Keep the choice in the page's address without adding a history entry for each change. */
function remember(page: string, part: string) {
  const query = choiceQuery(page, part);
  if (query !== location.search) history.replaceState(history.state, '', location.pathname + query + location.hash);
}

/** Save a blob made in this page as a file (a local blob: URL, released right after). */
function download(blob: Blob, filename: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  // Some browsers only follow a link that is in the document.
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

customElements.define('iop-link-builder', LinkBuilder);
