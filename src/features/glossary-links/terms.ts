/** Matching glossary terms in article text, so the first use of each term links to its entry. */

/** A glossary entry as the matcher needs it. */
export interface TermSource {
  id: string;
  term: string;
  aliases: readonly string[];
}

/** One compiled phrase that points at a glossary id. */
export interface TermMatcher {
  id: string;
  phrase: string;
  re: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAcronym = (s: string) => /^[A-Z0-9][A-Z0-9 .-]*$/.test(s) && /[A-Z]/.test(s);

/** The phrases a term is known by: the term without its parenthesis, the acronym inside it, and aliases. */
export function phrasesFor(t: TermSource): string[] {
  const paren = /\(([^)]+)\)/.exec(t.term)?.[1];
  const base = t.term.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const all = [base, ...(paren && isAcronym(paren) ? [paren] : []), ...t.aliases];
  return [...new Set(all.filter((p) => p.length >= 2))];
}

/** Compile matchers, longest phrase first so "partial hospitalization program" wins over "program". */
export function compileTerms(terms: readonly TermSource[]): TermMatcher[] {
  const matchers = terms.flatMap((t) =>
    phrasesFor(t).map((phrase) => ({
      id: t.id,
      phrase,
      // Acronyms match exactly (so "iop" in a word is left alone); words match in any case, with a plural "s".
      re: isAcronym(phrase)
        ? new RegExp(`(?<![\\w-])${escape(phrase)}s?(?![\\w-])`)
        : new RegExp(`(?<![\\w-])${escape(phrase)}s?(?![\\w-])`, 'i'),
    })),
  );
  return matchers.sort((a, b) => b.phrase.length - a.phrase.length);
}

/** A piece of text, or a piece to be linked to a glossary id. */
export type Segment = { text: string; id?: string };

/**
 * Split text so the first match of each not-yet-linked term becomes a link segment.
 * `linked` is updated: once a term is linked in a document it is not linked again.
 */
export function linkFirstUses(text: string, matchers: readonly TermMatcher[], linked: Set<string>): Segment[] {
  // Already-linked terms still claim their span, so "outpatient care" inside a later "intensive outpatient care"
  // is not linked as a different term.
  let best: { index: number; length: number; id: string } | undefined;
  for (const m of matchers) {
    const found = m.re.exec(text);
    if (found && (!best || found.index < best.index || (found.index === best.index && found[0].length > best.length))) {
      best = { index: found.index, length: found[0].length, id: m.id };
    }
  }
  if (!best) return [{ text }];
  const match = text.slice(best.index, best.index + best.length);
  const isNew = !linked.has(best.id);
  linked.add(best.id);
  const before = text.slice(0, best.index);
  const rest = linkFirstUses(text.slice(best.index + best.length), matchers, linked);
  const head: Segment[] = isNew
    ? [...(before ? [{ text: before }] : []), { text: match, id: best.id }]
    : [{ text: before + match }];
  return mergeText([...head, ...rest.filter((s) => s.text)]);
}

/** Join neighbouring plain-text segments. */
function mergeText(segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segs) {
    const last = out.at(-1);
    if (last && !last.id && !s.id) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
