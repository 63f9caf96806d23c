// Read the built site: every HTML page in dist/ with its URL path and a parsed document.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
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
 * Every HTML file of `dist` (Pagefind's own files excluded, and the server's error pages in dist/errors/:
 * src/features/hosting checks them) with its URL path and text, sorted by path.
 */
function htmlFiles(dist: string): { path: string; file: string; html: string }[] {
  requireBuiltSite(dist);
  return walk(dist)
    .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`) && !f.includes(`${sep}errors${sep}`))
    .map((file) => {
      const rel = relative(dist, file).split(sep).join('/');
      const path = rel === '404.html' ? '/404.html' : `/${rel.replace(/index\.html$/, '')}`;
      return { path, file, html: readFileSync(file, 'utf8') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** What most suites need to know of a build without parsing it: its pages, its redirect stubs and its origin. */
export interface DistIndex {
  /** URL paths of the built pages, redirect stubs excluded, sorted. */
  pages: string[];
  /** URL paths of the redirect stubs (moved pages and short addresses). */
  redirects: string[];
  /** The origin the site was built for (SITE_URL's), as robots.txt names its sitemap: "https://iopguide.org". */
  site: string;
}

/** Walk `dist` once, reading each page's text but parsing none (the test run's global setup shares the result). */
export function indexDist(dist = DIST): DistIndex {
  const files = htmlFiles(dist);
  const site = /Sitemap: (https?:\/\/[^/\s]+)/.exec(readFileSync(join(dist, 'robots.txt'), 'utf8'))?.[1];
  if (!site) throw new Error(`${dist}/robots.txt names no sitemap: the build's origin cannot be read from it.`);
  return {
    pages: files.filter((f) => !isRedirect(f.html)).map((f) => f.path),
    redirects: files.filter((f) => isRedirect(f.html)).map((f) => f.path),
    site,
  };
}

// Parsed pages by folder and option: with the dist project's shared module graph (isolate: false), each worker parses
// dist/ once, however many suites read it. Suites must not change these documents (clone what you edit).
const parsed = new Map<string, BuiltPage[]>();

/**
 * Every built HTML page (Pagefind's own files excluded; redirect stubs too unless `redirects`: the link contract's
 * tests check those) of `dist` (a copy's build, or dist/), parsed once per worker. Fails clearly if the site was not
 * built. Suites that need only the paths use builtPaths() (tests/helpers/built.ts): no parse at all.
 */
export function builtPages(dist = DIST, opts: { redirects?: boolean } = {}): BuiltPage[] {
  const key = `${resolve(dist)}|${opts.redirects ? 'all' : 'pages'}`;
  let pages = parsed.get(key);
  if (!pages) {
    pages = htmlFiles(dist)
      .filter((p) => opts.redirects || !isRedirect(p.html))
      .map((p) => ({ ...p, document: parseHTML(p.html).document as unknown as Document }));
    parsed.set(key, pages);
  }
  return [...pages];
}
