// Build step (runs in Node at the end of `astro build`): index the built site with Pagefind's Node API.
// Only elements marked data-pagefind-body are indexed (ArticleLayout, PageLayout with `indexed`, FAQ, glossary).
// Each page is indexed from a prepared copy (index-copy.ts) that adds the alias words from
// content/search/aliases.yaml, content/levels and glossary aliases; the files in dist/ stay as built.
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { readKind, readLevels, readSpanishKind } from '../../../model/read.ts';
import { readSpanishLevels } from '../../../model/translation.ts';
import { VOCABULARY_FILE, VOCABULARY_FILE_ES } from '../../../lib/pagefind-files.ts';
import { ALIASES_FILE, ALIASES_FILE_ES, readAliasFile } from '../../../model/search-aliases.ts';
import { langOfPath, localePaths } from '../../../i18n/lang.ts';
import { withBase } from '../../../lib/urls.ts';
import { buildAliasMap, type AliasMap } from './aliases.ts';
import { prepareForIndex } from './index-copy.ts';
import { buildVocabulary } from './vocabulary.ts';

/** Every .html file under `dir`, as paths relative to it. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** Read every alias source from content/ (`root` is the project folder). */
export async function loadAliases(root: string): Promise<AliasMap> {
  const file = readAliasFile(root)!;
  const levels = Object.entries(readLevels(root)).map(([id, l]) => ({
    id,
    name: l.name,
    shortName: l.shortName,
    aliases: l.aliases,
  }));
  const glossary = readKind('glossary', root).map((g) => ({ id: g.id, aliases: g.data.aliases }));
  const map = buildAliasMap(file, levels, glossary, ALIASES_FILE);
  // Spanish: the words Spanish speakers type, Spanish level names and glossary aliases, leading to /es/ pages.
  const fileEs = readAliasFile(root, 'es');
  if (!fileEs) return map;
  const levelsEs = Object.entries(readSpanishLevels(root)).map(([id, l]) => ({
    id,
    name: l.name,
    shortName: l.shortName,
    aliases: l.aliases,
  }));
  const glossaryEs = readSpanishKind('glossary', root).map((g) => ({ id: g.id, aliases: g.data.aliases }));
  const es = buildAliasMap(fileEs, levelsEs, glossaryEs, ALIASES_FILE_ES, localePaths('es'));
  return new Map([...map, ...es]);
}

/** URL path of a built file: "guide/x/index.html" -> "/guide/x/". */
function pagePath(file: string): string {
  return (
    '/' +
    file
      .split(sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1')
  );
}

/** Pages handed to Pagefind at once. */
const INDEXING = 16;

/** Astro integration that writes dist/pagefind/. */
export function pagefindIndex(): AstroIntegration {
  let root: URL;
  return {
    name: 'iop-guide:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const aliases = await loadAliases(fileURLToPath(root));
        const distDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const unused = new Set(aliases.keys());
          const problems: string[] = [];
          let pages = 0;
          // "Did you mean" words: every indexed heading, question and term, and every alias word.
          // One vocabulary per language, so a Spanish page never suggests an English word.
          const vocabularyTexts = { en: [] as string[], es: [] as string[] };
          for (const [path, byFragment] of aliases)
            vocabularyTexts[langOfPath(path)].push(...[...byFragment.values()].flat());
          // Pagefind indexes in its own process: up to INDEXING pages are handed to it while the next ones are
          // prepared here, so both cores work (awaiting each page in turn left one idle).
          const indexing = new Set<Promise<void>>();
          const failed: string[] = [];
          for (const file of await htmlFiles(distDir)) {
            // Alias targets are made by the URL builder, so they carry the base path too.
            const path = withBase(pagePath(file));
            unused.delete(path);
            const prepared = prepareForIndex(
              await readFile(join(distDir, file), 'utf8'),
              aliases.get(path),
              langOfPath(path) === 'es',
            );
            vocabularyTexts[langOfPath(path)].push(...prepared.headings);
            problems.push(...prepared.missing.map((id) => `${path}#${id}: no such section to add alias words to`));
            const added: Promise<void> = index.addHTMLFile({ sourcePath: file, content: prepared.html }).then(
              (r) => {
                if (r.errors.length) failed.push(`${file}: ${r.errors.join('; ')}`);
                indexing.delete(added);
              },
              (e: unknown) => {
                failed.push(`${file}: ${String(e)}`);
                indexing.delete(added);
              },
            );
            indexing.add(added);
            if (indexing.size >= INDEXING) await Promise.race(indexing);
            pages += 1;
          }
          await Promise.all(indexing);
          if (failed.length) throw new Error(`Pagefind could not index ${failed.join('\n  ')}`);
          problems.push(...[...unused].map((path) => `${path}: no such page to add alias words to`));
          if (problems.length) throw new Error(`${ALIASES_FILE}: ${problems.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(distDir, 'pagefind') });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          const vocabulary = buildVocabulary(vocabularyTexts.en);
          const vocabularyEs = buildVocabulary(vocabularyTexts.es);
          await mkdir(dirname(join(distDir, VOCABULARY_FILE)), { recursive: true });
          await writeFile(join(distDir, VOCABULARY_FILE), JSON.stringify(vocabulary));
          await writeFile(join(distDir, VOCABULARY_FILE_ES), JSON.stringify(vocabularyEs));
          logger.info(
            `indexed ${pages} pages; ${vocabulary.length} English and ${vocabularyEs.length} Spanish words for "Did you mean"`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
