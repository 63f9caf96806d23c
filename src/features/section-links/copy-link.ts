// Browser enhancement: the "Copy link" buttons beside every "link to this" anchor (rendered by the server, shown only
// with JavaScript) copy the place's full address, without search-highlight parameters, and say "Link copied" on the
// button and in the page's status region. One listener for the whole page.
import { COPY_CLASS, shareUrl } from './markup';
import { COPY_WORDS } from './words';

// The page's language from <html lang>: this runs on every first view, where importing i18n/lang.ts would cost bytes.
const spanish = document.documentElement.lang.startsWith('es');
const WORDS = COPY_WORDS[spanish ? 'es' : 'en'];

document.addEventListener('click', async (e) => {
  const button = (e.target as Element | null)?.closest<HTMLButtonElement>(`button.${COPY_CLASS}`);
  if (!button) return;
  const words = button.firstElementChild!;
  const status = document.querySelector('[data-copy-status]');
  let said = WORDS.done;
  try {
    await navigator.clipboard.writeText(shareUrl(button.dataset.copy!, location.href));
  } catch {
    said = WORDS.failed;
  }
  words.textContent = said;
  if (status) status.textContent = said;
  setTimeout(() => (words.textContent = WORDS.copy), 2500);
});
