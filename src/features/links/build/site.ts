// Build-time helpers (Node): read the built site in dist/ as the link contract sees it.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { idsOf, readPage, type Site } from '../contract.ts';
import { redirectsOf, type LinkRegistry } from '../../../model/link-registry.ts';

/** Every built HTML file under `dist`, as [URL path, file path]; redirect pages and the 404 page are left out. */
export function builtFiles(dist: string, registry: LinkRegistry): [string, string][] {
  const redirects = redirectsOf(registry);
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !f.includes(`${sep}pagefind${sep}`))
    .map(
      (f) =>
        [
          `/${relative(dist, f)
            .split(sep)
            .join('/')
            .replace(/index\.html$/, '')}`,
          f,
        ] as [string, string],
    )
    .filter(([path]) => redirects[path] === undefined)
    .sort(([a], [b]) => a.localeCompare(b));
}

/** The built site: each page's title and linkable anchors, and every id on each page. */
export function readSite(dist: string, registry: LinkRegistry): { site: Site; ids: Map<string, Set<string>> } {
  const site: Site = new Map();
  const ids = new Map<string, Set<string>>();
  for (const [path, file] of builtFiles(dist, registry)) {
    const html = readFileSync(file, 'utf8');
    site.set(path, readPage(html));
    ids.set(path, idsOf(html));
  }
  return { site, ids };
}
