/** First-view weight of a built page: the HTML plus the CSS and JS it references, gzipped. */
import { gzipSync } from 'node:zlib';

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
