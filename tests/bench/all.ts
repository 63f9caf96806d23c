// Every speed and weight figure in one table (npm run bench): build time, each template's first view, the bytes and
// time of a search, and Lighthouse's four scores. It builds the site first (into dist/, as `npm run build` does);
// `npm run bench -- --no-build` measures the dist/ already there. Numbers to read and compare, not a pass/fail test.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { firstView, pageHtml, TEMPLATES } from './weight.ts';
import { median, searchBench } from './search.ts';
import { LIGHTHOUSE_PAGES, lighthouseScores } from './lighthouse.ts';

const rows: [string, string][] = [];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (!process.argv.includes('--no-build')) {
  const start = Date.now();
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`the build failed:\n${(run.stdout + run.stderr).slice(-3000)}`);
  const pages = /(\d+) page\(s\) built/.exec(run.stdout)?.[1] ?? '?';
  rows.push(['build (`astro build`, all steps)', `${((Date.now() - start) / 1000).toFixed(1)} s, ${pages} pages`]);
}

for (const [name, path] of TEMPLATES) {
  const v = firstView(pageHtml(path));
  rows.push([
    `first view: ${name} \`${path}\``,
    `${kb(v.total)} in ${v.requests} requests (HTML ${kb(v.html)}, CSS ${kb(v.css)}, JS ${kb(v.js)})`,
  ]);
}

console.error('search: 3 fresh browser contexts...');
const search = await searchBench(3);
const first = search.runs[0];
rows.push([
  'search: first query ("insurance")',
  `${kb(first.firstQueryBytes)} in ${first.firstQueryFiles.length} files (${kb(first.firstQueryGzip)} gzipped), dialog code included`,
]);
rows.push([
  'search: keystroke to results, warm',
  `${median(search.runs.map((r) => median(r.warm))).toFixed(0)} ms new words, ${median(search.runs.map((r) => median(r.rewarm))).toFixed(0)} ms repeated (medians; 60 ms typing pause included)`,
]);
rows.push([
  'search: keystroke to results, cold',
  `${median(search.runs.map((r) => r.cold)).toFixed(0)} ms (median of 3)`,
]);

console.error(`lighthouse: ${LIGHTHOUSE_PAGES.length} pages...`);
const lighthouse = await lighthouseScores();
for (const r of lighthouse.results) {
  const name = LIGHTHOUSE_PAGES.find(([, p]) => p === r.path)![0];
  const s = r.scores;
  rows.push([
    `Lighthouse: ${name} \`${r.path}\``,
    `performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}`,
  ]);
}

rows.push(['Lighthouse: control, a one-line page', `performance ${lighthouse.control} (the machine's own noise)`]);

const width = Math.max(...rows.map(([k]) => k.length));
const value = Math.max(...rows.map(([, v]) => v.length));
console.log(
  `\nIOP Guide benchmarks: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}; Lighthouse mobile defaults (slow 4G, 4x CPU), median of ${process.env.LIGHTHOUSE_RUNS ?? 3} runs, CPU index ${lighthouse.benchmarkIndex}; dist/ behind nginx\n`,
);
console.log(`| ${'measure'.padEnd(width)} | ${'figure'.padEnd(value)} |`);
console.log(`| ${'-'.repeat(width)} | ${'-'.repeat(value)} |`);
for (const [k, v] of rows) console.log(`| ${k.padEnd(width)} | ${v.padEnd(value)} |`);
const misses = lighthouse.results.flatMap((r) => r.misses.map((m) => `  ${r.path}: ${m}`));
if (misses.length) console.log(`\nLighthouse audits below 100 (median runs):\n${misses.join('\n')}`);
