/**
 * One search, from the reader's words to ranked hits: meaning words to Pagefind, a looser word-by-word search when
 * that finds too little, the FAQ page on its own (so an exact question can lead), and "Did you mean" for words that
 * were not found. Takes Pagefind and the vocabulary loader as arguments, so Node tests can pass fakes.
 */
import { FAQ_FILTER } from '../names.ts';
import { correctedQueries, markedWords, unfoundWords } from '../did-you-mean.ts';
import type { QueryIntent } from '../query-intent.ts';
import { mergeLoose, rankWithExtra, type Hit, type RawResult } from './results.ts';

/** The parts of Pagefind's JS API this site uses. */
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/** One result before its data is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<RawResult>;
}

/** What one search found: ranked hits, how many results in all, and the words suggested instead of unfound ones. */
export interface Found {
  hits: Hit[];
  total: number;
  suggested: string[];
}

/** Fewer strict results than this and a looser search (word by word) fills the list. */
const ENOUGH = 3;
/** Results loaded and ranked per search (the count announced is the full number). */
const SHOWN = 10;

type Filters = Record<string, string>;

/** Pagefind results for `search`: all words first, then word by word if that finds too little; and the FAQ page. */
async function results(pf: Pagefind, search: string, words: readonly string[], filters: Filters) {
  const [strict, faq] = await Promise.all([
    pf.search(search, { filters }),
    pf.search(search, { filters: { ...filters, ...FAQ_FILTER } }),
  ]);
  let list = strict.results;
  if (list.length < ENOUGH && words.length > 1) {
    const loose = await Promise.all(words.map(async (w) => (await pf.search(w, { filters })).results));
    list = mergeLoose(list, loose);
  }
  return { list, faq: faq.results };
}

/** Load the data of the best results (and of the FAQ page when it is not among them) and rank them. */
async function ranked(rankQuery: string, list: readonly PagefindResult[], faq: readonly PagefindResult[]) {
  const shown = list.slice(0, SHOWN);
  const extra = faq.find((r) => !shown.some((s) => s.id === r.id));
  const [data, extraData] = await Promise.all([Promise.all(shown.map((r) => r.data())), extra?.data()]);
  return { hits: rankWithExtra(rankQuery, data, extraData), data };
}

/** Search for what the reader typed (`q`, read into `intent`); `vocabulary` is called only if a word is not found. */
export async function find(
  pf: Pagefind,
  q: string,
  intent: QueryIntent,
  filters: Filters,
  vocabulary: () => Promise<readonly string[]>,
): Promise<Found> {
  if (!intent.search) return { hits: [], total: 0, suggested: [] };
  const rankQuery = intent.nearMe ? intent.search : q;
  const first = await results(pf, intent.search, intent.words, filters);
  const { hits, data } = await ranked(rankQuery, first.list, first.faq);
  const excerpts = data.flatMap((d) => [d.excerpt, ...d.sub_results.map((s) => s.excerpt)]);
  const unfound = unfoundWords(intent.words, markedWords(excerpts));
  if (!unfound.length) return { hits, total: first.list.length, suggested: [] };
  const fix = correctedQueries(intent.search, unfound, await vocabulary().catch(() => []));
  if (!fix.queries.length) return { hits, total: first.list.length, suggested: [] };
  // The corrected words' results replace the first ones: those matched only a shorter prefix of the unfound word.
  const alternatives = await Promise.all(fix.queries.map((s) => results(pf, s, s.split(' '), filters)));
  const list = mergeLoose(
    [],
    alternatives.map((a) => a.list),
  );
  if (!list.length) return { hits, total: first.list.length, suggested: [] };
  const better = await ranked(fix.queries[0], list, alternatives[0].faq);
  return { hits: better.hits, total: list.length, suggested: fix.words };
}
