// Build step (runs in Node while Astro renders Markdown): a Sätteri hast plugin that links the first use of each
// glossary term in an article to its entry, so authors never hand-link terms and every article does it the same way.
import type { HastPluginEntry } from 'satteri';
import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  CONTENT_KINDS,
  readArticleTitle,
  readKind,
  readLevels,
  readSpanishKind,
  spanishDir,
} from '../../model/read.ts';
import { readSpanishLevels } from '../../model/translation.ts';
import { localePaths } from '../../i18n/lang.ts';
import { compileTerms, linkFirstUses, type TermSource } from './terms.ts';

// Text inside these is never linked: links, headings, code, and summary-like chrome.
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'th', 'button']);

/** Glossary terms (term + aliases) from content/glossary, read through the one content reader (`root`: project folder). */
export function readGlossaryTerms(root = '.', lang: 'en' | 'es' = 'en'): TermSource[] {
  return (lang === 'es' ? readSpanishKind('glossary', root) : readKind('glossary', root)).map((g) => ({
    id: g.id,
    term: g.data.term,
    aliases: g.data.aliases,
    autolink: g.data.autolink,
  }));
}

/** Names of the levels of care ("Inpatient hospital care"): longer names that a shorter term must not be linked inside. */
export function levelNames(root = '.', lang: 'en' | 'es' = 'en'): string[] {
  const english = Object.entries(readLevels(root));
  if (lang === 'en') return english.flatMap(([, l]) => [l.name, ...l.aliases]);
  // Spanish: the names in content/es/levels, read and checked by the content model.
  return Object.values(readSpanishLevels(root)).flatMap((l) => [l.name, ...l.aliases]);
}

/**
 * The terms and level names of a language, read once and read again only when a file in their folders changes (as
 * under `astro dev`; the folders are looked at no more than once a second). Reading them for every article cost a
 * 1,000-article build 11 s of YAML parsing, and looking at every file for every article 6 s of 10,000.
 */
const sources = new Map<string, { stamp: string; checked: number; terms: TermSource[]; names: string[] }>();
function termSources(root: string, lang: 'en' | 'es'): { terms: TermSource[]; names: string[] } {
  const key = `${root}|${lang}`;
  const cached = sources.get(key);
  if (cached && Date.now() - cached.checked < 1000) return cached;
  const dirs = [
    lang === 'es' ? spanishDir('glossary') : CONTENT_KINDS.glossary.dir,
    CONTENT_KINDS.levels.dir,
    spanishDir('levels'),
  ].map((d) => join(root, d));
  const stamp = dirs
    .filter((d) => existsSync(d))
    .flatMap((d) => readdirSync(d).map((f) => `${d}/${f}@${statSync(join(d, f)).mtimeMs}`))
    .join('|');
  const fresh =
    cached?.stamp === stamp
      ? { ...cached, checked: Date.now() }
      : { stamp, checked: Date.now(), terms: readGlossaryTerms(root, lang), names: levelNames(root, lang) };
  sources.set(key, fresh);
  return fresh;
}

/** The plugin entry; it only acts on articles (content/articles/, and content/es/articles/ with Spanish terms). */
export function glossaryLinks(root = '.'): HastPluginEntry {
  return (file) => {
    const path = file.fileURL?.pathname ?? '';
    const lang = path.includes('/content/es/articles/') ? 'es' : path.includes('/content/articles/') ? 'en' : null;
    if (!lang) return null;
    const paths = localePaths(lang);
    const { terms, names } = termSources(root, lang);
    const matchers = compileTerms(terms, { subject: readArticleTitle(fileURLToPath(file.fileURL!)), names });
    const linked = new Set<string>();
    return {
      name: 'glossary-links',
      text(node, ctx) {
        for (let p = ctx.parent(node); p; p = ctx.parent(p as never)) {
          const name = 'tagName' in p ? p.tagName : 'name' in p ? (p as { name?: string }).name : undefined;
          if (name && SKIP.has(name)) return;
        }
        const segments = linkFirstUses(node.value, matchers, linked);
        if (segments.length === 1 && !segments[0].id) return;
        ctx.replaceNode(
          node,
          segments.map((s) =>
            s.id
              ? {
                  type: 'element',
                  tagName: 'a',
                  properties: { href: paths.glossary(s.id), className: ['gloss'] },
                  children: [{ type: 'text', value: s.text }],
                }
              : { type: 'text', value: s.text },
          ),
        );
      },
    };
  };
}
