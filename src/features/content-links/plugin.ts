// Build step (runs in Node while Astro renders Markdown): authors write internal links as site paths
// ("/guide/paying-for-iop/#medicare"); this puts them under the base path the site is served from, so the same
// content works at https://example.org/ and at https://example.github.io/iop-guide/. In Spanish content
// (content/es/), a link to an English page says so: "(en inglés)" after its words, and hreflang="en"; so does a link
// to an outside site in English (FindTreatment.gov), but not one to a Spanish edition (CuidadoDeSalud.gov/es/).
import type { HastNode, HastPluginEntry, HastVisitorContext } from 'satteri';
import { withBase } from '../../lib/urls.ts';
import { sourceLang } from '../../lib/source-lang.ts';

/** A site path ("/x/"), not a protocol-relative URL ("//host/") or a link already under the base. */
export function rebase(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//') || base === '/' || href.startsWith(base)) return href;
  return withBase(href, base);
}

/** A site path in English ("/guide/x/"), as opposed to a Spanish one ("/es/...") or a fragment or outside link. */
export function isEnglishSitePath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//') && !/^\/es(\/|$|#|\?)/.test(href);
}

/** An outside page in English ("https://findtreatment.gov/"), as far as its address tells (src/lib/source-lang.ts). */
export function isEnglishOutsideLink(href: string): boolean {
  return /^https?:\/\//.test(href) && sourceLang(href) === 'en';
}

/** What a Spanish page adds after a link to an English page. */
export const IN_ENGLISH = ' (en inglés)';

/** The link already says it is in English: in its words, or in the words right after it ("… (en inglés)"). */
function saysEnglish(node: Readonly<HastNode>, ctx: HastVisitorContext): boolean {
  if (ctx.textContent(node).includes('inglés')) return true;
  const parent = ctx.parent(node);
  const next = parent?.children[(ctx.indexOf(node) ?? -1) + 1];
  return next?.type === 'text' && /^\s*\(en inglés\)/.test(next.value);
}

/** The hast plugin. */
export function contentLinks(base: string): HastPluginEntry {
  return (file) => {
    const spanish = file.fileURL?.pathname.includes('/content/es/') ?? false;
    if (base === '/' && !spanish) return null;
    return {
      name: 'content-links',
      element: {
        filter: ['a'],
        visit(node, ctx) {
          const href = node.properties?.href;
          if (typeof href !== 'string') return;
          if (spanish && (isEnglishSitePath(href) || isEnglishOutsideLink(href)) && !saysEnglish(node, ctx)) {
            ctx.setProperty(node, 'hreflang', 'en');
            ctx.appendChild(node, { type: 'text', value: IN_ENGLISH });
          }
          if (rebase(href, base) !== href) ctx.setProperty(node, 'href', rebase(href, base));
        },
      },
    };
  };
}
