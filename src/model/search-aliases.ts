/**
 * content/search/aliases.yaml (and its Spanish twin): the words readers use that pages may not contain, and the pages
 * they lead to. Read and checked here, with the rest of content/; src/features/search builds the index from it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { slug } from './schemas.ts';
import { checkData, parseYamlText } from './read.ts';

/** The words people type that pages may not use (see README, "Help search find a page"). */
export const ALIASES_FILE = 'content/search/aliases.yaml';
/** The same for Spanish words, leading to the Spanish pages. */
export const ALIASES_FILE_ES = 'content/es/search/aliases.yaml';

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

/** Parse and validate the aliases file; any problem throws an error that names the file and the field. */
export function parseAliasFile(text: string, file = ALIASES_FILE): AliasFile {
  return checkData(aliasFileSchema, parseYamlText(text, file), file);
}

/** The aliases file of a language in the project in `root`, checked; undefined if a Spanish file does not exist. */
export function readAliasFile(root = '.', lang: 'en' | 'es' = 'en'): AliasFile | undefined {
  const file = lang === 'es' ? ALIASES_FILE_ES : ALIASES_FILE;
  if (lang === 'es' && !existsSync(join(root, file))) return undefined;
  return parseAliasFile(readFileSync(join(root, file), 'utf8'), file);
}
