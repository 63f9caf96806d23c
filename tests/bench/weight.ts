// First-view weight of each kind of built page: the HTML and the CSS and JS it loads (gzipped, as a host sends them)
// and its request count. Run after a build:  npm run bench:weight  (npm run bench prints it in its table).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { inlineScripts } from '../../src/features/hosting/build/integration.ts';

/** The same-origin stylesheet and script URLs a page loads on first view (not lazy imports). */
export function firstViewAssets(html: string): string[] {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  return [...css, ...js].filter((u) => u.startsWith('/'));
}

/** Gzipped size in bytes (level 9, as a static host would serve it). */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** One page of each template, by name. */
export const TEMPLATES: readonly (readonly [name: string, path: string])[] = [
  ['home', '/'],
  ['article', '/guide/what-is-iop/'],
  ['article + comparison', '/guide/iop-vs-php/'],
  ['guide index', '/guide/'],
  ['FAQ list', '/faq/'],
  ['FAQ answer', '/faq/medicare-coverage/'],
  ['glossary', '/glossary/'],
  ['compare', '/compare/'],
  ['search', '/search/'],
  ['handout', '/handouts/iop-vs-php/'],
  ['link builder', '/clinics/links/'],
  ['article with crisis box', '/guide/for-families/'],
  ['article + example week', '/guide/how-iop-works/'],
  ['handout list', '/handouts/'],
  ['page', '/about/'],
  ['get help', '/get-help/'],
  ['not found', '/404.html'],
  ['short addresses', '/h/'],
  ['offline', '/offline/'],
  ['questions tool', '/tools/questions/'],
  ['cost worksheet', '/tools/cost/'],
  ['infobutton page', '/connect/'],
  ['article with a step-by-step journey', '/guide/getting-into-iop/'],
  ['article with the naloxone pictures', '/guide/overdose/'],
  ['article with a sample insurance card and the appeal path', '/guide/paying-for-iop/'],
  ['article with the taper picture', '/guide/stopping-alcohol-or-sedatives-safely/'],
  ['article with the sample estimate and bill', '/guide/paying-yourself/'],
  ['article with the sample consent form', '/guide/privacy-and-rights/'],
  ['article with the sample program listing', '/guide/choosing-a-program/'],
  ['handout with the sample denial letter', '/handouts/paying-for-iop/'],
  ['handout with the 911 danger-sign pictures', '/handouts/stopping-alcohol-or-sedatives/'],
  ['handout with the naloxone spray picture', '/handouts/refuses-help/'],
];

/** The Spanish twins of TEMPLATES, where the Spanish edition has one (it has no link builder). */
export const TEMPLATES_ES: readonly (readonly [name: string, path: string])[] = [
  ['home', '/es/'],
  ['article', '/es/guide/what-is-iop/'],
  ['article + comparison', '/es/guide/iop-vs-php/'],
  ['guide index', '/es/guide/'],
  ['FAQ list', '/es/faq/'],
  ['FAQ answer', '/es/faq/medicare-coverage/'],
  ['glossary', '/es/glossary/'],
  ['compare', '/es/compare/'],
  ['search', '/es/search/'],
  ['handout', '/es/handouts/iop-vs-php/'],
  ['article with crisis box', '/es/guide/for-families/'],
  ['handout list', '/es/handouts/'],
  ['page', '/es/about/'],
  ['get help', '/es/get-help/'],
  ['not found', '/es/404.html'],
  ['short addresses', '/es/h/'],
  ['offline', '/es/offline/'],
  ['questions tool', '/es/tools/questions/'],
  ['cost worksheet', '/es/tools/cost/'],
  ['infobutton page', '/es/connect/'],
  ['article with a step-by-step journey', '/es/guide/getting-into-iop/'],
];

/** A first view in bytes (gzip -9): HTML, stylesheets, scripts (inline ones included), and requests (favicon too). */
export interface FirstView {
  html: number;
  css: number;
  js: number;
  total: number;
  requests: number;
}

/** The built HTML of a site path. */
export function pageHtml(path: string, dist = 'dist'): string {
  return readFileSync(`${dist}${path}${path.endsWith('/') ? 'index.html' : ''}`, 'utf8');
}

/** The first view of a page from its HTML, with its assets read from `dist`. */
export function firstView(html: string, dist = 'dist'): FirstView {
  const assets = firstViewAssets(html);
  const size = (a: string) => gzipSize(readFileSync(`${dist}${a}`));
  const css = assets.filter((a) => a.endsWith('.css')).reduce((n, a) => n + size(a), 0);
  const js =
    assets.filter((a) => a.endsWith('.js')).reduce((n, a) => n + size(a), 0) + gzipSize(inlineScripts(html).join(''));
  const icons = html.match(/<link[^>]+rel="icon"/g)?.length ?? 0;
  const h = gzipSize(html);
  return { html: h, css, js, total: h + css + js, requests: 1 + assets.length + icons };
}

if (import.meta.main) {
  console.log('First view, bytes gzipped (gzip -9)');
  console.log(`${'page'.padEnd(22)} ${'path'.padEnd(22)}   html    css     js   total  requests`);
  for (const [name, path] of TEMPLATES) {
    const v = firstView(pageHtml(path));
    const n = (x: number, w = 6) => String(x).padStart(w);
    console.log(
      `${name.padEnd(22)} ${path.padEnd(22)} ${n(v.html)} ${n(v.css)} ${n(v.js)} ${n(v.total, 7)}  ${n(v.requests, 8)}`,
    );
  }
}
