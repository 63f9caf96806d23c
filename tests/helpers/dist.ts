// Read the built site: every HTML page in dist/ with its URL path and a parsed document.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

export const DIST = 'dist';

/** A built page: its URL path ("/guide/what-is-iop/"), raw HTML and a DOM document. */
export interface BuiltPage {
  path: string;
  file: string;
  html: string;
  document: Document;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** A redirect page (a moved page's old address, or a short address such as /h/vs/): Astro's meta-refresh stub. */
export function isRedirect(html: string): boolean {
  return /<meta http-equiv="refresh"/.test(html);
}

/** Throw, saying what to run, when `dist` holds no built site (a suite run without `npm test`'s build). */
export function requireBuiltSite(dist = DIST): void {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(
      `${dist}/ has no index.html: run \`npm run build\` first (\`npm test\` builds, then runs every suite; \`npm run test:unit\` needs no build).`,
    );
}

/**
 * Every built HTML page (Pagefind's own files excluded; redirect stubs too unless `redirects`: the link contract's
 * tests check those; the server's error pages in dist/errors/ too: src/features/hosting checks them) of `dist` (a
 * copy's build, or dist/). Fails clearly if the site was not built.
 */
export function builtPages(dist = DIST, opts: { redirects?: boolean } = {}): BuiltPage[] {
  requireBuiltSite(dist);
  return walk(dist)
    .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`) && !f.includes(`${sep}errors${sep}`))
    .map((file) => {
      const rel = relative(dist, file).split(sep).join('/');
      const path = rel === '404.html' ? '/404.html' : `/${rel.replace(/index\.html$/, '')}`;
      const html = readFileSync(file, 'utf8');
      return { path, file, html, document: parseHTML(html).document as unknown as Document };
    })
    .filter((p) => opts.redirects || !isRedirect(p.html))
    .sort((a, b) => a.path.localeCompare(b.path));
}
