/** Table of contents from the headings Astro reports for a rendered article. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A TOC entry: an h2 with its h3 children. */
export interface TocItem extends Heading {
  children: Heading[];
}

/** Nest h3s under their h2; other depths are left out. Throws on duplicate ids (links would collide). */
export function buildToc(headings: readonly Heading[], file = 'article'): TocItem[] {
  const seen = new Set<string>();
  const toc: TocItem[] = [];
  for (const h of headings) {
    if (h.depth !== 2 && h.depth !== 3) continue;
    if (seen.has(h.slug)) throw new Error(`${file}: two headings share the id "#${h.slug}"`);
    seen.add(h.slug);
    const item = { ...h, text: h.text.trim() };
    if (h.depth === 2 || toc.length === 0) toc.push({ ...item, children: [] });
    else toc[toc.length - 1].children.push(item);
  }
  return toc;
}
