// Search benchmark on the built site in Chromium (run `npm run build` first):  npm run bench:search
// Prints: bytes fetched for the first query, time from the last keystroke to results (cold and warm),
// and the size of the Pagefind index. Numbers, not a pass/fail test.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext } from '../helpers/browser.ts';
import { startNginx } from '../helpers/nginx.ts';
import { openDialog } from '../helpers/search.ts';

const WARM_QUERIES = [
  'insurance',
  'day program',
  'teen',
  'after iop',
  'can i keep my job',
  'detox',
  'family therapy',
  'medicare',
  'relapse',
  'privacy',
];
const ARTICLE = '/guide/what-is-iop/';

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0,
    files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(join(e.parentPath, e.name)).size;
    files += 1;
  }
  return { bytes, files };
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Time in the page from the last keystroke to the panel rendering results. */
const instrument = () => {
  const w = window as unknown as { __lastKey: number; __doneAt: number };
  document.addEventListener('keydown', () => (w.__lastKey = performance.now()), true);
  new MutationObserver((records) => {
    for (const r of records) if ((r.target as HTMLElement).dataset.state === 'done') w.__doneAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
};

async function run(browser: Browser, server: { url: string }) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.addInitScript(instrument);
  let bytes = 0;
  let gzipped = 0;
  const fetched: string[] = [];
  const beforeOpen: string[] = [];
  let counting = false;
  page.on('request', (req) => {
    if (!counting && new URL(req.url()).pathname.startsWith('/pagefind/')) beforeOpen.push(req.url());
  });
  page.on('response', async (res) => {
    if (!counting) return;
    const body = await res.body().catch(() => Buffer.alloc(0));
    bytes += body.length;
    const gz = gzipSync(body, { level: 9 }).length;
    gzipped += gz;
    fetched.push(`${new URL(res.url()).pathname}: ${body.length} B (gzip ${gz} B)`);
  });
  await page.goto(server.url + ARTICLE);
  await page.waitForLoadState('networkidle');
  counting = true;
  const done = () =>
    page.waitForFunction(
      () =>
        (window as unknown as { __doneAt: number }).__doneAt > (window as unknown as { __lastKey: number }).__lastKey,
    );
  const elapsed = () =>
    page.evaluate(() => {
      const w = window as unknown as { __lastKey: number; __doneAt: number };
      return w.__doneAt - w.__lastKey;
    });

  // Cold: open with Ctrl+K (the dialog's code loads on this first use) and type as soon as the field is there;
  // Pagefind, its WebAssembly and index load during the query.
  await openDialog(page);
  await page.keyboard.type('insurance', { delay: 0 });
  await done();
  const cold = await elapsed();
  await page.waitForLoadState('networkidle');
  const firstQueryBytes = bytes;
  const firstQueryGzip = gzipped;
  const firstQueryFiles = [...fetched];

  const warm: number[] = [];
  for (const q of WARM_QUERIES) {
    await page.locator('[data-search-dialog] [data-search-input]').fill('');
    await page.keyboard.type(q, { delay: 30 });
    await done();
    warm.push(await elapsed());
  }
  // Warm again: the same queries once their index chunks are cached.
  const rewarm: number[] = [];
  for (const q of WARM_QUERIES) {
    await page.locator('[data-search-dialog] [data-search-input]').fill('');
    await page.keyboard.type(q, { delay: 30 });
    await done();
    rewarm.push(await elapsed());
  }
  await context.close();
  return { cold, warm, rewarm, firstQueryBytes, firstQueryGzip, firstQueryFiles, firstViewPagefind: beforeOpen.length };
}

/** What search can fetch: the index in dist/pagefind (without Pagefind's own UI bundles, never used here). */
function indexSize() {
  const all = readdirSync('dist/pagefind');
  const unused = all.filter((f) => /ui\.(js|css)$/.test(f));
  let bytes = 0;
  for (const f of all.filter((f) => !unused.includes(f))) {
    const p = join('dist/pagefind', f);
    bytes += statSync(p).isDirectory() ? dirSize(p).bytes : statSync(p).size;
  }
  return { bytes, fragments: dirSize('dist/pagefind/fragment'), chunks: dirSize('dist/pagefind/index') };
}

/** Search measured in `runs` fresh browser contexts on the built site, served from dist/ by nginx with deploy/. */
export async function searchBench(runs = 3) {
  const server = await startNginx();
  const browser = await launchBrowser();
  const results = [];
  try {
    for (let i = 0; i < runs; i++) results.push(await run(browser, server));
  } finally {
    await browser.close();
    server.stop();
  }
  return { runs: results, index: indexSize() };
}

/** A median. */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (import.meta.main) {
  const { runs, index } = await searchBench(3);
  const r0 = runs[0];
  console.log(
    'Search benchmark (built site, headless Chromium, local server; times include the 60 ms typing debounce)',
  );
  console.log(`  Pagefind requests on first view of ${ARTICLE}: ${r0.firstViewPagefind}`);
  console.log(
    `  bytes fetched for the first query ("insurance"): ${kb(r0.firstQueryBytes)} in ${r0.firstQueryFiles.length} files (${kb(r0.firstQueryGzip)} if served gzipped)`,
  );
  for (const f of r0.firstQueryFiles) console.log(`    ${f}`);
  console.log(
    `  cold, last keystroke to results: ${runs.map((r) => r.cold.toFixed(0)).join(', ')} ms (3 fresh browser contexts)`,
  );
  console.log(
    `  warm, new words (median of ${WARM_QUERIES.length}): ${runs.map((r) => median(r.warm).toFixed(0)).join(', ')} ms`,
  );
  console.log(
    `  warm, repeated words (median of ${WARM_QUERIES.length}): ${runs.map((r) => median(r.rewarm).toFixed(0)).join(', ')} ms; max ${Math.max(...runs.flatMap((r) => r.rewarm)).toFixed(0)} ms`,
  );
  console.log(
    `  index: ${kb(index.bytes)} in dist/pagefind (without Pagefind's unused UI bundles), ${index.chunks.files} index chunks (${kb(index.chunks.bytes)}), ${index.fragments.files} page fragments (${kb(index.fragments.bytes)})`,
  );
}
