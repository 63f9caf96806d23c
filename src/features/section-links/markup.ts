/**
 * The "link to this" anchor shown beside every section heading, FAQ answer and glossary term, so a clinic can point
 * at exactly that place. One definition, used by the Markdown plugin (section headings) and by SelfLink.astro.
 */

import { LINK_WORDS, type Lang, type LinkTarget } from './words.ts';

/** Class names the styles and the copy-link script rely on. */
export const SELF_LINK_CLASS = 'self-link';
/** The "Copy link" button beside each self link: rendered by the server, shown only with JavaScript (CSS). */
export const COPY_CLASS = 'copy-link';

/** What a self link points at (its words are in words.ts). */
export type { LinkTarget };

/** What a screen reader hears after the button's visible words ("Copy link" + " to this section: Medicare"). */
export function copyLabelRest(what: LinkTarget, title: string, lang: Lang = 'en'): string {
  return LINK_WORDS[lang].copyRest(what, title);
}

/** The visible words of a self link shown with its label ("Link to this answer"). */
export function selfLinkWords(what: LinkTarget, lang: Lang = 'en'): string {
  return LINK_WORDS[lang].linkTo(what);
}
export const HEADING_WRAP_CLASS = 'heading-wrap';

/** What a screen reader hears for the anchor ("Link to this section: Medicare"). */
export function selfLinkLabel(what: LinkTarget, title: string, lang: Lang = 'en'): string {
  return `${selfLinkWords(what, lang)}: ${title}`;
}

/** The link icon (a chain link), drawn inline so it needs no request. */
export const LINK_ICON_PATH = 'M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1';

/** The address to share for a self link: absolute, without the query string a search result adds. */
export function shareUrl(href: string, page: string): string {
  const url = new URL(href, page);
  url.search = '';
  return url.href;
}
