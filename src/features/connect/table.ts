/**
 * The codes table at build time: the compact rows the page's script looks codes up in, and the list the page shows
 * (with JavaScript or without). Both come from content/codes.yaml once the fallback chain is followed
 * (src/model/codes.ts), with addresses from the one URL builder.
 */
import { dottedCode } from '../../lib/icd10';
import { localePaths, type Lang } from '../../i18n/lang';
import type { CodeTarget } from '../../model/codes-schema';
import type { ResolvedMapping } from '../../model/codes';
import type { TableRow } from './request';

/** A target's address in a language, under the base path ('' for none). */
export function targetPath(target: CodeTarget | null, lang: Lang, base?: string): string {
  return target ? localePaths(lang, base).article(target.page, target.section) : '';
}

/** The rows the page's script reads (codes as compact spans, pages as paths under the base path). */
export function codeTable(mappings: readonly ResolvedMapping[]): TableRow[] {
  return mappings.map((m) => [m.low, m.high, targetPath(m.en, 'en'), targetPath(m.es, 'es')]);
}

/** A code or range as the tabular list writes it, from a span ("F43.1"; "F32-F33"). */
export function codeText(m: { low: string; high: string }): string {
  const high = m.high.slice(0, -1);
  return high === m.low ? dottedCode(m.low) : `${dottedCode(m.low)}-${dottedCode(high)}`;
}

/** One line of the list a reader sees. */
export interface ListRow {
  code: string;
  /** The code in parts a narrow screen may break between: a range after its hyphen ("F10-", "F19"). */
  codeParts: string[];
  label: string;
  /** The page's address, or undefined when the mapping has no page. */
  href?: string;
  /** The page's title, and the section's after it. */
  page?: string;
  /** The page is a general one (the topic's own page has no Spanish twin yet). */
  general: boolean;
}

/**
 * The list for a language, in code order. `titles` gives an article's title by id and `sections` a section's by
 * "article#id", both in that language.
 */
export function listRows(
  mappings: readonly ResolvedMapping[],
  lang: Lang,
  titles: ReadonlyMap<string, string>,
  sections: ReadonlyMap<string, string>,
): ListRow[] {
  return [...mappings]
    .sort((a, b) => (a.low < b.low ? -1 : a.low > b.low ? 1 : a.high < b.high ? 1 : -1))
    .map((m) => {
      const target = lang === 'es' ? m.es : m.en;
      const title = target ? (titles.get(target.page) ?? target.page) : '';
      const section = target?.section ? sections.get(`${target.page}#${target.section}`) : undefined;
      const code = codeText(m);
      return {
        code,
        codeParts: code.replace('-', '-\n').split('\n'),
        label: m.label[lang],
        ...(target ? { href: targetPath(target, lang), page: section ? `${title} — ${section}` : title } : {}),
        general: lang === 'es' && m.esFallback,
      };
    });
}
