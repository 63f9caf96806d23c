/** The one URL builder: every internal link on the site is made here, under the base path the site is served from. */
import { BASE } from '../config.ts';

/** The paths of a site served under `base` ("/" or "/iop-guide/"). */
export function makePaths(base: string) {
  const root = base.replace(/\/$/, '');
  const p = (path: string) => `${root}${path}`;
  return {
    home: () => p('/'),
    guide: () => p('/guide/'),
    article: (slug: string, section?: string) => p(`/guide/${slug}/${section ? `#${section}` : ''}`),
    /** A stand-alone page from content/pages (about, privacy, get-help, faq, glossary) lives at /<id>/. */
    page: (id: string) => p(`/${id}/`),
    /** The FAQ list, or a question's place in it (an anchor kept so older links still land on that question). */
    faq: (id?: string) => p(`/faq/${id ? `#${id}` : ''}`),
    /** One FAQ answer on its own page. */
    faqAnswer: (id: string) => p(`/faq/${id}/`),
    faqTopic: (topic: string) => p(`/faq/#${topic}`),
    glossary: (id?: string) => p(`/glossary/${id ? `#${id}` : ''}`),
    topic: (topic: string) => p(`/guide/#${topic}`),
    getHelp: () => p('/get-help/'),
    compare: (levels?: readonly string[]) => p(`/compare/${levels?.length ? `?levels=${levels.join(',')}` : ''}`),
    search: (q?: string) => p(`/search/${q ? `?q=${encodeURIComponent(q)}` : ''}`),
    about: () => p('/about/'),
    privacy: () => p('/privacy/'),
    /** The list of printable handouts. */
    handouts: () => p('/handouts/'),
    /** One printable handout (content/handouts/<topic>.mdx). */
    handout: (topic: string) => p(`/handouts/${topic}/`),
    /** A short, typeable address for print and text messages (/h/vs/); content/links.yaml says where it leads. */
    shortLink: (code: string) => p(`/h/${code}/`),
    /** A handout's own short address (/p/vs/: "p" for print), beside its page's /h/vs/. */
    handoutShortLink: (code: string) => p(`/p/${code}/`),
    /** The list of every short address (/h/), for a reader who typed part of one. */
    shortLinks: () => p('/h/'),
    /** The page for clinics and professionals (content/pages/clinics.mdx). */
    clinics: () => p('/clinics/'),
    /** The link and QR code builder. */
    linkBuilder: () => p('/clinics/links/'),
    /** The page that answers infobutton requests from clinics' record systems (a diagnosis code -> a guide page). */
    connect: () => p('/connect/'),
    /** Every diagnosis-code mapping, for systems that fetch and cache (one file for both languages, at the root). */
    codesJson: () => p('/codes.json'),
    /** The JSON Feed of every article, FAQ answer and handout in a language. */
    feed: () => p('/feed.json'),
    /** The Atom feed of pages whose dated facts changed (or are about to), in a language. */
    changesFeed: () => p('/changes.xml'),
    /** What a saved offline copy shows, without a signal, for a page it does not hold (src/features/offline/). */
    offline: () => p('/offline/'),
    /** Questions to ask a program (a tool; the reader's choice follows in the fragment, #q=wait,hours). */
    questionsTool: () => p('/tools/questions/'),
    /** What might IOP cost me? (a tool; the reader's numbers follow in the fragment, #cover=plan&days=3). */
    costTool: () => p('/tools/cost/'),
  } as const;
}

/** Every internal path, under the configured base path. */
export const paths = makePaths(BASE);
/** Every internal path as the site sees it, without the base path: the keys of content/links.yaml and links.json. */
export const sitePaths = makePaths('/');

/** A root-relative path (an asset, a Pagefind file) under the base path: "/favicon.svg" -> "/iop-guide/favicon.svg". */
export function withBase(path: string, base = BASE): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

/** A site path from a URL path under the base path: "/iop-guide/guide/x/" -> "/guide/x/" (unchanged if outside it). */
export function withoutBase(path: string, base = BASE): string {
  const root = base.replace(/\/$/, '');
  return root && path.startsWith(`${root}/`) ? path.slice(root.length) : path;
}

/** The absolute URL of a site path ("/h/vs/", as content/links.yaml writes it) under the base path. */
export function siteUrl(sitePath: string, site: URL | string, base = BASE): string {
  return new URL(withBase(sitePath, base), site).href;
}

/** Absolute URL for canonical links and print, from a path and the configured site. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** A URL as people type it: no "https://", no "www." ("iopguide.org/h/vs/"). */
export function bareUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '');
}
