// Build step (Node): the link contract. Before the build, registered redirects and short addresses become redirect
// pages; after it, renamed anchors get their old ids back, registered links are checked (a broken one fails the
// build), and dist/links.json lists every page and section for clinic portals.
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addAliasAnchors, checkContract } from '../contract.ts';
import { redirectsOf, REGISTRY_FILE, type LinkRegistry, readLinkRegistry } from '../../../model/link-registry.ts';
import { linksJson } from '../links-json.ts';
import { siteUrl, withBase } from '../../../lib/urls.ts';
import { DATA_FILES, addressesIn, unresolvedAddresses } from '../data-files.ts';
import { builtFiles, readSite } from './site.ts';

/** The Astro integration. */
export function linkContract(): AstroIntegration {
  let root = '';
  let site = '';
  let registry: LinkRegistry;
  return {
    name: 'iop-guide:links',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        site = config.site ?? '';
        registry = readLinkRegistry(root);
        // Astro puts the redirect page under the base path but leaves its destination as given: add the base to it.
        const to = Object.entries(redirectsOf(registry)).map(([from, path]) => [from, withBase(path, config.base)]);
        updateConfig({ redirects: Object.fromEntries(to) });
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        for (const [path, file] of builtFiles(dist, registry)) {
          const aliases = registry.anchorAliases[path];
          if (aliases) writeFileSync(file, addAliasAnchors(readFileSync(file, 'utf8'), aliases));
        }
        const built = readSite(dist, registry);
        const problems = checkContract(registry, built.site, built.ids);
        // Every address of this site inside /codes.json and the feeds must open a built page and section too.
        const prefix = siteUrl('/', site);
        const isFile = (path: string) => existsSync(join(dist, path)) && statSync(join(dist, path)).isFile();
        const unopened = DATA_FILES.flatMap((file) => {
          const text = readFileSync(join(dist, file.path), 'utf8');
          return unresolvedAddresses(addressesIn(text, prefix), prefix, built.site, built.ids, isFile).map(
            (address) => `${file.path}: ${address}`,
          );
        });
        if (unopened.length)
          throw new Error(
            `addresses in the published data files open no built page or section (a page, heading or mapping in content/ changed):\n  ${unopened.join('\n  ')}`,
          );
        const broken = problems.filter((p) => !/not registered/.test(p));
        if (broken.length)
          throw new Error(`${REGISTRY_FILE}: registered links no longer work:\n  ${broken.join('\n  ')}`);
        const pending = problems.length - broken.length;
        if (pending)
          logger.warn(
            `${pending} page(s) with unregistered pages or anchors: run \`npm run links:update\` (the tests fail until then)`,
          );
        writeFileSync(join(dist, 'links.json'), JSON.stringify(linksJson(registry, built.site, site), null, 1));
      },
    },
  };
}
