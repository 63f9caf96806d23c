// Build step (Node): never ship half a site. `astro build` writes into a scratch folder; only when every step has
// finished (pages, links, search index: this integration runs last) does it replace dist/ in one rename. A failure
// anywhere leaves the previous dist/ as it was.
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the build writes before it is complete (inside .astro/, which is never served or committed). */
const SCRATCH = './.astro/next-dist/';

/** The Astro integration; list it after every integration that writes into the build. */
export function atomicDist(): AstroIntegration {
  let target = '';
  let scratch = '';
  return {
    name: 'iop-guide:atomic-dist',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        target = fileURLToPath(config.outDir);
        const next = new URL(SCRATCH, config.root);
        scratch = fileURLToPath(next);
        rmSync(scratch, { recursive: true, force: true });
        updateConfig({ outDir: next });
      },
      'astro:build:done': ({ logger }) => {
        if (!scratch) return;
        const old = `${target.replace(/\/$/, '')}.old`;
        rmSync(old, { recursive: true, force: true });
        if (existsSync(target)) renameSync(target, old);
        renameSync(scratch, target);
        rmSync(old, { recursive: true, force: true });
        logger.info(`complete site moved into ${target}`);
      },
    },
  };
}
