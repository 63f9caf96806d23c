// Build step: index the built site with Pagefind's Node API once Astro has written dist/.
// Only elements marked data-pagefind-body are indexed (ArticleLayout, PageLayout with `indexed`, FAQ, glossary).
// Each page is indexed from a prepared copy (src/lib/search-index.ts) that adds the alias words from
// content/search/aliases.yaml, content/levels and glossary aliases; the files in dist/ stay as built.
import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import * as pagefind from 'pagefind';
import { buildAliasMap, parseAliasFile, type AliasMap, type GlossaryWords, type LevelWords } from '../lib/search-aliases.ts';
import { prepareForIndex } from '../lib/search-index.ts';

const ALIASES_FILE = 'content/search/aliases.yaml';

/** Every .html file under `dir`, as paths relative to it. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** The YAML front matter of a Markdown file (only the fields aliases need are read later). */
function frontMatter(text: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return m ? (parse(m[1]) ?? {}) : {};
}

/** Read every alias source from content/ (paths relative to the project root). */
export async function loadAliases(root: URL): Promise<AliasMap> {
  const file = parseAliasFile(await readFile(new URL(ALIASES_FILE, root), 'utf8'));
  const levelDir = new URL('content/levels/', root);
  const levels: LevelWords[] = await Promise.all(
    (await readdir(levelDir)).filter((f) => f.endsWith('.yaml')).map(async (f) => {
      const d = parse(await readFile(new URL(f, levelDir), 'utf8')) ?? {};
      return { id: f.replace(/\.yaml$/, ''), name: String(d.name ?? ''), shortName: String(d.shortName ?? ''), aliases: Array.isArray(d.aliases) ? d.aliases.map(String) : [] };
    }),
  );
  const glossaryDir = new URL('content/glossary/', root);
  const glossaryNames = await readdir(glossaryDir).catch(() => [] as string[]);
  const glossary: GlossaryWords[] = await Promise.all(
    glossaryNames.filter((f) => f.endsWith('.md')).map(async (f) => {
      const d = frontMatter(await readFile(new URL(f, glossaryDir), 'utf8'));
      return { id: f.replace(/\.md$/, ''), aliases: Array.isArray(d.aliases) ? d.aliases.map(String) : [] };
    }),
  );
  return buildAliasMap(file, levels.filter((l) => l.name), glossary, ALIASES_FILE);
}

/** URL path of a built file: "guide/x/index.html" -> "/guide/x/". */
function pagePath(file: string): string {
  return '/' + file.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
}

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
        const aliases = await loadAliases(root);
        const distDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const unused = new Set(aliases.keys());
          const problems: string[] = [];
          let pages = 0;
          for (const file of await htmlFiles(distDir)) {
            const path = pagePath(file);
            unused.delete(path);
            const prepared = prepareForIndex(await readFile(join(distDir, file), 'utf8'), aliases.get(path));
            problems.push(...prepared.missing.map((id) => `${path}#${id}: no such section to add alias words to`));
            const added = await index.addHTMLFile({ sourcePath: file, content: prepared.html });
            if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
            pages += 1;
          }
          problems.push(...[...unused].map((path) => `${path}: no such page to add alias words to`));
          if (problems.length) throw new Error(`${ALIASES_FILE}: ${problems.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(distDir, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          logger.info(`indexed ${pages} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
