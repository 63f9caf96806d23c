/** /links.json: every registered page and section with its title, for clinic portals that list our pages. Pure. */
import type { Site } from './contract.ts';
import { siteUrl } from '../../lib/urls.ts';
import type { LinkRegistry } from '../../model/link-registry.ts';
import { DATA_FILES } from './data-files.ts';

/** One page in /links.json. */
export interface LinksJsonPage {
  url: string;
  title: string;
  kind: string;
  sections: { url: string; title: string }[];
}

/** The /links.json document (absolute URLs from the one site setting; no dates, so the file only changes with the site). */
export function linksJson(registry: LinkRegistry, site: Site, base: string) {
  const abs = (path: string) => siteUrl(path, base);
  const pages: LinksJsonPage[] = Object.entries(registry.pages)
    .filter(([path]) => site.has(path))
    .map(([path, entry]) => {
      const page = site.get(path)!;
      return {
        url: abs(path),
        title: page.title,
        kind: entry.kind,
        sections: entry.anchors
          .filter((id) => page.anchors.has(id))
          .map((id) => ({ url: abs(`${path}#${id}`), title: page.anchors.get(id)! })),
      };
    });
  return {
    description: 'Every page and section of this site that a clinic may link to. Registered links keep working.',
    pages,
    short: Object.entries(registry.short).map(([from, to]) => ({
      url: abs(from),
      opens: abs(to),
      title: site.get(to)?.title ?? '',
    })),
    presets: registry.presets.map((p) => ({ url: abs(p) })),
    /** Files for clinics' systems: diagnosis codes mapped to pages, and the feeds (every address in them is checked). */
    data: DATA_FILES.map((f) => ({ url: abs(f.path), title: f.title, type: f.type })),
  };
}
