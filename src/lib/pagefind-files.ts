/**
 * Where the search index's files sit in the built site: Pagefind's own files and our "Did you mean" word lists. The
 * search feature writes and loads them; the offline copy lists them among the files a reader saves. One owner, below
 * both, so neither feature reads the other (the search feature's other names stay in src/features/search/names.ts).
 */

/** Where Pagefind writes its files in dist/ (and so where the browser loads them from). */
export const PAGEFIND_DIR = '/pagefind/';
/** Pagefind's search API, loaded on first use of search. */
export const PAGEFIND_SCRIPT = `${PAGEFIND_DIR}pagefind.js`;
/** Pagefind's list of languages and their index files (fetched first on each search page; the offline copy saves it). */
export const PAGEFIND_ENTRY = `${PAGEFIND_DIR}pagefind-entry.json`;
/** Pagefind's highlighter, loaded only on pages reached from a search result. */
export const PAGEFIND_HIGHLIGHT_SCRIPT = `${PAGEFIND_DIR}pagefind-highlight.js`;
/** The "Did you mean" vocabulary (search/build/vocabulary.ts), written beside the index and fetched only when needed. */
export const VOCABULARY_FILE = `${PAGEFIND_DIR}vocabulary.json`;
/** The Spanish pages' "Did you mean" words. */
export const VOCABULARY_FILE_ES = `${PAGEFIND_DIR}vocabulary-es.json`;
