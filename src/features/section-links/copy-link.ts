// Browser enhancement: a "Copy link" button beside every "link to this" anchor, copying the place's full address
// (without search-highlight parameters) and saying "Link copied" on the button and in a status region.
import { SELF_LINK_CLASS, shareUrl } from './markup';

if (navigator.clipboard?.writeText) {
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'sr-only';
  document.body.append(status);
  for (const link of document.querySelectorAll<HTMLAnchorElement>(`a.${SELF_LINK_CLASS}`)) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    const text = document.createElement('span');
    text.textContent = 'Copy link';
    // Visible words first, then what the link is for: the accessible name starts with what sighted users read.
    const what = document.createElement('span');
    what.className = 'sr-only';
    what.textContent = (link.querySelector('.sr-only')?.textContent ?? '')
      .replace(/^Link/, '')
      .replace(/^ to this/, ' to this');
    button.append(text, what);
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(shareUrl(link.getAttribute('href')!, location.href));
        text.textContent = status.textContent = 'Link copied';
      } catch {
        text.textContent = status.textContent = 'Could not copy: press and hold the link instead';
      }
      setTimeout(() => (text.textContent = 'Copy link'), 2500);
    });
    link.after(button);
  }
}
