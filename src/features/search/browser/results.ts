/**
 * Search result shaping, shared by the search dialog and /search/: query clean-up, safe excerpts (never alias words:
 * readerExcerpt), and ranking on top of Pagefind's (an exact title or FAQ-question match comes first). Pure, so Node
 * tests reach it.
 */
import { HIDDEN_MARK, MAX_QUERY, META } from '../names.ts';
import { STOP_WORDS, meaningKeys } from '../query-intent.ts';
import { SEARCH_WORDS, type SearchLang } from '../words.ts';

/** Sub-results (sections) shown under each page. */
export const MAX_SUBS = 3;

/** Words shown in an excerpt (also Pagefind's own setting: controller.ts passes it). */
export const EXCERPT_WORDS = 24;

/** Where a matched word is in a page's text (Pagefind counts words split as WORD_BREAK does). */
export interface WordLocation {
  weight: number;
  balanced_score: number;
  location: number;
}
/** What a Pagefind sub-result carries that we use. */
export interface RawSub {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: WordLocation[];
  /** The heading the section starts at (absent for the part before the first heading). */
  anchor?: { location: number };
}
/** What a Pagefind result's data() carries that we use. */
export interface RawResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: RawSub[];
  /** The page's indexed text, HTML-escaped, with the hidden runs still in it. */
  raw_content?: string;
  weighted_locations?: WordLocation[];
  anchors?: { location: number }[];
}
/** One section under a result. */
export interface SubHit {
  title: string;
  url: string;
  excerpt: string;
  exact: boolean;
}
/** One result as shown: the page, its section label, excerpt and best sections. */
export interface Hit {
  title: string;
  url: string;
  section: string;
  excerpt: string;
  subs: SubHit[];
  /** 2: the query is this page's title or one of its questions; 1: it is one of its alias words; 0: neither. */
  tier: 0 | 1 | 2;
}

/** Trim, collapse whitespace and cap the length of what the reader typed. */
export function cleanQuery(q: string): string {
  return q.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY).trim();
}

