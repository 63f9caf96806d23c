/**
 * The words of the "link to this" anchors and their "Copy link" buttons, in each language. Two records: the copy
 * script ships only the button's words, on every page.
 */

/** The site's languages (as src/i18n/lang.ts; repeated so the copy script does not ship the i18n module). */
export type Lang = 'en' | 'es';

/** What a self link points at. */
export type LinkTarget = 'section' | 'answer' | 'term';

/** The copy button's words: at rest, after copying, and when the browser refused. */
export const COPY_WORDS: Record<Lang, { copy: string; done: string; failed: string }> = {
  en: { copy: 'Copy link', done: 'Link copied', failed: 'Could not copy: press and hold the link instead' },
  es: { copy: 'Copiar enlace', done: 'Enlace copiado', failed: 'No se pudo copiar: mantenga presionado el enlace' },
};

const WHAT_ES: Record<LinkTarget, string> = { section: 'esta sección', answer: 'esta respuesta', term: 'este término' };

/** A self link's words, built on the server. */
export const LINK_WORDS: Record<
  Lang,
  { copyRest: (what: LinkTarget, title: string) => string; linkTo: (what: LinkTarget) => string }
> = {
  en: {
    /** What a screen reader hears after the button's visible words: " to this section: Medicare". */
    copyRest: (what, title) => ` to this ${what}: ${title}`,
    /** A self link's visible words: "Link to this answer". */
    linkTo: (what) => `Link to this ${what}`,
  },
  es: {
    copyRest: (what, title) => ` a ${WHAT_ES[what]}: ${title}`,
    linkTo: (what) => `Enlace a ${WHAT_ES[what]}`,
  },
};
