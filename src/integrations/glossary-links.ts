// Build step: a Sätteri hast plugin that links the first use of each glossary term in an article to its
// entry, so authors never hand-link terms and every article does it the same way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { HastPluginEntry } from 'satteri';
import { compileTerms, linkFirstUses, type TermSource } from '../lib/glossary-terms.ts';
import { paths } from '../lib/urls.ts';

// Text inside these is never linked: links, headings, code, and summary-like chrome.
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'th', 'button']);

/** Read glossary terms (term + aliases) from content/glossary/*.md frontmatter. */
export function readGlossaryTerms(dir = 'content/glossary'): TermSource[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '';
      const data = (parseYaml(front) ?? {}) as { term?: string; aliases?: string[] };
      return { id: f.replace(/\.md$/, ''), term: data.term ?? '', aliases: data.aliases ?? [] };
    })
    .filter((t) => t.term);
}

/** The plugin entry; it only acts on files under content/articles/. */
export function glossaryLinks(dir = 'content/glossary'): HastPluginEntry {
  return (file) => {
    if (!file.fileURL?.pathname.includes('/content/articles/')) return null;
    const matchers = compileTerms(readGlossaryTerms(dir));
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
              ? { type: 'element', tagName: 'a', properties: { href: paths.glossary(s.id), className: ['gloss'] }, children: [{ type: 'text', value: s.text }] }
              : { type: 'text', value: s.text },
          ),
        );
      },
    };
  };
}
