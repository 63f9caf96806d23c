/**
 * The one reader of content/ files outside Astro's collections: build steps (glossary links, search aliases),
 * `npm run check:content` and every test read content through here, and through the same zod schemas the build uses.
 * It accepts CRLF line endings and a byte-order mark, and every problem is an error naming the file and the field.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { articleSchema, faqSchema, glossarySchema, handoutSchema, pageSchema } from './schemas.ts';
import { levelSchema, type Level } from './levels-schema.ts';
import { factFileSchema, type Fact } from './facts-schema.ts';
import type { Facts } from './facts.ts';
import { CODES_FILE, codesFileSchema, type CodesFile } from './codes-schema.ts';

/** Each kind of content: its folder, file extension and schema (src/content.config.ts wires the same to Astro). */
export const CONTENT_KINDS = {
  articles: { dir: 'content/articles', ext: '.mdx', schema: articleSchema },
  faq: { dir: 'content/faq', ext: '.mdx', schema: faqSchema },
  glossary: { dir: 'content/glossary', ext: '.mdx', schema: glossarySchema },
  pages: { dir: 'content/pages', ext: '.mdx', schema: pageSchema },
  handouts: { dir: 'content/handouts', ext: '.mdx', schema: handoutSchema },
  levels: { dir: 'content/levels', ext: '.yaml', schema: levelSchema },
  /** Dated facts (amounts, deadlines, effective dates): one file per topic, facts keyed by id. English and Spanish. */
  facts: { dir: 'content/facts', ext: '.yaml', schema: factFileSchema },
} as const;
/** A kind of content (a folder of content/). */
export type ContentKind = keyof typeof CONTENT_KINDS;

/**
 * The Spanish edition's folders: the same kinds under content/es/, each file named as its English twin (so a
 * section, answer or term keeps one id in both languages). Spanish levels hold only words (src/model/translation.ts); facts hold both languages' words in one file.
 */
export const SPANISH_DIR = 'content/es';
/** The Spanish folder of a kind ("content/es/articles"). */
export function spanishDir(kind: ContentKind): string {
  return CONTENT_KINDS[kind].dir.replace(/^content\//, `${SPANISH_DIR}/`);
}

/** One content file, read and checked. */
export interface ContentFile<T> {
  /** The file name without its extension: the entry's stable id. */
  id: string;
  /** The path it was read from (for messages). */
  file: string;
  data: T;
  /** The Markdown/MDX body ('' for YAML files). */
  body: string;
}

/** Text as the tools expect it: no byte-order mark, LF line endings. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Split a Markdown/MDX file into its YAML frontmatter and body; a missing block is an error naming the file. */
export function splitFrontmatter(text: string, file: string): { front: string; body: string } {
  const m = /^---\n([\s\S]*?)\n---(?:\n|$)([\s\S]*)$/.exec(normalizeText(text));
  if (!m)
    throw new Error(`${file}: no frontmatter block (a "---" line, YAML fields, then "---") at the top of the file`);
  return { front: m[1], body: m[2] };
}

/** Parse YAML, naming the file when it is not valid. */
export function parseYamlText(text: string, file: string): unknown {
  try {
    return parseYaml(normalizeText(text));
  } catch (e) {
    throw new Error(`${file}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** The schema's problems with a value, one "field: message" each ('(top level)' for the whole value). */
export function schemaIssues(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : issueList(result.error);
}

/** A schema's problems, one "field: message" each. */
export function issueList(error: z.ZodError): string[] {
  // A bad key in a record ("pages: { guide/x: ... }") says only "Invalid key in record": give the key rule's message.
  const message = (i: z.core.$ZodIssue) =>
    i.code === 'invalid_key' && i.issues.length ? i.issues.map((k) => k.message).join('; ') : i.message;
  return error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${message(i)}`);
}

/** Check a value against a schema; problems throw one error naming the file and every bad field. */
export function checkData<S extends z.ZodType>(schema: S, value: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new Error(`${file}: ${issueList(result.error).join('; ')}`);
  }
  return result.data;
}

/** The raw (unchecked) data and body of one content file, YAML or Markdown. */
export function readRaw(file: string): { data: unknown; body: string } {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return { data: parseYamlText(text, file), body: '' };
  const { front, body } = splitFrontmatter(text, file);
  return { data: parseYamlText(front, file) ?? {}, body };
}

/** Read one file and check it against a schema. */
export function readFile<S extends z.ZodType>(file: string, schema: S): ContentFile<z.infer<S>> {
  const { data, body } = readRaw(file);
  const id = file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[a-z]+$/, '');
  return { id, file, data: checkData(schema, data, file), body };
}

