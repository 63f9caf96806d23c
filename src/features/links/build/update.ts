// `npm run links:update` (after `npm run build`): add every built page and linkable anchor that content/links.yaml
// does not list yet. It never removes an entry: a registered link is a promise (see README, "Links that last").
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { REGISTRY_FILE, type LinkRegistry, readLinkRegistry } from '../../../model/link-registry.ts';
import { readSite } from './site.ts';

const HEADER = `# The link contract: every public address and anchor a clinic may link to. Registered links must keep working:
# the build fails if one breaks. Rename a heading? Keep its old id under anchorAliases (page: { old-id: new-id }).
# Move a page? Add its old path under redirects. Add pages with \`npm run build && npm run links:update\`.
# Never delete an entry here unless the old address has a redirect.
`;

/** The kind of a page, guessed from where it lives (editors may change it). */
function kindOf(path: string): LinkRegistry['pages'][string]['kind'] {
  const p = path.replace(/^\/es(?=\/)/, '');
  if (/^\/guide\/[^/]+\/$/.test(p)) return 'article';
  if (/^\/faq\/[^/]+\/$/.test(p)) return 'faq-answer';
  if (/^\/handouts\/[^/]+\/$/.test(p)) return 'handout';
  if (p.startsWith('/clinics/links/') || p.startsWith('/tools/') || ['/search/', '/compare/', '/connect/'].includes(p))
    return 'tool';
  return 'page';
}

const registry = readLinkRegistry();
const { site } = readSite('dist', registry);
let added = 0;
for (const [path, page] of site) {
  const entry = (registry.pages[path] ??= { kind: kindOf(path), anchors: [] });
  for (const id of page.anchors.keys()) {
    if (!entry.anchors.includes(id)) {
      entry.anchors.push(id);
      added += 1;
    }
  }
  if (!entry.anchors.length) delete (entry as { anchors?: string[] }).anchors;
}
const pages = Object.fromEntries(Object.entries(registry.pages).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(
  REGISTRY_FILE,
  HEADER + stringify({ ...registry, pages }, { lineWidth: 0, flowCollectionPadding: false }),
);
console.log(`${REGISTRY_FILE}: ${Object.keys(pages).length} pages; ${added} new anchor(s) registered.`);
