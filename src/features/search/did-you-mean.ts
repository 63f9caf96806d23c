/**
 * "Did you mean …": the typo tolerance Pagefind lacks. When a word is not found as typed, Pagefind falls back to a
 * shorter prefix ("theraphy" finds "the", "medicair" finds "medical"), so a word counts as found only when a
 * highlighted word in the results starts the way it does. Each word that is not found is looked up by edit distance in
 * a vocabulary built with the site (titles, headings, FAQ questions, glossary terms and alias words; see
 * build/vocabulary.ts), fetched only then. Pure, so Node tests reach it.
 */
import { editDistance } from '../../lib/edit-distance.ts';

/** Words shorter than this are not corrected (too many near neighbours). */
const MIN_LENGTH = 4;
/** At most this many other words are offered for one word. */
const MAX_SUGGESTIONS = 2;

/** A word without its accents ("adicción" -> "adiccion"); ñ and ü lose their marks too, as readers' keyboards do. */
export function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Edits allowed for a word of this length: 1 up to 6 letters, 2 up to 10, then 3. */
export function allowedEdits(length: number): number {
  return length <= 6 ? 1 : length <= 10 ? 2 : 3;
}

/**
 * Does a highlighted word show that Pagefind found `word` itself or a longer form of it ("therapy": "therapies"),
 * not just a shorter prefix ("medicair" marks "medical") or another word ("medicaid")? A longer form shares all but
 * the last letter of the word.
 */
export function isFoundIn(typed: string, marked: readonly string[]): boolean {
  // Accents are optional to the reader ("depresion" is found in "depresión"): compare without them.
  const word = withoutAccents(typed);
  const need = Math.max(Math.min(word.length, 4), word.length - 1);
  return marked.map(withoutAccents).some((m) => {
    if (m.startsWith(word)) return true;
    let i = 0;
    while (i < word.length && i < m.length && word[i] === m[i]) i++;
    return i >= need && m.length > word.length;
  });
}

/** Words of the query worth correcting: letters only, long enough, and not found in the highlighted words. */
export function unfoundWords(words: readonly string[], marked: readonly string[]): string[] {
  return words.filter((w) => w.length >= MIN_LENGTH && /^\p{L}+$/u.test(w) && !isFoundIn(w, marked));
}

/**
 * The closest vocabulary words to `word` (vocabulary in order of preference, most used first): the nearest, and a
 * second one no more than one edit further ("medicair": medicaid, medicare). Both start with the same letter as the
 * word: first letters are rarely mistyped, and "closed" should not become "lose". Empty when the word is itself in
 * the vocabulary or nothing is close.
 */
export function suggest(word: string, vocabulary: readonly string[]): string[] {
  const max = allowedEdits(word.length);
  const found: { w: string; d: number }[] = [];
  for (const v of vocabulary) {
    if (v === word) return [];
    if (v[0] !== word[0]) continue;
    const d = editDistance(word, v, max);
    if (d <= max) found.push({ w: v, d });
  }
  found.sort((a, b) => a.d - b.d);
  const best = found[0];
  if (!best) return [];
  const second = found.find((f) => f !== best && f.d <= best.d + 1);
  // Stryker disable next-line MethodExpression: the list never holds more than MAX_SUGGESTIONS (2) words.
  return [best.w, ...(second ? [second.w] : [])].slice(0, MAX_SUGGESTIONS);
}

/** Queries to search instead: `search` with each unfound word replaced by its suggestions (at most two queries). */
export function correctedQueries(
  search: string,
  unfound: readonly string[],
  vocabulary: readonly string[],
): { queries: string[]; words: string[] } {
  let queries = [search];
  const words: string[] = [];
  for (const w of unfound) {
    const options = suggest(w, vocabulary);
    if (!options.length) continue;
    words.push(...options);
    queries = queries.flatMap((q) =>
      options.map((o) =>
        q
          .split(' ')
          .map((x) => (x === w ? o : x))
          .join(' '),
      ),
    );
  }
  return words.length ? { queries: [...new Set(queries)].slice(0, MAX_SUGGESTIONS), words } : { queries: [], words };
}

/** The words highlighted in Pagefind excerpts, lower case, for `unfoundWords`. */
export function markedWords(excerpts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const e of excerpts)
    for (const m of e.matchAll(/<mark>([^<]*)<\/mark>/gi))
      for (const w of m[1].toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) out.add(w);
  return [...out];
}
