// Lighthouse on the built site as a host serves it (nginx with deploy/: headers, gzip, caching), in the system
// Chromium, with Lighthouse's default mobile settings (a mid-range phone, simulated slow 4G). Run after a build:
//   npm run bench:lighthouse        (npm run bench prints the scores in its table)
//   npm run bench:lighthouse -- /clinics/links/ /search/      (only those pages)
// Lighthouse needs Node >= 22.19: npm scripts run the Node 24 of the `node` devDependency.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../helpers/browser.ts';
import { freePort, startNginx } from '../helpers/nginx.ts';

/** The pages Lighthouse scores, by name. */
export const LIGHTHOUSE_PAGES: readonly (readonly [name: string, path: string])[] = [
  ['home', '/'],
  ['article', '/guide/what-is-iop/'],
  ['compare', '/compare/'],
  ['search', '/search/'],
  ['handout', '/handouts/iop-vs-php/'],
  ['link builder', '/clinics/links/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page's scores (0-100) and the audits that kept a category below 100. */
export interface LighthouseResult {
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits scoring below 1 in a category, with Lighthouse's figure ("Largest Contentful Paint: 1.9 s"). */
  misses: string[];
}

/** Start Chromium with a DevTools port for Lighthouse (it drives the browser itself, over that port). */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'iop-lighthouse-'));
  const chromium = spawn(
    findChromium(process.env, undefined, true),
    [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      () => true,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    stop: async () => {
      // Its profile folder is removed once Chromium has exited (it writes there until then).
      const exited = new Promise((r) => chromium.once('exit', r));
      chromium.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Where the main thread's time went, largest first ("Style & Layout 420 ms, Script Evaluation 90 ms, ..."). */
function mainThread(audits: Record<string, { details?: unknown }>): string {
  const items = (audits['mainthread-work-breakdown']?.details as { items?: { groupLabel: string; duration: number }[] })
    ?.items;
  return (items ?? [])
    .slice(0, 3)
    .map((i) => `${i.groupLabel} ${Math.round(i.duration)} ms`)
    .join(', ');
}

/** One Lighthouse run of one page. */
async function score(url: string, port: number): Promise<Omit<LighthouseResult, 'path'> & { benchmarkIndex: number }> {
  const run = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits, environment, runtimeError } = run.lhr;
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
  ) as LighthouseResult['scores'];
  const misses = CATEGORIES.flatMap((c) =>
    (categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map(
        (ref) =>
          `${c}: ${audits[ref.id].title}${audits[ref.id].displayValue ? ` (${audits[ref.id].displayValue})` : ''}` +
          (ref.id === 'total-blocking-time' ? `; main thread: ${mainThread(audits)}` : ''),
      ),
  );
  if (runtimeError) misses.unshift(`Lighthouse error: ${runtimeError.code} ${runtimeError.message}`);
  return { scores, misses, benchmarkIndex: environment.benchmarkIndex };
}

/** A one-line page with no CSS or script: what Lighthouse scores on this machine when the site is not the cause. */
const CONTROL_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Control</title><meta name="description" content="A page with one line of text."></head><body><h1>Control</h1><p>One line of text.</p></body></html>';

/** The control page's median performance score over `runs`, served by the same nginx configuration. */
async function controlScore(port: number, runs: number): Promise<number> {
  const root = mkdtempSync(join(tmpdir(), 'iop-control-'));
  chmodSync(root, 0o755); // nginx's workers run as another user
  for (const f of ['index.html', '404.html']) writeFileSync(join(root, f), CONTROL_PAGE);
  const server = await startNginx(root);
  try {
    const all = [];
    for (let i = 0; i < runs; i++) all.push((await score(`${server.url}/`, port)).scores.performance);
    return all.sort((a, b) => a - b)[Math.floor(all.length / 2)];
  } finally {
    server.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * Lighthouse scores for each of `pages` on dist/ behind nginx: the run with the median performance score of `runs`
 * (performance moves with the machine's load, since its timings are measured and then scaled; the rest do not).
 */
export async function lighthouseScores(
  pages = LIGHTHOUSE_PAGES,
  runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3),
): Promise<{ results: LighthouseResult[]; benchmarkIndex: number; control: number }> {
  const server = await startNginx();
  const chromium = await startChromium();
  const results: LighthouseResult[] = [];
  const indexes: number[] = [];
  let control = 0;
  try {
    control = await controlScore(chromium.port, runs);
    for (const [, path] of pages) {
      const all = [];
      for (let i = 0; i < runs; i++) all.push(await score(server.url + path, chromium.port));
      all.sort((a, b) => a.scores.performance - b.scores.performance);
      const { scores, misses } = all[Math.floor(all.length / 2)];
      indexes.push(...all.map((r) => r.benchmarkIndex));
      results.push({ path, scores, misses });
    }
  } finally {
    server.stop();
    await chromium.stop();
  }
  const benchmarkIndex = Math.round(indexes.sort((a, b) => a - b)[Math.floor(indexes.length / 2)]);
  return { results, benchmarkIndex, control };
}

if (import.meta.main) {
  // `npm run bench:lighthouse -- /clinics/links/` scores only the paths given.
  const only = process.argv.slice(2);
  const { results, benchmarkIndex, control } = await lighthouseScores(
    only.length ? only.map((p) => [p, p] as const) : LIGHTHOUSE_PAGES,
  );
  console.log(
    `Lighthouse (mobile defaults: simulated slow 4G, 4x slower CPU), dist/ behind nginx; median of ${process.env.LIGHTHOUSE_RUNS ?? 3} runs; CPU benchmark index ${benchmarkIndex}, load average ${loadavg()[0].toFixed(1)}; a one-line control page scores ${control} for performance`,
  );
  console.log(`${'page'.padEnd(24)} perf  a11y  best   seo`);
  for (const r of results) {
    const s = r.scores;
    console.log(
      `${r.path.padEnd(24)} ${[s.performance, s.accessibility, s['best-practices'], s.seo].map((n) => String(n).padStart(4)).join('  ')}`,
    );
    for (const m of r.misses) console.log(`    below 100: ${m}`);
  }
}
