/**
 * content/codes.yaml read as a whole: the problems no single mapping can show (codes that overlap, pages and sections
 * that do not exist in a language), and each mapping's page in English and Spanish once the fallback chain is
 * followed. Pure: callers pass the parsed file and the pages that exist.
 *
 * The fallback chain. A request's code is answered by the narrowest mapping that covers it: its own code ("F43.1"
 * for F43.10), else the range around it ("F40-F48" for F41.1). Mappings may sit one inside another, never cross. A
 * Spanish reader gets the mapping's page in Spanish; where that page has no Spanish twin yet, the Spanish page of the
 * nearest wider mapping, and last the file's fallback page ("What is IOP?"): a page they can read rather than one in
 * English (see content/pages/clinics.mdx).
 */
import { narrowest, relation, spanOf, type CodeSpan } from '../lib/icd10.ts';
import { CODES_FILE, type CodeMapping, type CodesFile, type CodeTarget } from './codes-schema.ts';

/** The articles that exist in each language, each with its section (heading) ids. */
export interface ArticleIndex {
  en: ReadonlyMap<string, ReadonlySet<string>>;
  es: ReadonlyMap<string, ReadonlySet<string>>;
}

/** One mapping with its span and its page in each language (null when the mapping has no page). */
export interface ResolvedMapping extends CodeSpan {
  /** The code or range as written ("F43.1", "F32-F33"). */
  code: string;
  /** The ICD-10-CM tabular list's title. */
  title: string;
  /** Plain words for readers, in each language. */
  label: { en: string; es: string };
  why: string;
  en: CodeTarget | null;
  es: CodeTarget | null;
  /**
   * The Spanish page is the general fallback page ("What is IOP?") because the topic's own page has no Spanish twin
   * yet. A Spanish page the editors chose on the topic (es:, such as the overdose page for opioids) is not.
   */
  esFallback: boolean;
  /** Why there is no page (a mapping with `none:`). */
  none?: string;
}

const spanOfMapping = (m: CodeMapping) => spanOf(m.code) as CodeSpan;

/** Every problem with the file as a whole, each naming the file, the mapping's field and what to do. */
export function codesProblems(file: CodesFile, pages: ArticleIndex, name = CODES_FILE): string[] {
  const problems: string[] = [];
  const spans = file.mappings.map(spanOfMapping);
  for (let i = 0; i < spans.length; i++)
    for (let j = 0; j < i; j++) {
      const how = relation(spans[i], spans[j]);
      const other = `mappings[${j}] (${file.mappings[j].code})`;
      if (how === 'same')
        problems.push(
          `${name}: mappings[${i}].code: ${file.mappings[i].code} covers the same codes as ${other}; keep one`,
        );
      if (how === 'cross')
        problems.push(
          `${name}: mappings[${i}].code: ${file.mappings[i].code} overlaps ${other} in part; a mapping may sit inside another, but not cross it`,
        );
    }
  const target = (where: string, t: CodeTarget, lang: 'en' | 'es') => {
    const dir = lang === 'es' ? 'content/es/articles' : 'content/articles';
    const sections = pages[lang].get(t.page);
    if (!sections) problems.push(`${name}: ${where}.page: no article "${t.page}" in ${dir}/`);
    else if (t.section && !sections.has(t.section))
      problems.push(`${name}: ${where}.section: no heading "#${t.section}" in ${dir}/${t.page}.mdx`);
  };
  target('fallback', file.fallback, 'en');
  target('fallback', file.fallback, 'es');
  file.mappings.forEach((m, i) => {
    if (m.page) target(`mappings[${i}]`, { page: m.page, section: m.section }, 'en');
    if (m.es) target(`mappings[${i}].es`, m.es, 'es');
    else if (
      m.page &&
      m.section &&
      pages.en.get(m.page)?.has(m.section) &&
      pages.es.has(m.page) &&
      !pages.es.get(m.page)!.has(m.section)
    )
      problems.push(
        `${name}: mappings[${i}].section: the Spanish twin content/es/articles/${m.page}.mdx has no heading "#${m.section}"; give it the English id, or set es:`,
      );
  });
  return problems;
}

/**
 * Each mapping with its page in English and Spanish, in the file's order. Call it on a file without problems
 * (codesProblems): a page that does not exist is not looked for here.
 */
export function resolveCodes(file: CodesFile, pages: ArticleIndex): ResolvedMapping[] {
  const spans = file.mappings.map(spanOfMapping);
  // The mapping just around each one (the narrowest that holds it), for the Spanish fallback.
  const parentOf = (i: number): number | undefined => {
    let best: number | undefined;
    spans.forEach((s, j) => {
      if (relation(spans[i], s) !== 'a-in-b' || file.mappings[j].none) return;
      if (best === undefined || s.low > spans[best].low || (s.low === spans[best].low && s.high < spans[best].high))
        best = j;
    });
    return best;
  };
  const spanish = (i: number): CodeTarget => {
    const m = file.mappings[i];
    if (m.es) return m.es;
    if (m.page && pages.es.has(m.page)) return { page: m.page, ...(m.section ? { section: m.section } : {}) };
    const parent = parentOf(i);
    return parent === undefined ? file.fallback : spanish(parent);
  };
  return file.mappings.map((m, i) => {
    const en = m.page ? { page: m.page, ...(m.section ? { section: m.section } : {}) } : null;
    const es = m.page ? spanish(i) : null;
    return {
      code: m.code,
      ...spans[i],
      title: m.title,
      label: m.label,
      why: m.why,
      en,
      es,
      esFallback: !!en && !!es && es.page !== en.page && es.page === file.fallback.page,
      ...(m.none ? { none: m.none } : {}),
    };
  });
}

/** The mapping that answers a code (compact form), or undefined when no mapping covers it. */
export function mappingFor(mappings: readonly ResolvedMapping[], compact: string): ResolvedMapping | undefined {
  return narrowest(mappings, compact);
}
