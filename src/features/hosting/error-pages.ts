/**
 * The site's own small pages for the errors a web server answers by itself, before any page is looked up: an address
 * it cannot read (400), a method a static site does not take (405), a request body that is too large (413), an
 * address that is too long (414; a shared link of 10,000 characters). Each is tiny (no search, no script, one small
 * stylesheet), says what happened in English and Spanish, and carries the crisis lines in both languages, so a reader
 * in crisis who follows a broken link still finds help. nginx serves them with the security headers (nginx.ts);
 * the build writes them to /errors/<status>.html (src/pages/errors/). Pure: the caller passes the hashes of the site's
 * inline scripts (for the <meta> policy), the base path, and the colours (the theme's palette, src/features/theme/).
 */
import { CRISIS_LINES, CRISIS_LINES_ES, type Helpline } from '../../lib/crisis.ts';
import { SITE_NAME } from '../../lib/site.ts';
import { makePaths, withBase } from '../../lib/urls.ts';
import { UI } from '../../i18n/strings.ts';
import { contentSecurityPolicy } from './headers.ts';

/** The statuses that get the site's own page (404 has the full not-found page, src/pages/404.astro). */
export const ERROR_STATUSES = [400, 405, 413, 414] as const;
/** One of them. */
export type ErrorStatus = (typeof ERROR_STATUSES)[number];

/** Where an error page is, as a site path ("/errors/400.html"). */
export function errorPagePath(status: ErrorStatus): string {
  return `/errors/${status}.html`;
}
/** The error pages' stylesheet, as a site path. */
export const ERROR_CSS = '/errors/error.css';

/** What each page says, in both languages: a heading and a sentence on what to do. */
const WORDS: Record<ErrorStatus, Record<'en' | 'es', { title: string; text: string }>> = {
  400: {
    en: {
      title: 'We could not read that web address',
      text: 'The link may have a typo in it, or it may have been cut off when it was copied.',
    },
    es: {
      title: 'No pudimos leer esa dirección web',
      text: 'Puede que el enlace tenga un error o que se haya cortado al copiarlo.',
    },
  },
  405: {
    en: {
      title: 'This page cannot do that',
      text: 'This site only shows pages to read. It does not take forms or files.',
    },
    es: {
      title: 'Esta página no puede hacer eso',
      text: 'Este sitio solo muestra páginas para leer. No recibe formularios ni archivos.',
    },
  },
  413: {
    en: { title: 'That was too much to send', text: 'This site does not take files or forms.' },
    es: { title: 'Se envió demasiada información', text: 'Este sitio no recibe archivos ni formularios.' },
  },
  414: {
    en: {
      title: 'That web address is too long',
      text: 'The link may have been copied wrong, or it may have extra text at the end.',
    },
    es: {
      title: 'Esa dirección web es demasiado larga',
      text: 'Puede que el enlace se haya copiado mal o que tenga texto de más al final.',
    },
  },
};

/** The words around them, in both languages. */
const FRAME = {
  en: {
    next: (home: string, search: string) =>
      `Go to the <a href="${home}">home page</a> or <a href="${search}">search the guide</a>.`,
    description: 'The page could not be shown. Go to the home page or search the guide. Crisis help is below.',
  },
  es: {
    next: (home: string, search: string) =>
      `Vaya a la <a href="${home}">página principal</a> o <a href="${search}">busque en la guía</a>.`,
  },
} as const;

/** Text for HTML: our own words and numbers, escaped anyway. */
function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The crisis lines as links, one 44 px target per action. */
function lines(list: readonly Helpline[]): string {
  return list
    .map(
      (l) =>
        `<li><span class="name">${esc(l.name)}</span> ${l.actions.map((a) => `<a class="action" href="${esc(a.href)}">${esc(a.label)}</a>`).join(' ')}</li>`,
    )
    .join('');
}

/**
 * The HTML of the page for `status`, for a site served under `base`. Its <meta> policy names `scriptHashes`, the same
 * policy as every page's (the page itself runs no script).
 */
export function errorPage(status: ErrorStatus, scriptHashes: readonly string[], base = '/'): string {
  const en = makePaths(base);
  const es = makePaths(withBase('/es/', base));
  const w = WORDS[status];
  return [
    '<!doctype html>',
    '<html lang="en-US">',
    '<head>',
    '<meta charset="utf-8">',
    // For hosts that send no headers; nginx sends the full policy as a header too.
    `<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy(scriptHashes, { forMeta: true }))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="robots" content="noindex">',
    `<title>${esc(w.en.title)} | ${SITE_NAME}</title>`,
    `<meta name="description" content="${esc(FRAME.en.description)}">`,
    `<link rel="icon" href="${withBase('/favicon.svg', base)}" type="image/svg+xml">`,
    `<link rel="stylesheet" href="${withBase(ERROR_CSS, base)}">`,
    '</head>',
    '<body>',
    `<header><a href="${en.home()}">${SITE_NAME}</a></header>`,
    '<main>',
    `<h1>${esc(w.en.title)}</h1>`,
    `<p>${esc(w.en.text)} ${FRAME.en.next(en.home(), en.search())}</p>`,
    '</main>',
    `<aside lang="es-US" aria-labelledby="es-title">`,
    `<h2 id="es-title">${esc(w.es.title)}</h2>`,
    `<p>${esc(w.es.text)} ${FRAME.es.next(es.home(), es.search())}</p>`,
    '</aside>',
    '<footer>',
    `<h2>${esc(UI.en.footer.crisisTitle)}</h2>`,
    `<ul>${lines(CRISIS_LINES)}</ul>`,
    `<p><a href="${en.getHelp()}">${esc(UI.en.crisis.moreLines)}</a></p>`,
    `<div lang="es-US">`,
    `<h2>${esc(UI.es.footer.crisisTitle)}</h2>`,
    `<ul>${lines(CRISIS_LINES_ES)}</ul>`,
    `<p><a href="${es.getHelp()}">${esc(UI.es.crisis.moreLines)}</a></p>`,
    '</div>',
    `<p>${esc(UI.en.footer.notAdvice(SITE_NAME))}</p>`,
    `<p lang="es-US">${esc(UI.es.footer.notAdvice(SITE_NAME))}</p>`,
    '</footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The error pages' stylesheet: readable type, light and dark (the browser's own Canvas colours), crisis actions as
 * 44 px targets in the site's danger colour of each theme (`danger`: the theme's palette, passed in by the route).
 */
export function errorPageCss(danger: { light: string; dark: string }): string {
  return `:root { color-scheme: light dark; background: Canvas; color: CanvasText; font-family: system-ui, sans-serif; line-height: 1.5; }
body { max-width: 40rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.25; }
h2 { font-size: 1.2rem; margin-top: 2rem; }
ul { list-style: none; padding: 0; }
li { margin: 0.75rem 0; }
.name { display: block; font-weight: 600; }
.action { display: inline-flex; align-items: center; min-height: 44px; margin: 0.25rem 0.5rem 0.25rem 0; padding: 0 0.75rem;
  border: 2px solid ${danger.light}; border-radius: 0.375rem; color: ${danger.light}; font-weight: 600; text-decoration: none; }
@media (prefers-color-scheme: dark) { .action { border-color: ${danger.dark}; color: ${danger.dark}; } }
footer { margin-top: 2rem; border-top: 1px solid; padding-top: 0.5rem; }
`;
}
