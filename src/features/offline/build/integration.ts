// Build step (Node, after Pagefind and the gzip copies): the offline copy's manifests (one per language, with the
// download size written into the Save controls) and the service worker, dist/sw.js. Nothing here runs in the reader's
// browser until they press Save.
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGzipCopy } from '../../../lib/build/precompress.ts';
import { SW_FILE } from '../names.ts';
import { formatSize } from '../words.ts';
import { writeManifests } from './manifest-build.ts';
import { bundleServiceWorker } from './sw-bundle.ts';

/** The Astro integration; list it after pagefindIndex() and precompress(), before atomicDist(). */
export function offlineCopy(): AstroIntegration {
  let base = '/';
  return {
    name: 'iop-guide:offline',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const manifests = writeManifests(dist, base);
        const sw = join(dist, SW_FILE);
        writeFileSync(sw, await bundleServiceWorker());
        writeGzipCopy(sw);
        logger.info(
          manifests
            .map(
              (m) =>
                `${m.lang}: ${m.files.length} files, ${formatSize(m.transfer, 'en')} to download, ${formatSize(m.bytes, 'en')} stored`,
            )
            .join('; ') + `; ${SW_FILE} written`,
        );
      },
    },
  };
}
