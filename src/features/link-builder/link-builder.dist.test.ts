// The link and QR builder in the built site: its form and data cover every registered page, section and preset, the
// names agree with what the pages say (/links.json), every address is listed with a QR code that reads back without
// JavaScript, and the builder's script stays within its byte budget.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { builtPages } from '../../../tests/helpers/dist';
import { decodeSvg } from '../../../tests/helpers/qr';
import { readLinkRegistry } from '../../model/link-registry';
import { paths } from '../../lib/urls';
import { builtOrigin } from '../../../tests/helpers/built';

/** The builder's script budget, gzipped, counting every module it imports (uqr included). */
const BUDGET_BYTES = 8 * 1024;

const page = builtPages().find((p) => p.path === paths.linkBuilder())!;
const doc = page.document;
const registry = readLinkRegistry();
const SITE = builtOrigin();
const linksJson = JSON.parse(readFileSync('dist/links.json', 'utf8')) as {
  pages: { url: string; title: string; sections: { url: string; title: string }[] }[];
};
const data = JSON.parse(doc.querySelector('iop-link-builder [data-targets]')!.textContent!) as Record<
  string,
  { s?: string; a?: [string, string][] }
>;
const options = [...doc.querySelectorAll('select[name="page"] option')].map((o) => ({
  path: o.getAttribute('value')!,
  title: o.textContent!.trim(),
}));
const everything = [...Object.keys(registry.pages), ...registry.presets];

/** A module and everything it imports statically, as [path, bytes] pairs. */
function moduleGraph(src: string, seen = new Map<string, Buffer>()): Map<string, Buffer> {
  if (seen.has(src)) return seen;
  const body = readFileSync(join('dist', src));
  seen.set(src, body);
  for (const m of body.toString('utf8').matchAll(/(?:import|from)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g))
    moduleGraph(join(dirname(src), m[1]), seen);
  return seen;
}

describe('the link builder', () => {
  it('offers every registered page and comparison preset, with its sections and short address', () => {
    expect(options.map((o) => o.path).sort()).toEqual([...everything].sort());
    for (const [path, entry] of Object.entries(registry.pages))
      expect(
        (data[path].a ?? []).map(([id]) => id),
        path,
      ).toEqual(entry.anchors);
    for (const [short, to] of Object.entries(registry.short)) expect(data[to].s, to).toBe(short);
    expect(doc.querySelector('iop-link-builder')!.getAttribute('data-site')).toBe(`${SITE}/`);
  });

  it('names pages, and the sections that content and the builder own, as the pages themselves do', () => {
    // /links.json reads names from the built pages. Section names that a layout adds (such as "Related pages") are
    // not known to the builder, which then shows a readable form of the id; every other name must match.
    const owned = (path: string) =>
      /^\/(guide|handouts|clinics)\/[a-z0-9-]+\/$/.test(path) || ['/about/', '/privacy/', '/clinics/'].includes(path);
    const layout = ['key-points', 'related', 'compare-week', 'next-steps'];
    const differ: string[] = [];
    for (const p of linksJson.pages) {
      const path = new URL(p.url).pathname;
      const title = options.find((o) => o.path === path)!.title;
      // The home pages' headings are taglines; the builder calls them what they are.
      if (!['/', '/es/'].includes(path) && title !== p.title) differ.push(`${path}: "${title}" vs "${p.title}"`);
      const sections = new Map(data[path].a ?? []);
      for (const s of p.sections) {
        const id = new URL(s.url).hash.slice(1);
        if (owned(path) && !layout.includes(id) && sections.get(id) !== s.title)
          differ.push(`${path}#${id}: "${sections.get(id)}" vs "${s.title}"`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('is hidden without JavaScript, and never lets a title close its data script', () => {
    expect(doc.querySelector('iop-link-builder form')!.className).toMatch(/(^| )hidden .*js:block/);
    expect(doc.querySelector('iop-link-builder [data-targets]')!.innerHTML).not.toContain('<');
  });

  it('lists every page, handout, preset and short address without JavaScript, each QR code reading back its address', () => {
    const listed = [...doc.querySelectorAll('.address-list li')].map((li) => ({
      href: li.querySelector('a')!.getAttribute('href')!,
      decoded: decodeSvg(li.querySelector('svg')!.outerHTML),
      label: li.querySelector('svg')!.getAttribute('aria-label')!,
    }));
    expect(listed.length).toBe(everything.length + Object.keys(registry.short).length);
    const pages = listed.slice(0, everything.length);
    expect(pages.map((l) => l.href).sort()).toEqual([...everything].sort());
    for (const l of pages) {
      expect(l.decoded, l.href).toBe(new URL(l.href, SITE).href);
      expect(l.label.endsWith(new URL(l.href, SITE).href), l.href).toBe(true);
    }
    const shorts = listed.slice(everything.length).map((l) => [l.decoded, l.href]);
    expect(shorts).toEqual(Object.entries(registry.short).map(([from, to]) => [`${SITE}${from}`, to]));
  });

  it(`weighs at most ${BUDGET_BYTES} bytes gzipped, uqr included`, () => {
    const src = [...doc.querySelectorAll('script[src]')]
      .map((s) => s.getAttribute('src')!)
      .find((s) => readFileSync(join('dist', s), 'utf8').includes('customElements.define(`iop-link-builder`'));
    expect(src).toBeDefined();
    const graph = moduleGraph(src!);
    const gzipped = [...graph.values()].reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
    console.log(`link builder script: ${graph.size} module(s), ${gzipped} bytes gzipped`);
    expect(gzipped).toBeGreaterThan(2000);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
