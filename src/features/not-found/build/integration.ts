// Build step (Node): the Spanish 404 page is built as /es/404/index.html (only the root 404.astro gets Astro's special
// file name); move it to /es/404.html, where hosts look for a folder's own 404 page (Cloudflare Pages serves the
// nearest 404.html up the tree) and where deploy/site.conf and dist/_redirects point, and where the link contract and
// the sitemap leave it out as they do /404.html. Runs before the link contract's check.
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the Spanish not-found page is built, and where it is served from (relative to dist/). */
export const SPANISH_404 = { built: 'es/404/index.html', served: 'es/404.html' } as const;

/** The Astro integration. */
export function spanishNotFound(): AstroIntegration {
  return {
    name: 'iop-guide:not-found',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        const built = join(dist, SPANISH_404.built);
        if (!existsSync(built)) throw new Error(`src/pages/es/404.astro: no page at dist/${SPANISH_404.built}`);
        renameSync(built, join(dist, SPANISH_404.served));
        rmdirSync(join(dist, 'es/404'));
      },
    },
  };
}
