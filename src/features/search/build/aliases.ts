/**
 * Search aliases: the words readers use that pages may not contain. Pagefind has no synonyms, so these words are
 * added to the indexed copy of their target (page, section, FAQ or glossary term) as low-weight hidden text.
 * Sources: content/search/aliases.yaml, the levels-of-care files and glossary term aliases.
 */
import { z } from 'astro/zod';
import { slug } from '../../../model/schemas.ts';
import { checkData, parseYamlText } from '../../../model/read.ts';
import { paths } from '../../../lib/urls.ts';
import { ALIASES_FILE } from '../names.ts';

/** Where alias words go: an article (optionally one section), an FAQ answer, a glossary term or another page. */
export const aliasTargetSchema = z.union([
  z.object({ article: slug, section: slug.optional() }).strict(),
  z.object({ faq: slug }).strict(),
  z.object({ glossary: slug }).strict(),
  /** A page that is none of those, by its English site path (a tool: { path: /tools/questions/ }). */
  z
    .object({
      path: z.string().regex(/^\/(?:[a-z0-9-]+\/)+$/, 'must be a site path such as /tools/questions/'),
    })
    .strict(),
]);

/** content/search/aliases.yaml. */
export const aliasFileSchema = z
  .object({
    levels: z.record(slug, z.array(aliasTargetSchema).min(1)).default({}),
    groups: z.array(
      z.object({ words: z.array(z.string().trim().min(2)).min(1), to: z.array(aliasTargetSchema).min(1) }).strict(),
    ),
  })
  .strict();

export type AliasTarget = z.infer<typeof aliasTargetSchema>;
export type AliasFile = z.infer<typeof aliasFileSchema>;

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

/** Parse and validate the aliases file; any problem throws an error that names the file and the field. */
export function parseAliasFile(text: string, file = ALIASES_FILE): AliasFile {
  return checkData(aliasFileSchema, parseYamlText(text, file), file);
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
