/**
 * Search aliases: the words readers use that pages may not contain. Pagefind has no synonyms, so these words are
 * added to the indexed copy of their target (page, section, FAQ or glossary term) as low-weight hidden text.
 * Sources: content/search/aliases.yaml (read and checked by src/model/search-aliases.ts), the levels-of-care files
 * and glossary term aliases.
 */
import { ALIASES_FILE, type AliasFile, type AliasTarget } from '../../../model/search-aliases.ts';
import { paths } from '../../../lib/urls.ts';

/** The level fields aliases use (the rest of content/levels/*.yaml is not read here). */
export interface LevelWords {
  id: string;
  name: string;
  shortName: string;
  aliases: readonly string[];
}
/** The glossary fields aliases use. */
export interface GlossaryWords {
  id: string;
  aliases: readonly string[];
}

/** The URL (path plus optional #fragment) of an alias target, from the one URL builder. */
export function targetUrl(
  t: AliasTarget,
  p: Pick<typeof paths, 'home' | 'article' | 'faqAnswer' | 'glossary'> = paths,
): string {
  if ('article' in t) return p.article(t.article, t.section);
  if ('faq' in t) return p.faqAnswer(t.faq);
  // A page by path, under the language's home ("/es/" for Spanish aliases) and the base path.
  if ('path' in t) return p.home().replace(/\/$/, '') + t.path;
  return p.glossary(t.glossary);
}

/** Alias words grouped by page path, then by fragment id ('' = the page itself). */
export type AliasMap = Map<string, Map<string, string[]>>;

/** Merge every alias source into one map; unknown level ids in the aliases file are an error naming the file. */
export function buildAliasMap(
  file: AliasFile,
  levels: readonly LevelWords[],
  glossary: readonly GlossaryWords[],
  fileName = ALIASES_FILE,
  /** The URL builder of the file's language (Spanish aliases lead to /es/ pages). */
  p: typeof paths = paths,
): AliasMap {
  const map: AliasMap = new Map();
  const add = (url: string, words: readonly string[]) => {
    const [path, fragment = ''] = url.split('#');
    const byFragment = map.get(path) ?? new Map<string, string[]>();
    const list = byFragment.get(fragment) ?? [];
    for (const w of words) if (!list.some((x) => x.toLowerCase() === w.toLowerCase())) list.push(w);
    byFragment.set(fragment, list);
    map.set(path, byFragment);
  };
  for (const [id, targets] of Object.entries(file.levels)) {
    const level = levels.find((l) => l.id === id);
    if (!level) throw new Error(`${fileName}: levels.${id}: no content/levels/${id}.yaml`);
    for (const t of targets) add(targetUrl(t, p), [level.name, level.shortName, ...level.aliases]);
  }
  for (const g of file.groups) for (const t of g.to) add(targetUrl(t, p), g.words);
  for (const term of glossary) if (term.aliases.length) add(p.glossary(term.id), term.aliases);
  return map;
}
