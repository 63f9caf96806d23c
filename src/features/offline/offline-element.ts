// <iop-offline>: the "Save for offline" control, loaded when the reader presses Save (loader.ts). It saves this
// language's copy into Cache Storage with progress, then registers the service worker that answers from it; it shows
// when the copy was saved and how recent its content is, and offers Update and Remove. data-state says where it is
// (idle, saving, saved, error) and data-version which copy is saved, for tests and styles.
import { OFFLINE_WORDS, formatDay, formatIsoDay, type OfflineLang } from './words';
import { START_ATTR, UPDATED_MESSAGE } from './names';
import { SaveError, fetchManifest, removeCopies, saveCopy, savedCopies, type FoundCopy } from './store';

/** Wait until the registration's worker is active; a worker that fails to install is an error, not a wait forever. */
async function activated(registration: ServiceWorkerRegistration): Promise<void> {
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (!worker || worker.state === 'activated') return;
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (worker.state === 'activated') resolve();
      else if (worker.state === 'redundant') reject(new Error('the service worker did not start'));
    };
    worker.addEventListener('statechange', check);
    check();
  });
}

class IopOffline extends HTMLElement {
  private language: OfflineLang = 'en';
  private scope = '';
  private busy = false;

  private find<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-offline-${name}]`)!;
  }

  connectedCallback() {
    this.language = this.dataset.lang === 'es' ? 'es' : 'en';
    this.scope = new URL(this.dataset.scope ?? '/', location.href).href;
    this.find('save').addEventListener('click', () => void this.save());
    this.find('update').addEventListener('click', () => void this.save());
    this.find('remove').addEventListener('click', () => void this.discard());
    // The service worker switched this language's copy to a newer version while the page was open.
    navigator.serviceWorker.addEventListener('message', (e: MessageEvent<{ type?: string; lang?: string }>) => {
      if (e.data?.type === UPDATED_MESSAGE && e.data.lang === this.language && !this.busy) void this.show();
    });
    if (this.hasAttribute(START_ATTR)) void this.save();
    else void this.show();
  }

  private get words() {
    return OFFLINE_WORDS[this.language];
  }

  /** This language's saved copy, if there is one. */
  private async current(): Promise<FoundCopy | undefined> {
    return (await savedCopies(caches, this.scope)).find((c) => c.manifest.lang === this.language);
  }

  /** Show the saved copy (or the offer to save one), with `message` announced. */
  private async show(message = '', copy?: FoundCopy, quiet = false) {
    copy ??= await this.current();
    const saved = copy !== undefined;
    this.dataset.state = saved ? 'saved' : 'idle';
    if (copy) this.dataset.version = copy.manifest.version;
    else delete this.dataset.version;
    const state = this.find('state');
    state.hidden = !copy;
    if (copy) state.textContent = this.savedText(copy);
    this.keepFocus(() => {
      this.find('about').hidden = saved;
      this.find('auto').hidden = !saved;
      this.find('progress').hidden = true;
      this.find('save').hidden = saved;
      this.find('update').hidden = !saved;
      this.find('remove').hidden = !saved;
    });
    this.announce(message, quiet);
  }

  /** Make a change that may hide the focused button; keyboard focus then moves to the status line, not the page. */
  private keepFocus(change: () => void) {
    const focused = this.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
    change();
    if (focused?.closest('[hidden]')) this.find('status').focus();
  }

  /** "Saved on <the reader's day>; content reviewed <the newest review date of the saved pages>." */
  private savedText(copy: FoundCopy): string {
    return this.words.saved(
      formatDay(new Date(copy.savedAt), this.language),
      formatIsoDay(copy.manifest.reviewed, this.language),
    );
  }

  /** Say `message` in the status line; `quiet` ones only to screen readers (the state line already shows them). */
  private announce(message: string, quiet = false) {
    const status = this.find('status');
    status.classList.toggle('sr-only', quiet);
    status.textContent = message;
  }

  private progress(done: number, total: number) {
    const percent = Math.min(100, Math.floor((done / Math.max(total, 1)) * 100));
    this.find<HTMLProgressElement>('progress').querySelector('progress')!.value = percent;
    this.find('percent').textContent = this.words.progress(percent);
  }

  /** Save this language's copy, or bring a saved one up to date, then make sure the service worker is there. */
  private async save() {
    if (this.busy) return;
    this.busy = true;
    const previous = await this.current();
    this.dataset.state = 'saving';
    this.keepFocus(() => {
      for (const name of ['save', 'update', 'remove', 'about']) this.find(name).hidden = true;
      this.find('progress').hidden = false;
    });
    this.progress(0, 1);
    this.announce(previous ? this.words.updating : this.words.saving);
    try {
      const manifestUrl = new URL(this.dataset.manifest!, location.href).href;
      let copy: FoundCopy | undefined;
      let current = false;
      // A file that changed under the manifest (the site was being published) earns one fresh start.
      for (let attempt = 0; !copy; attempt += 1) {
        try {
          const manifest = await fetchManifest(fetch, manifestUrl);
          if (previous && manifest.version === previous.manifest.version) {
            copy = previous;
            current = true;
          } else
            copy = await saveCopy(caches, fetch, this.scope, manifest, {
              previous,
              onProgress: (done, total) => this.progress(done, total),
            });
        } catch (e) {
          if (!(e instanceof SaveError && e.kind === 'changed' && attempt === 0)) throw e;
        }
      }
      await activated(
        await navigator.serviceWorker.register(new URL(this.dataset.sw!, location.href).href, {
          scope: new URL(this.scope).pathname,
        }),
      );
      this.busy = false;
      await this.show(current ? this.words.upToDate : this.savedText(copy), copy, !current);
    } catch (e) {
      this.busy = false;
      // A first save that did not finish leaves nothing behind but what a retry can use after a lost connection.
      const kind = e instanceof SaveError ? e.kind : 'other';
      if (!previous && kind !== 'network') await removeCopies(caches, this.scope, this.language).catch(() => 0);
      await this.show('', previous);
      this.dataset.state = 'error';
      this.announce(this.words.failed[kind]);
      console.error('Saving the guide for offline use failed:', e);
    }
  }

  /** Remove this language's copy; with no copy left in any language, the service worker goes too. */
  private async discard() {
    if (this.busy) return;
    this.busy = true;
    try {
      const others = (await savedCopies(caches, this.scope)).filter((c) => c.manifest.lang !== this.language);
      if (!others.length) await (await navigator.serviceWorker.getRegistration(this.scope))?.unregister();
      await removeCopies(caches, this.scope, others.length ? this.language : undefined);
    } finally {
      this.busy = false;
    }
    await this.show(this.words.removed);
  }
}

customElements.define('iop-offline', IopOffline);
