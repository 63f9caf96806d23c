// Prints the first-view weight (HTML + CSS + JS, gzipped) of key built pages. Run after a build:
//   npm run bench:weight
import { readFileSync } from 'node:fs';
import { firstViewAssets, gzipSize } from '../../src/lib/weight.ts';

const pages = ['/', '/guide/what-is-iop/', '/guide/iop-vs-php/', '/faq/', '/glossary/', '/compare/', '/search/'];
const file = (p: string) => `dist${p}${p.endsWith('/') ? 'index.html' : ''}`;
console.log('page                        html    css     js   total  (bytes, gzip -9)');
for (const p of pages) {
  let html: string;
  try {
    html = readFileSync(file(p), 'utf8');
  } catch {
    console.log(`${p}: not built`);
    continue;
  }
  const inlineJs = [...html.matchAll(/<script(?![^>]*src)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  let css = 0,
    js = 0;
  for (const a of firstViewAssets(html)) {
    const size = gzipSize(readFileSync(`dist${a}`));
    if (a.endsWith('.css')) css += size;
    else js += size;
  }
  const h = gzipSize(html);
  console.log(
    `${p.padEnd(26)} ${String(h).padStart(6)} ${String(css).padStart(6)} ${String(js).padStart(6)} ${String(h + css + js).padStart(7)}   (of which inline JS ${gzipSize(inlineJs)} B)`,
  );
}