/**
 * The published files of one kind of content, sorted by name, each checked (`root` is the project folder). Drafts
 * (`draft: true`) are left out unless `drafts` is set: they are never built in production.
 */
export function readKind<K extends ContentKind>(
  kind: K,
  root = '.',
  drafts = false,
): ContentFile<z.infer<(typeof CONTENT_KINDS)[K]['schema']>>[] {
  const { dir, ext, schema } = CONTENT_KINDS[kind];
  const folder = join(root, dir);
  return readdirSync(folder)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => {
      // Read from the root, but name the file as an editor knows it (content/faq/x.mdx).
      const entry = readFile(join(folder, f), schema) as ContentFile<z.infer<(typeof CONTENT_KINDS)[K]['schema']>>;
      return { ...entry, file: `${dir}/${f}` };
    })
    .filter((e) => drafts || !(e.data as { draft?: boolean }).draft);
}

/** The published Spanish files of one kind (content/es/<kind>), or none when the folder does not exist. */
export function readSpanishKind<K extends Exclude<ContentKind, 'levels' | 'facts'>>(
  kind: K,
  root = '.',
): ContentFile<z.infer<(typeof CONTENT_KINDS)[K]['schema']>>[] {
  const dir = spanishDir(kind);
  const folder = join(root, dir);
  if (!existsSync(folder)) return [];
  const { ext, schema } = CONTENT_KINDS[kind];
  return readdirSync(folder)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => ({ ...readFile(join(folder, f), schema), file: `${dir}/${f}` }) as ContentFile<never>)
    .filter((e) => !(e.data as { draft?: boolean }).draft);
}

/**
 * An article's title from one article file (English or Spanish), read and checked by the article schema: for a
 * Markdown plugin, which sees one file at a time. A bad file throws naming it and every bad field.
 */
export function readArticleTitle(file: string): string {
  return readFile(file, articleSchema).data.title;
}

/** The levels of care keyed by id, in their `order` (the comparison's column order). */
export function readLevels(root = '.'): Record<string, Level> {
  const files = readKind('levels', root).sort((a, b) => a.data.order - b.data.order);
  return Object.fromEntries(files.map((f) => [f.id, f.data]));
}

/**
 * Every dated fact keyed by id (content/facts/*.yaml), each with the file it is in. An id in two files is an error
 * naming both.
 */
export function factsFromFiles(files: readonly { file: string; data: Record<string, Fact> }[]): Facts {
  const facts = new Map<string, Fact & { id: string; file: string }>();
  for (const { file, data } of files) {
    for (const [id, fact] of Object.entries(data)) {
      const first = facts.get(id);
      if (first) throw new Error(`${file}: ${id}: the same fact id is also in ${first.file}`);
      facts.set(id, { ...fact, id, file });
    }
  }
  return facts;
}

/** Every dated fact keyed by id, read and checked (`root` is the project folder). */
export function readFacts(root = '.'): Facts {
  return factsFromFiles(readKind('facts', root));
}

/** content/codes.yaml (ICD-10-CM codes mapped to guide pages), read and checked against its schema. */
export function readCodes(root = '.'): CodesFile {
  return checkData(codesFileSchema, readRaw(join(root, CODES_FILE)).data, CODES_FILE);
}
