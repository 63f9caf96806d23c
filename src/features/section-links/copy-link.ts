// Browser enhancement: the "Copy link" buttons beside every "link to this" anchor (rendered by the server, shown only
// with JavaScript) copy the place's full address, without search-highlight parameters, and say "Link copied" on the
// button and in the page's status region. One listener for the whole page.
import { COPY_CLASS, shareUrl } from './markup';

document.addEventListener('click', async (e) => {
  const button = (e.target as Element | null)?.closest<HTMLButtonElement>(`button.${COPY_CLASS}`);
  if (!button) return;
  const words = button.firstElementChild!;
  const status = document.querySelector('[data-copy-status]');
  let said = 'Link copied';
  try {
    await navigator.clipboard.writeText(shareUrl(button.dataset.copy!, location.href));
  } catch {
    said = 'Could not copy: press and hold the link instead';
  }
  words.textContent = said;
  if (status) status.textContent = said;
  setTimeout(() => (words.textContent = 'Copy link'), 2500);
});
