/**
 * Every name shared by the page markup, the index build and the browser code: our metadata and filter keys, the
 * highlight parameter and the longest query. Nothing here is typed anywhere else (the aliases file, being content, is
 * named in src/model/search-aliases.ts; the index's file paths, which the offline copy lists too, in
 * src/lib/pagefind-files.ts).
 */

/**
 * The event the first-view loader (loader.ts) fires on the header's Search link, once the dialog's code has loaded,
 * to open it. An event rather than an export: that code is built as its own bundle, loaded by URL, whose exports
 * are not kept.
 */
export const OPEN_SEARCH_EVENT = 'iop-search-open';
/** The query parameter that carries the searched words to the result page. */
export const HIGHLIGHT_PARAM = 'highlight';
/** Longest query sent to Pagefind (and the search field's maxlength); no one types more, and huge queries cost time. */
export const MAX_QUERY = 120;

/**
 * The word that opens and closes hidden text added to a page's indexed copy (alias words, unaccented headings):
 * Pagefind finds those words, but they are never shown to a reader, so results.ts cuts every marked run out of an
 * excerpt. An invisible separator, standing as a word of its own, so it changes no word's spelling in the index.
 */
export const HIDDEN_MARK = '\u2063';

/** Metadata keys a page carries for its search result. */
export const META = {
  description: 'description',
  /** The topic (or page title) shown under a result. */
  topic: 'topic',
  /** Alias words with their fragment ("word#fragment|..."), so an exact alias can rank first. */
  aliases: 'aliases',
} as const;

/**
 * Filter keys: the reader's topic and audience choices, and `kind` for looking at the FAQ page alone. A page is filed,
 * and the filter menus choose, by id (a topic or audience id from src/lib/topics.ts), never by a label: the labels are
 * words for display in the page's language, so the same id finds the same pages in English and in Spanish.
 */
export const FILTER = { topic: 'topic', audience: 'audience', kind: 'kind' } as const;
/** The filter that only the FAQ page carries, so search can look at it on its own. */
export const FAQ_FILTER: Record<string, string> = { [FILTER.kind]: 'faq' };

/** Attributes for a hidden element that adds `value` to a page's metadata under `key`. */
export function metaAttrs(key: (typeof META)[keyof typeof META], value: string): Record<string, string> {
  return { 'data-pagefind-meta': `${key}[data-value]`, 'data-value': value };
}

/** Attributes for a hidden element that files a page under `value` for the filter `key`. */
export function filterAttrs(key: (typeof FILTER)[keyof typeof FILTER], value: string): Record<string, string> {
  return { 'data-pagefind-filter': `${key}[data-value]`, 'data-value': value };
}
