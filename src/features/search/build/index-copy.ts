/**
 * The copy of a built page that Pagefind indexes (the files in dist/ are never changed): alias words added as
 * low-weight text between HIDDEN_MARKs (so search finds them and no excerpt shows them), screen-reader-only text
 * removed, glossary terms made into headings so they get sub-results.
 */
import { parseHTML } from 'linkedom';
import { HIDDEN_MARK, META, metaAttrs } from '../names.ts';
import { headingsIn } from './vocabulary.ts';

/** How much alias words count compared with page text (Pagefind weights run from 0 to 10; text is 1). */
export const ALIAS_WEIGHT = 0.5;

const HEADING = /^H[1-6]$/;

/** Text without its accents ("rehabilitación" -> "rehabilitacion"); ñ stays, as Spanish keyboards type it. */
export function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(?!\u0303)[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/** Text a reader must never see in an excerpt: marked so that results.ts can cut it out. */
export function hiddenText(text: string): string {
  return `${HIDDEN_MARK} ${text} ${HIDDEN_MARK}`;
}

/** Insert `node` where the section that starts at `heading` ends: before the next heading with an id, or at the end of its parent. */
function appendToSection(heading: Element, node: Element): void {
  let next = heading.nextElementSibling;
  while (next && !(HEADING.test(next.tagName) && next.id) && !next.querySelector('h1[id],h2[id],h3[id],h4[id]'))
    next = next.nextElementSibling;
  heading.parentElement!.insertBefore(node, next);
}

/**
 * The part of a page Pagefind reads: its <html> tag (the language) and <main>, which holds every indexed region and
 * every filter and metadata value. Parsing the header's search dialog and menus on each page doubled the time to
 * index a large site. A page with an indexed region outside <main> is kept whole.
 */
export function indexedPart(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return html;
  const main = html.slice(start, end + '</main>'.length);
  const count = (text: string) => text.match(/data-pagefind-(body|filter|meta|sort|default-meta)\b/g)?.length ?? 0;
  if (count(main) !== count(html)) return html;
  const open = /<html[^>]*>/.exec(html)?.[0] ?? '<html>';
  return `<!doctype html>${open}<body>${main}</body></html>`;
}

/**
 * Prepare one page's HTML for indexing (only indexedPart(html) of it). `aliases` maps a fragment id ('' = the page itself) to words.
 * Returns the HTML to index, the fragment ids that were not found (a build error for the caller to report) and the
 * texts of the indexed headings (for "Did you mean", read from the same parse).
 */
export function prepareForIndex(
  html: string,
  aliases: ReadonlyMap<string, readonly string[]> = new Map(),
  /** Spanish pages: readers often type without accents, so headings and aliases are indexed without them too. */
  foldAccents = false,
): { html: string; missing: string[]; headings: string[] } {
  const { document } = parseHTML(indexedPart(html));
  const bodies = [...document.querySelectorAll('[data-pagefind-body]')];
  // Screen-reader-only text (e.g. "(opens in a new tab)") would read oddly in excerpts.
  for (const b of bodies) for (const el of [...b.querySelectorAll('.sr-only')]) el.remove();
  // Pagefind makes sub-results only at headings with ids; glossary terms are <dt>, so index them as h3.
  for (const b of bodies) {
    for (const dt of [...b.querySelectorAll('dt[id]')]) {
      const h = document.createElement('h3');
      for (const a of [...dt.attributes]) h.setAttribute(a.name, a.value);
      h.innerHTML = dt.innerHTML;
      dt.replaceWith(h);
    }
  }
  if (foldAccents) {
    for (const h of bodies.flatMap((b) => [...b.querySelectorAll('h1, h2, h3')])) {
      const text = h.textContent ?? '';
      if (withoutAccents(text) === text) continue;
      const p = document.createElement('p');
      p.setAttribute('data-pagefind-weight', String(ALIAS_WEIGHT));
      p.textContent = hiddenText(withoutAccents(text));
      h.after(p);
    }
    aliases = new Map(
      [...aliases].map(([fragment, words]) => [fragment, [...new Set([...words, ...words.map(withoutAccents)])]]),
    );
  }
  const missing: string[] = [];
  // Every alias also goes into the page's metadata ("words#fragment|..."), so an exact alias query can rank first.
  const listed = [...aliases].flatMap(([fragment, words]) => words.map((w) => (fragment ? `${w}#${fragment}` : w)));
  const firstBody = bodies[0];
  if (listed.length && firstBody) {
    const meta = document.createElement('span');
    for (const [name, value] of Object.entries(metaAttrs(META.aliases, listed.join('|'))))
      meta.setAttribute(name, value);
    firstBody.prepend(meta);
  }
  for (const [fragment, words] of aliases) {
    if (!words.length) continue;
    const p = document.createElement('p');
    p.setAttribute('data-pagefind-weight', String(ALIAS_WEIGHT));
    p.textContent = hiddenText(words.join(', ') + '.');
    if (fragment === '') {
      const h1 = bodies.map((b) => b.querySelector('h1')).find(Boolean);
      if (!h1) {
        missing.push('(page has no indexed h1)');
        continue;
      }
      appendToSection(h1, p);
      continue;
    }
    const target = document.getElementById(fragment);
    if (!target || !bodies.some((b) => b.contains(target))) {
      missing.push(fragment);
      continue;
    }
    if (HEADING.test(target.tagName)) appendToSection(target, p);
    else target.append(p);
  }
  return { html: document.toString(), missing, headings: headingsIn(document as unknown as Document) };
}
