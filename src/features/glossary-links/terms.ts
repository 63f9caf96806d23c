/**
 * Matching glossary terms in article text, so the first use of real jargon links to its entry. Rules: a term is
 * linked once per page; never on a page about it (a phrase of the term is in the page's title); never when its
 * glossary entry says `autolink: false` (plain words such as "group therapy"); and never as part of a longer known
 * name ("Inpatient" in "Inpatient hospital care"): such names claim their span without a link.
 * Matching is one left-to-right scan with two combined patterns, so it takes time in proportion to the text.
 */

/** A glossary entry as the matcher needs it. */
export interface TermSource {
  id: string;
  term: string;
  aliases: readonly string[];
  /** False for plain-language terms that need no link in running text. */
  autolink?: boolean;
}

/** Compiled matchers: one pattern for acronyms (exact case), one for words (any case), and what each phrase links to. */
export interface TermMatchers {
  acronyms: RegExp | null;
  words: RegExp | null;
  /** Phrase (acronyms as written, words in lower case) -> glossary id, or '' for a phrase that is never linked. */
  ids: Map<string, string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAcronym = (s: string) => /^[A-Z0-9][A-Z0-9 .-]*$/.test(s) && /[A-Z]/.test(s);
const key = (phrase: string) => (isAcronym(phrase) ? phrase : phrase.toLowerCase());

/** The phrases a term is known by: the term without its parenthesis, the acronym inside it, and aliases. */
export function phrasesFor(t: TermSource): string[] {
  const paren = /\(([^)]+)\)/.exec(t.term)?.[1];
  const base = t.term.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const all = [base, ...(paren && isAcronym(paren) ? [paren] : []), ...t.aliases];
  return [...new Set(all.filter((p) => p.length >= 2))];
}

/** Does `text` use `phrase` as a whole word (acronyms exactly, words in any case)? */
function uses(text: string, phrase: string): boolean {
  return new RegExp(`(?<![\\w-])${escape(phrase)}s?(?![\\w-])`, isAcronym(phrase) ? '' : 'i').test(text);
}

/** One alternation, longest phrase first so "partial hospitalization program" wins over "program". */
function pattern(phrases: string[], flags: string): RegExp | null {
  if (!phrases.length) return null;
  const alts = [...phrases].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\w-])(?:${alts.join('|')})s?(?![\\w-])`, flags);
}

/**
 * Compile the matchers for one page. `subject` is the page's title: terms it names are not linked there.
 * `names` are longer known names (e.g. levels of care) that claim their words without a link.
 */
export function compileTerms(
  terms: readonly TermSource[],
  opts: { subject?: string; names?: readonly string[] } = {},
): TermMatchers {
  const ids = new Map<string, string>();
  for (const t of terms) {
    const phrases = phrasesFor(t);
    const link = t.autolink !== false && !(opts.subject && phrases.some((p) => uses(opts.subject!, p)));
    for (const p of phrases) if (!ids.has(key(p)) || link) ids.set(key(p), link ? t.id : (ids.get(key(p)) ?? ''));
  }
  for (const n of opts.names ?? []) if (!ids.has(key(n))) ids.set(key(n), '');
  const all = [...ids.keys()];
  return {
    acronyms: pattern(all.filter(isAcronym), 'g'),
    words: pattern(
      all.filter((p) => !isAcronym(p)),
      'gi',
    ),
    ids,
  };
}

/** The glossary id a matched piece of text points at ('' for a name that is never linked). */
function idOf(m: TermMatchers, text: string, acronym: boolean): string {
  const k = acronym ? text : text.toLowerCase();
  return m.ids.get(k) ?? m.ids.get(k.replace(/s$/i, '')) ?? '';
}

type Found = { index: number; text: string; id: string };

/**
 * A scanner over one text: the earliest match at or after `from`, the longer one winning at the same place. Each
 * pattern's next match is kept until the scan passes it, so a pattern that matches rarely is not re-run over the
 * rest of the text after every hit of the other one (that made long paragraphs quadratic).
 */
function scanner(m: TermMatchers, text: string): (from: number) => Found | null {
  const patterns = [
    { re: m.acronyms, acronym: true, next: undefined as Found | null | undefined },
    { re: m.words, acronym: false, next: undefined as Found | null | undefined },
  ];
  return (from) => {
    let best: Found | null = null;
    for (const p of patterns) {
      if (!p.re) continue;
      if (p.next === undefined || (p.next && p.next.index < from)) {
        p.re.lastIndex = from;
        const found = p.re.exec(text);
        p.next = found ? { index: found.index, text: found[0], id: idOf(m, found[0], p.acronym) } : null;
      }
      const n = p.next;
      if (n && (!best || n.index < best.index || (n.index === best.index && n.text.length > best.text.length)))
        best = n;
    }
    return best;
  };
}

/** A piece of text, or a piece to be linked to a glossary id. */
export type Segment = { text: string; id?: string };

/**
 * Split text so the first match of each not-yet-linked term becomes a link segment.
 * `linked` is updated: once a term is linked in a document it is not linked again.
 */
export function linkFirstUses(text: string, matchers: TermMatchers, linked: Set<string>): Segment[] {
  const out: Segment[] = [];
  let plainFrom = 0;
  const next = scanner(matchers, text);
  for (let at = 0, m = next(0); m; m = next(at)) {
    at = m.index + m.text.length;
    // Already-linked terms and never-linked names still claim their span, so a shorter term inside them is left alone.
    if (!m.id || linked.has(m.id)) continue;
    linked.add(m.id);
    if (m.index > plainFrom) out.push({ text: text.slice(plainFrom, m.index) });
    out.push({ text: m.text, id: m.id });
    plainFrom = at;
  }
  if (plainFrom < text.length || !out.length) out.push({ text: text.slice(plainFrom) });
  return out;
}
