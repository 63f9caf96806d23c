// Build step (Node): write a gzip copy (level 9) next to every text file in the build, so a server that supports it
// (nginx gzip_static, see deploy/site.conf) sends it without compressing on each request.
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Files worth compressing (the same types deploy/site.conf gzips on the fly). */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|wasm)$/;

/** Write `file`.gz beside a text file of 256 bytes or more (as the build does for all); true if it wrote one. */
export function writeGzipCopy(file: string): boolean {
  if (!COMPRESSIBLE.test(file)) return false;
  const body = readFileSync(file);
  if (body.length < 256) return false;
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  return true;
}

/** The Astro integration. */
export function precompress(): AstroIntegration {
  return {
    name: 'iop-guide:precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        let n = 0;
        for (const e of readdirSync(dist, { recursive: true, withFileTypes: true })) {
          if (e.isFile() && writeGzipCopy(join(e.parentPath, e.name))) n += 1;
        }
        logger.info(`${n} files precompressed (gzip)`);
      },
    },
  };
}
