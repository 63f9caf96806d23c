// Build step (runs in Node while Astro renders Markdown): a Sätteri hast plugin that keeps each phone number written
// out in content ("1-800-985-3059") whole on one line, in <span class="whitespace-nowrap">, so a 320 px phone never
// ends a line at "1-800-" and starts the next with "985-3059". Content cannot do it by hand: it may carry no class,
// and a non-breaking hyphen would be copied into a phone's dialler as a character it cannot dial.
import type { HastPluginEntry } from 'satteri';
import { LONG_PHONE } from '../../lib/content-rules.ts';

/** The class that keeps a number on one line (a utility the site's stylesheet already has). */
export const WHOLE = 'whitespace-nowrap';

/** `text` cut at each phone number written out in full, in order, each piece marked. Pure. */
export function splitPhones(text: string): { text: string; phone: boolean }[] {
  const parts: { text: string; phone: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(LONG_PHONE)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), phone: false });
    parts.push({ text: m[0], phone: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), phone: false });
  return parts;
}

/** The hast plugin, for every content file. */
export function phoneNumbers(): HastPluginEntry {
  return () => ({
    name: 'phone-numbers',
    text(node, ctx) {
      const parent = ctx.parent(node);
      const classes = parent && 'properties' in parent ? parent.properties?.className : undefined;
      if (Array.isArray(classes) && classes.includes(WHOLE)) return;
      const parts = splitPhones(node.value);
      if (!parts.some((p) => p.phone)) return;
      ctx.replaceNode(
        node,
        parts.map((p) =>
          p.phone
            ? {
                type: 'element',
                tagName: 'span',
                properties: { className: [WHOLE] },
                children: [{ type: 'text', value: p.text }],
              }
            : { type: 'text', value: p.text },
        ),
      );
    },
  });
}
