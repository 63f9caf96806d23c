// What every page loads for the "Save for offline" control: a few bytes. Where the control is, and the browser can
// keep a site offline, it shows the Save button; the control's code (offline-element.ts) loads only when the reader
// presses it, or at once on a page the saved copy answered (to show when it was saved). Elsewhere it does nothing.
import { START_ATTR } from './names';
// Its own bundle, by URL, as the search loader does: no module-preload helper in this first-view script.
import elementUrl from './offline-element?worker&url';

const control = document.querySelector('iop-offline');
if (control && navigator.serviceWorker) {
  control.toggleAttribute('data-ready');
  const load = () => import(/* @vite-ignore */ elementUrl);
  // Pressed before the code is here: the element starts saving as soon as it is defined.
  control.querySelector('button')?.addEventListener('click', () => (control.toggleAttribute(START_ATTR), load()), {
    once: true,
  });
  if (navigator.serviceWorker.controller) void load();
}
