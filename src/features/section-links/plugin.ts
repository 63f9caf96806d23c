// Build step (runs in Node while Astro renders Markdown): gives every heading its id (the same slugs Astro would
// give, so TOC and links agree) and puts a visible "link to this section" anchor beside each h2 and h3. Astro keeps
// ids that are already set, so both use the same one.
import Slugger from 'github-slugger';
import type { HastPluginEntry } from 'satteri';
// The explicit id form ({/* #id */}) is the content model's: the one brace form content may use.
import { EXPLICIT_ID } from '../../model/content-tree.ts';
import {
  COPY_CLASS,
  HEADING_WRAP_CLASS,
  LINK_ICON_PATH,
  SELF_LINK_CLASS,
  copyLabelRest,
  selfLinkLabel,
} from './markup.ts';
import { COPY_WORDS } from './words.ts';

/** The hast plugin; a fresh slugger per document, as Astro does. */
export function sectionLinks(): HastPluginEntry {
  return (file) => {
    const slugger = new Slugger();
    // Spanish content (content/es/) gets Spanish words on its links.
    const lang = file.fileURL?.pathname.includes('/content/es/') ? 'es' : 'en';
    return {
      name: 'section-links',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          // An explicit id ({/* #id */} at the end of the heading) wins, and like any set id it is not slugged.
          const comment = node.children.find(
            (c) => c.type === 'mdxTextExpression' && EXPLICIT_ID.test(String((c as { value?: string }).value)),
          );
          const explicit = comment && EXPLICIT_ID.exec(String((comment as { value?: string }).value))![1];
          // The comment renders nothing, but textContent counts an expression's source as text: read the heading's
          // words without it, and take it out of the tree so Astro's heading list (the TOC, section titles) and
          // every label built from the heading hold only the words a reader sees.
          const words = comment ? node.children.filter((c) => c !== comment) : node.children;
          const text = words
            .map((c) => ctx.textContent(c))
            .join('')
            .trim();
          if (comment) {
            const before = node.children[node.children.indexOf(comment) - 1];
            ctx.removeNode(comment);
            if (before?.type === 'text' && before.value !== before.value.trimEnd())
              ctx.replaceNode(before, { type: 'text', value: before.value.trimEnd() });
          }
          const existing = node.properties?.id;
          const id = explicit ?? (typeof existing === 'string' ? existing : slugger.slug(text));
          ctx.setProperty(node, 'id', id);
          if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: [HEADING_WRAP_CLASS] },
            children: [
              {
                type: 'element',
                tagName: 'a',
                properties: { href: `#${id}`, className: [SELF_LINK_CLASS], dataPagefindIgnore: '' },
                children: [
                  {
                    type: 'element',
                    tagName: 'svg',
                    properties: {
                      ariaHidden: 'true',
                      width: '18',
                      height: '18',
                      viewBox: '0 0 24 24',
                      fill: 'none',
                      stroke: 'currentColor',
                      strokeWidth: '2',
                      strokeLinecap: 'round',
                    },
                    children: [{ type: 'element', tagName: 'path', properties: { d: LINK_ICON_PATH }, children: [] }],
                  },
                  {
                    type: 'element',
                    tagName: 'span',
                    properties: { className: ['sr-only'] },
                    children: [{ type: 'text', value: selfLinkLabel('section', text, lang) }],
                  },
                ],
              },
              {
                type: 'element',
                tagName: 'button',
                properties: { type: 'button', className: [COPY_CLASS], dataCopy: `#${id}`, dataPagefindIgnore: '' },
                children: [
                  {
                    type: 'element',
                    tagName: 'span',
                    properties: {},
                    children: [{ type: 'text', value: COPY_WORDS[lang].copy }],
                  },
                  {
                    type: 'element',
                    tagName: 'span',
                    properties: { className: ['sr-only'] },
                    children: [{ type: 'text', value: copyLabelRest('section', text, lang) }],
                  },
                ],
              },
            ],
          });
        },
      },
    };
  };
}
