// Build step (Node, after the pages are written): every inline script in dist/ must be one the policy allows by hash
// (the build fails on any other: an injected script never ships); dist/_headers gets the security headers and
// dist/_redirects the redirects of the link contract, for hosts that read those files.
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, securityHeaders } from '../headers.ts';
import { cspHash } from '../../../lib/csp-hash.ts';
import { readRedirects } from '../../../model/link-registry.ts';
import { withBase } from '../../../lib/urls.ts';
import { SHORT_LISTS, SHORT_PATH } from '../nginx.ts';

/**
 * dist/_redirects (Netlify, Cloudflare Pages): real 301s for moved pages and short addresses, under `base`; each short
 * address also in capitals, as it may be typed from paper (/H/VS/); and, last, the Spanish 404 page for addresses
 * under /es/ that match no file (a rule with status 404 serves that page; it never hides a file that exists).
 */
export function redirectsFile(redirects: Record<string, string>, base = '/'): string {
  const sorted = Object.entries(redirects).sort(([a], [b]) => a.localeCompare(b));
  const lines = sorted.map(([from, to]) => `${withBase(from, base)} ${withBase(to, base)} 301`);
  const capitals = [...sorted.filter(([from]) => SHORT_PATH.test(from)), ...SHORT_LISTS.map((l) => [l, l])]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([from, to]) => `${withBase(from.toUpperCase(), base)} ${withBase(to, base)} 301`);
  return [
    '# Written by the build from content/links.yaml: do not edit.',
    ...lines,
    '# Short addresses typed in capitals.',
    ...capitals,
    '# Addresses under /es/ that match no file: the Spanish 404 page.',
    `${withBase('/es/*', base)} ${withBase('/es/404.html', base)} 404`,
    '',
  ].join('\n');
}

/** Inline scripts that run (not JSON-LD data blocks) in a page's HTML. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]))
    .map((m) => m[2]);
}

/** The Astro integration; `scriptHashes` are the hashes of the inline scripts the site may ship (astro.config.mjs). */
export function securityHeadersFile(scriptHashes: readonly string[]): AstroIntegration {
  let base = '/';
  return {
    name: 'iop-guide:security',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const redirects = readRedirects();
        const dist = fileURLToPath(dir);
        const unknown: string[] = [];
        for (const e of readdirSync(dist, { recursive: true, withFileTypes: true })) {
          if (!e.isFile() || !e.name.endsWith('.html')) continue;
          const file = join(e.parentPath, e.name);
          for (const s of inlineScripts(readFileSync(file, 'utf8'))) {
            if (!scriptHashes.includes(cspHash(s))) unknown.push(`${file.slice(dist.length)}: ${s.slice(0, 60)}`);
          }
        }
        if (unknown.length)
          throw new Error(`inline scripts the Content-Security-Policy does not allow:\n  ${unknown.join('\n  ')}`);
        writeFileSync(join(dist, '_headers'), headersFile(securityHeaders(scriptHashes, { https: true })));
        writeFileSync(join(dist, '_redirects'), redirectsFile(redirects, base));
      },
    },
  };
}