/** Compare text loosely: lower case, no punctuation, no "(IOP)"-style asides. */
export function comparable(s: string): string {
  return s
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Do the query and this title or question say the same two or more meaning words ("keep working iop")? */
export function sameMeaning(query: string, title: string): boolean {
  const q = meaningKeys(query)[0];
  return q !== undefined && q.includes(' ') && q === meaningKeys(title)[0];
}

/** Does the query name this title exactly (ignoring case, punctuation and a trailing aside)? */
export function isExactMatch(query: string, title: string): boolean {
  const q = comparable(query);
  return (
    q.length > 0 &&
    (q === comparable(title) ||
      q ===
        title
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim())
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the few entities Pagefind writes into excerpts; anything else stays as literal text. */
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * An excerpt as plain-text runs, each marked or not. Only Pagefind's <mark> survives; every other character is
 * text, so the caller renders it with textContent and nothing in an excerpt can become markup.
 */
export function excerptParts(excerpt: string, allMarks = false): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    // The split leaves each tag as a piece of its own, so the anchors cannot change a result.
    // Stryker disable next-line Regex: see above.
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else if (piece) {
      // Any other tag-like text is dropped as markup, never shown or parsed.
      const text = decode(piece.replace(/<[^>]*>/g, ''));
      // Marking every "I", "is" and "can" makes excerpts noisy; only meaningful words stay highlighted.
      // (Unless the query is only such words: then they are what was asked for.)
      if (text) parts.push({ text, mark: mark && (allMarks || !STOP_WORDS.has(comparable(text))) });
    }
  }
  return parts;
}

/** Pagefind's word boundaries: whitespace, except the zero-width no-break space (pagefind.js splits the same way). */
const WORD_BREAK = /[^\S\uFEFF]+/;

/**
 * An excerpt a reader may see, built again from the page's text: up to `length` words between word `from` and word
 * `to`, around the densest run of matched words (marked), as Pagefind picks it, but with every hidden run (alias words
 * and unaccented headings added to the indexed copy, between HIDDEN_MARKs) left out, so that no excerpt can read like
 * a list of keywords. Matches only in hidden text still find the page; its excerpt is then its opening words.
 */
export function readerExcerpt(
  raw: string,
  located: readonly WordLocation[],
  length = EXCERPT_WORDS,
  from = 0,
  to = Infinity,
): string {
  const words = raw.split(WORD_BREAK);
  const shown: number[] = [];
  let hidden = false;
  for (let i = 0; i < words.length && i < to; i++) {
    if (words[i] === HIDDEN_MARK) hidden = !hidden;
    else if (!hidden && i >= from && words[i]) shown.push(i);
  }
  const score = new Map<number, number>();
  for (const l of located) score.set(l.location, (score.get(l.location) ?? 0) + l.balanced_score);
  // The window of `length` shown words with the highest summed score; of equal windows in a row, the middle one.
  let sum = 0;
  for (let k = 0; k < Math.min(length, shown.length); k++) sum += score.get(shown[k]) ?? 0;
  let best = sum;
  let bestAt = [0];
  for (let k = 1; k + length <= shown.length; k++) {
    sum += (score.get(shown[k + length - 1]) ?? 0) - (score.get(shown[k - 1]) ?? 0);
    if (sum > best) [best, bestAt] = [sum, [k]];
    else if (sum === best && best > 0 && bestAt[bestAt.length - 1] === k - 1) bestAt.push(k);
  }
  const start = bestAt[Math.floor(bestAt.length / 2)];
  return shown
    .slice(start, start + length)
    .map((i) => (score.has(i) ? `<mark>${words[i]}</mark>` : words[i]))
    .join(' ');
}

/** Pagefind's own excerpt with any hidden run cut out (only used if a result carries no text to build one from). */
function withoutHidden(excerpt: string): string {
  return excerpt
    .split(HIDDEN_MARK)
    .filter((_, i) => i % 2 === 0)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The excerpt shown for a page (`sub` absent) or one of its sections. */
function excerptFor(r: RawResult, sub?: RawSub): string {
  if (r.raw_content === undefined) return withoutHidden(sub ? sub.excerpt : r.excerpt);
  if (!sub) return readerExcerpt(r.raw_content, r.weighted_locations ?? []);
  const from = sub.anchor?.location ?? 0;
  const next = (r.anchors ?? []).map((a) => a.location).filter((l) => l > from);
  return readerExcerpt(r.raw_content, sub.weighted_locations ?? [], EXCERPT_WORDS, from, Math.min(...next));
}

/** How well a section matched (Pagefind's per-word scores, summed). */
function subScore(s: RawSub): number {
  return (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
}

const aliasKeys = new Map<string, string | undefined>();
/** An alias's meaning words, remembered: the same few hundred aliases come back with every search. */
function aliasKey(word: string): string | undefined {
  if (!aliasKeys.has(word)) aliasKeys.set(word, meaningKeys(word)[0]);
  return aliasKeys.get(word);
}

/**
 * Fragments ('' = the page) with an alias that says what the query says, from the "aliases" metadata
 * ("word#fragment|..."): the same words, or the same meaning words ("can i keep my job" and "keep my job"), or the
 * same once general words such as "iop" and "program" are set aside ("iop for depression" and "depression").
 */
export function aliasMatches(query: string, aliases: string | undefined): Set<string> {
  const q = comparable(query);
  const keys = meaningKeys(query);
  const found = new Set<string>();
  if (!q || !aliases) return found;
  for (const entry of aliases.split('|')) {
    const [word, fragment = ''] = entry.split('#');
    const key = aliasKey(word);
    if (comparable(word) === q || (key !== undefined && keys.includes(key))) found.add(fragment);
  }
  return found;
}

/** Turn Pagefind results (already in its order) into hits: best sections first, exact matches lifted to the top. */
export function rankHits(query: string, results: readonly RawResult[]): Hit[] {
  const hits = results.map((r, i) => {
    const title = r.meta.title ?? r.url;
    const pageUrl = r.url.split('#')[0];
    const alias = aliasMatches(query, r.meta[META.aliases]);
    const fragmentOf = (url: string) => decodeURIComponent(url.split('#')[1] ?? '');
    const subs = r.sub_results
      .filter((s) => s.url.split('#')[0] !== pageUrl || s.url.includes('#'))
      .filter((s) => (s.weighted_locations?.length ?? 1) > 0)
      .map((s, order) => {
        const exact = isExactMatch(query, s.title) || sameMeaning(query, s.title);
        const tier = exact ? 2 : alias.has(fragmentOf(s.url)) ? 1 : 0;
        return {
          sub: { title: s.title, url: s.url, excerpt: excerptFor(r, s), exact: tier > 0 },
          tier,
          score: subScore(s),
          order,
        };
      })
      .sort((a, b) => b.tier - a.tier || b.score - a.score || a.order - b.order);
    const exact = isExactMatch(query, title) || sameMeaning(query, title);
    const tier = Math.max(exact ? 2 : alias.has('') ? 1 : 0, subs[0]?.tier ?? 0) as Hit['tier'];
    return {
      hit: {
        title,
        url: r.url,
        section: r.meta[META.topic] ?? '',
        excerpt: excerptFor(r),
        subs: subs.slice(0, MAX_SUBS).map((x) => x.sub),
        tier,
      },
      i,
    };
  });
  return hits.sort((a, b) => b.hit.tier - a.hit.tier || a.i - b.i).map((x) => x.hit);
}

/**
 * The FAQ page is long, so Pagefind can rank it below the shown results even when the query is one of its questions
 * word for word. The caller loads it as an extra result; it stays only when one of its questions matches the query
 * or one of its aliases (then it ranks with the other exact matches).
 */
export function rankWithExtra(query: string, shown: readonly RawResult[], extra?: RawResult): Hit[] {
  const hits = rankHits(query, extra ? [...shown, extra] : shown);
  return extra ? hits.filter((h) => h.url !== extra.url || h.tier > 0) : hits;
}

/** A result URL without Pagefind's ?highlight= part, for comparing with a plain link. */
export function plainUrl(url: string): string {
  return url.replace(/\?[^#]*/, '');
}

/** Hits without the pages and sections already shown first (the Get help page for a crisis query, and so on). */
export function withoutPinned(hits: readonly Hit[], pinned: readonly string[]): Hit[] {
  return hits
    .filter((h) => !pinned.includes(plainUrl(h.url)))
    .map((h) => ({ ...h, subs: h.subs.filter((s) => !pinned.includes(plainUrl(s.url))) }));
}

/**
 * Strict results first, in Pagefind's order; then results of looser searches (one per word), best summed score
 * first. Pagefind needs every word to match, so "will my boss find out" would otherwise find nothing.
 */
export function mergeLoose<T extends { id: string; score: number }>(
  strict: readonly T[],
  loose: readonly (readonly T[])[],
): T[] {
  const seen = new Set(strict.map((r) => r.id));
  const sums = new Map<string, { r: T; score: number }>();
  for (const list of loose) {
    for (const r of list) {
      if (seen.has(r.id)) continue;
      const prev = sums.get(r.id);
      sums.set(r.id, { r, score: (prev?.score ?? 0) + r.score });
    }
  }
  return [...strict, ...[...sums.values()].sort((a, b) => b.score - a.score).map((x) => x.r)];
}

/**
 * The status line after each search. It never repeats the query: words put in the address by someone else ("Site
 * closed, call 1-900-…") must not read as the site's own text. The words are in the search field.
 */
export function resultCountText(count: number, lang: SearchLang = 'en'): string {
  const words = SEARCH_WORDS[lang];
  return count === 0 ? words.noResults : words.count(count);
}
