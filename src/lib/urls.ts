/** The one URL builder: every internal link on the site is made here. */
export const paths = {
  home: () => '/',
  guide: () => '/guide/',
  article: (slug: string, section?: string) => `/guide/${slug}/${section ? `#${section}` : ''}`,
  /** A stand-alone page from content/pages (about, privacy, get-help, faq, glossary) lives at /<id>/. */
  page: (id: string) => `/${id}/`,
  /** The FAQ list, or a question's place in it (an anchor kept so older links still land on that question). */
  faq: (id?: string) => `/faq/${id ? `#${id}` : ''}`,
  /** One FAQ answer on its own page. */
  faqAnswer: (id: string) => `/faq/${id}/`,
  faqTopic: (topic: string) => `/faq/#${topic}`,
  glossary: (id?: string) => `/glossary/${id ? `#${id}` : ''}`,
  topic: (topic: string) => `/guide/#${topic}`,
  getHelp: () => '/get-help/',
  compare: (levels?: readonly string[], diffOnly = false) =>
    `/compare/${levels?.length ? `?levels=${levels.join(',')}${diffOnly ? '&diff=1' : ''}` : ''}`,
  search: (q?: string) => `/search/${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  about: () => '/about/',
  privacy: () => '/privacy/',
  /** The list of printable handouts. */
  handouts: () => '/handouts/',
  /** One printable handout (content/handouts/<topic>.mdx). */
  handout: (topic: string) => `/handouts/${topic}/`,
  /** A short, typeable address for print and text messages (/h/vs/); content/links.yaml says where it leads. */
  shortLink: (code: string) => `/h/${code}/`,
  /** The page for clinics and professionals (content/pages/clinics.mdx). */
  clinics: () => '/clinics/',
  /** The link and QR code builder. */
  linkBuilder: () => '/clinics/links/',
} as const;

/** Absolute URL for canonical links and print, from a path and the configured site. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
