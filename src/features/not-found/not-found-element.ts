// <iop-not-found>: on the 404 page, offers the page nearest to the address that was not found ("Did you mean What
// is IOP?"), from the site's list of pages shipped with the page (pages.ts). Without JavaScript the page still offers
// search, the guide's topics and the crisis link.
import { nearestPage } from './nearest';
import { readNotFoundData } from './pages';

class IopNotFound extends HTMLElement {
  connectedCallback(): void {
    const data = this.querySelector('script[type="application/json"]')?.textContent;
    const offer = this.querySelector<HTMLElement>('[data-suggestion]');
    const link = offer?.querySelector('a');
    if (!data || !offer || !link) return;
    const base = this.dataset.base ?? '/';
    const page = nearestPage(location.pathname, readNotFoundData(data), base);
    if (!page) return;
    link.href = base.replace(/\/$/, '') + (page.href ?? page.path);
    link.textContent = page.title;
    // A Spanish page offered on the English 404 page (or the other way round) is marked as such for screen readers.
    const lang = /^\/es\//.test(page.href ?? page.path) ? 'es' : 'en';
    if (lang !== document.documentElement.lang.slice(0, 2)) {
      link.lang = lang;
      link.hreflang = lang;
    }
    offer.hidden = false;
  }
}

customElements.define('iop-not-found', IopNotFound);
