// Throwaway copies of the site for tests and benchmarks that build it differently (bad content, a base path, many
// articles): the sources are copied, node_modules is shared, and `astro build` runs with the Node that runs us.
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { PINNED_NODE } from './pinned-node.ts';

/** What a copy needs to build: everything but dist/, caches and tests. */
const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** A fresh copy of the site in a temporary folder (the caller removes it); `prefix` names the folder. */
export function copyProject(prefix = 'iop-copy-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const p of SOURCES) cpSync(p, join(dir, p), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  return dir;
}

/**
 * Run `astro build` in a copy, with extra environment variables (BASE_PATH, SITE_URL), under the pinned Node 24 that
 * Astro needs.
 */
export function buildProject(dir: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  // Vitest puts Vite's own variables (BASE_URL="/", MODE, ...) into process.env; the build must not inherit them, or
  // BASE_URL would override the base path.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(k)),
  );
  return spawnSync(PINNED_NODE, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...inherited, NO_COLOR: '1', ...env },
    maxBuffer: 1 << 28,
  });
}
