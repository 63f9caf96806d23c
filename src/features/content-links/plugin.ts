// Build step (runs in Node while Astro renders Markdown): authors write internal links as site paths
// ("/guide/paying-for-iop/#medicare"); this puts them under the base path the site is served from, so the same
// content works at https://example.org/ and at https://example.github.io/iop-guide/.
import type { HastPluginEntry } from 'satteri';
import { withBase } from '../../lib/urls.ts';

/** A site path ("/x/"), not a protocol-relative URL ("//host/") or a link already under the base. */
export function rebase(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//') || base === '/' || href.startsWith(base)) return href;
  return withBase(href, base);
}

/** The hast plugin; does nothing when the site is served from "/". */
export function contentLinks(base: string): HastPluginEntry {
  if (base === '/') return null;
  return {
    name: 'content-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && rebase(href, base) !== href) ctx.setProperty(node, 'href', rebase(href, base));
      },
    },
  };
}
