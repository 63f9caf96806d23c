// Build step (runs in Node while Astro renders Markdown): a Sätteri hast plugin that links the first use of each
// glossary term in an article to its entry, so authors never hand-link terms and every article does it the same way.
import type { HastPluginEntry } from 'satteri';
import { fileURLToPath } from 'node:url';
import { readKind, readLevels, readRaw } from '../../model/read.ts';
import { paths } from '../../lib/urls.ts';
import { compileTerms, linkFirstUses, type TermSource } from './terms.ts';

// Text inside these is never linked: links, headings, code, and summary-like chrome.
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'th', 'button']);

/** Glossary terms (term + aliases) from content/glossary, read through the one content reader (`root`: project folder). */
export function readGlossaryTerms(root = '.'): TermSource[] {
  return readKind('glossary', root).map((g) => ({
    id: g.id,
    term: g.data.term,
    aliases: g.data.aliases,
    autolink: g.data.autolink,
  }));
}

/** Names of the levels of care ("Inpatient hospital care"): longer names that a shorter term must not be linked inside. */
export function levelNames(root = '.'): string[] {
  return Object.values(readLevels(root)).flatMap((l) => [l.name, ...l.aliases]);
}

/** The plugin entry; it only acts on files under content/articles/. */
export function glossaryLinks(root = '.'): HastPluginEntry {
  return (file) => {
    if (!file.fileURL?.pathname.includes('/content/articles/')) return null;
    const front = readRaw(fileURLToPath(file.fileURL)).data as { title?: string };
    const matchers = compileTerms(readGlossaryTerms(root), { subject: front.title, names: levelNames(root) });
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
