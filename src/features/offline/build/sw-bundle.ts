// Build-time (Node): bundle the service worker (src/features/offline/sw.ts and what it imports) into one classic
// script with Vite, the site's own bundler. It must sit at a fixed, unhashed address at the base path (its scope is
// the folder it is served from), so it is built here rather than as one of Astro's hashed assets.
import { build, type Rolldown } from 'vite';
import { fileURLToPath } from 'node:url';

/** The service worker's source. */
export const SW_ENTRY = fileURLToPath(new URL('../sw.ts', import.meta.url));

/** The service worker as one minified script (an IIFE: module service workers are not yet in every browser). */
export async function bundleServiceWorker(entry = SW_ENTRY): Promise<string> {
  const out = await build({
    configFile: false,
    envDir: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rollupOptions: { input: entry, output: { format: 'iife' } },
    },
  });
  const results = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  const chunk = results.flatMap((r) => r.output).find((o) => o.type === 'chunk' && o.isEntry);
  if (!chunk || chunk.type !== 'chunk') throw new Error(`offline copy: Vite built no script from ${entry}`);
  return chunk.code;
}
