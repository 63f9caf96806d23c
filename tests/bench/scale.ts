// Scale benchmark:  npm run bench:scale -- 100 1000 10000
// For each N, a temporary copy of the site gets N synthetic articles (valid frontmatter, about 450 words in five
// sections, sources on authoritative hosts) and is built. Prints build time, peak memory of the build, the Pagefind
// index size and the bytes a first search fetches. Numbers, not a test; the copies are removed afterwards (unless
// SCALE_KEEP=1).
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { launchBrowser, newContext } from '../helpers/browser.ts';
import { startNginx } from '../helpers/nginx.ts';
import { copyProject } from '../helpers/project.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const WORDS = (
  'care program group week therapy session family work school home plan insurance coverage clinician assessment ' +
  'support skills stress sleep medicine doctor nurse counselor schedule evening morning travel child parent teen ' +
  'recovery relapse trigger craving coping anger communication privacy record consent law employer leave cost ' +
  'deductible appeal letter review hospital residential outpatient partial day level hours days months progress'
).split(' ');

/** A small seeded random generator, so every run builds the same site. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** One synthetic article's MDX. */
function article(i: number): string {
  const r = rng(i + 1);
  const word = () => WORDS[Math.floor(r() * WORDS.length)];
  const sentence = () => {
    const n = 6 + Math.floor(r() * 8);
    const w = Array.from({ length: n }, word).join(' ');
    return `${w[0].toUpperCase()}${w.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 4 + Math.floor(r() * 3) }, sentence).join(' ');
  const sections = Array.from(
    { length: 5 },
    (_, s) => `## Section ${s + 1} of page ${i}\n\n${paragraph()}\n\n${paragraph()}\n`,
  );
  const source = (n: number) =>
    `  - { title: "Synthetic source ${n}", publisher: "SAMHSA", year: 2024, url: "https://www.samhsa.gov/source-${n}" }`;
  return [
    '---',
    `title: "Synthetic page ${i} about ${word()} and ${word()}"`,
    `description: "A synthetic page used to measure how the build grows with the number of articles, number ${i}."`,
    `summary: "This page is generated for the scale benchmark. It has five short sections."`,
    'keyPoints: ["It is generated.", "It has sections.", "It is for measuring."]',
    'topic: about-iop',
    'audience: [self]',
    `order: ${1000 + i}`,
    'sources:',
    source(1),
    source(2),
    source(3),
    'lastReviewed: 2026-11-22',
    'nextReview: 2027-11-22',
    '---',
    '',
    ...sections,
  ].join('\n');
}

function dirBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
}

/** Bytes Pagefind fetches for a first search ("insurance") on /search/ of the built copy. */
async function firstQueryBytes(dist: string): Promise<number> {
  const server = await startNginx(dist);
  const browser = await launchBrowser();
  try {
    const page = await (await newContext(browser)).newPage();
    let bytes = 0;
    page.on('response', async (res) => {
      if (new URL(res.url()).pathname.startsWith('/pagefind/'))
        bytes += (await res.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${server.url}/search/?q=insurance`);
    await page.waitForFunction(
      () => document.querySelector('[data-search-page] [data-search-panel]')?.getAttribute('data-state') === 'done',
      null,
      { timeout: 120_000 },
    );
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
    server.stop();
  }
}

const rows: string[] = [];
for (const n of sizes.length ? sizes : [100, 1000]) {
  const dir = copyProject(`iop-scale-${n}-`);
  try {
    for (let i = 0; i < n; i++) writeFileSync(join(dir, `content/articles/synthetic-${i}.mdx`), article(i));
    const start = Date.now();
    const run = spawnSync(
      '/usr/bin/time',
      ['-f', 'PEAK_KB %M', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        maxBuffer: 1 << 28,
      },
    );
    const seconds = (Date.now() - start) / 1000;
    if (process.env.SCALE_KEEP) writeFileSync(join(dir, 'build.log'), run.stdout + run.stderr);
    if (run.status !== 0) throw new Error(`build of ${n} articles failed:\n${(run.stdout + run.stderr).slice(-2000)}`);
    const peak = Number(/PEAK_KB (\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024;
    const pages = readdirSync(join(dir, 'dist'), { recursive: true, withFileTypes: true }).filter(
      (e) => e.isFile() && e.name === 'index.html',
    ).length;
    const index = dirBytes(join(dir, 'dist/pagefind')) / 1024 / 1024;
    const query = (await firstQueryBytes(join(dir, 'dist'))) / 1024;
    rows.push(
      `${String(n).padStart(6)}  ${seconds.toFixed(1).padStart(8)} s  ${peak.toFixed(0).padStart(7)} MB  ${index.toFixed(1).padStart(8)} MB  ${query.toFixed(1).padStart(9)} KB   (${pages} pages)`,
    );
    console.log(rows.at(-1));
  } finally {
    // SCALE_KEEP=1 keeps the copy (to profile its build); its path is printed.
    if (process.env.SCALE_KEEP) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
console.log(
  [
    '\nScale (articles added to the real site; 2-core machine)',
    '     N     build    peak memory  index      first query',
    ...rows,
  ].join('\n'),
);
