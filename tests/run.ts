// `npm test`: format check, type check and import direction (dependency-cruiser, .dependency-cruiser.cjs), side by
// side; then the build; then every Vitest project (unit, dist, browser), stopping at the first step that fails, and a
// table of how long each step and each project took. Arguments go to Vitest (`npm test -- --project unit`).
//
// The first steps only read the sources and each leaves a core idle for much of its time, so they run together, and
// beside them the site is built for a sub-path in a throwaway copy (tests/helpers/base-site.ts) for the browser
// project's base-path test, which would otherwise build it while every core is busy with the browser.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProjectTime } from './setup/times-reporter.ts';
import { BASE_BUILD_ENV, BASE_SITE_ENV, baseSiteCopy } from './helpers/base-site.ts';
import { PINNED_NODE } from './helpers/pinned-node.ts';

interface Step {
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  env?: Record<string, string>;
}

const dir = mkdtempSync(join(tmpdir(), 'iop-test-times-'));
const timesFile = join(dir, 'projects.json');
const vitestArgs = process.argv.slice(2);
// The base-path copy is wanted only when the browser project runs (all projects, or --project browser).
const projects = vitestArgs.flatMap((a, i) => (vitestArgs[i - 1] === '--project' ? [a] : []));
const wantsBaseSite = projects.length === 0 || projects.includes('browser');
const baseSite = wantsBaseSite ? baseSiteCopy() : '';

const together: Step[] = [
  { name: 'format', command: 'prettier', args: ['--check', '.'] },
  { name: 'check', command: 'astro', args: ['check'] },
  { name: 'imports', command: 'depcruise', args: ['src', '--config', '.dependency-cruiser.cjs'] },
  ...(baseSite
    ? [
        {
          name: 'base build',
          command: PINNED_NODE,
          args: ['node_modules/astro/bin/astro.mjs', 'build'],
          cwd: baseSite,
          env: { ...BASE_BUILD_ENV, NO_COLOR: '1' },
        },
      ]
    : []),
];
const after: Step[] = [
  { name: 'build', command: 'astro', args: ['build'] },
  { name: 'vitest', command: 'vitest', args: ['run', '--config', 'tests/vitest.config.ts', ...vitestArgs] },
];

/** Run a step; its output is kept and printed as one block when it ends, so steps that run together do not mix. */
function run(step: Step, quietUnlessFailed = false): Promise<{ status: number; seconds: number }> {
  const t = performance.now();
  // npm puts node_modules/.bin first on PATH, so these are the project's own tools on its own Node.
  const child = spawn(step.command, step.args, {
    cwd: step.cwd,
    env: { ...process.env, TEST_TIMES_FILE: timesFile, [BASE_SITE_ENV]: baseSite, ...step.env },
    stdio: quietUnlessFailed ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  const output: Buffer[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d));
  child.stderr?.on('data', (d: Buffer) => output.push(d));
  return new Promise((resolve) => {
    const done = (status: number) => {
      const seconds = (performance.now() - t) / 1000;
      if (quietUnlessFailed) {
        const text = Buffer.concat(output).toString();
        // A build's log is long: a failed one shows its end; a passing one, its last line.
        const shown = status === 0 && step.name === 'base build' ? text.trim().split('\n').slice(-1) : [text.trimEnd()];
        console.log([`\n> ${step.name}${status === 0 ? '' : ' FAILED'}`, ...shown].join('\n'));
      }
      resolve({ status, seconds });
    };
    child.on('error', (e) => {
      output.push(Buffer.from(String(e)));
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

const rows: string[] = [];
const row = (name: string, seconds: number, note = '') =>
  rows.push(`  ${name.padEnd(10)} ${seconds.toFixed(1).padStart(6)} s${note ? `  ${note}` : ''}`);
const started = performance.now();
let status = 0;

const first = performance.now();
const results = await Promise.all(together.map((s) => run(s, true)));
together.forEach((s, i) => row(s.name, results[i].seconds, results[i].status === 0 ? '' : 'FAILED'));
row('(together)', (performance.now() - first) / 1000, together.map((s) => s.name).join(', '));
status = results.find((r) => r.status !== 0)?.status ?? 0;

for (const step of status === 0 ? after : []) {
  const r = await run(step);
  status = r.status;
  row(step.name, r.seconds, status === 0 ? '' : 'FAILED');
  if (step.name === 'vitest' && existsSync(timesFile))
    for (const p of JSON.parse(readFileSync(timesFile, 'utf8')) as ProjectTime[])
      row(`  ${p.project}`, p.seconds, `${p.files} files, ${p.tests} tests${p.failed ? `, ${p.failed} failed` : ''}`);
  if (status !== 0) break;
}
row('total', (performance.now() - started) / 1000);
rmSync(dir, { recursive: true, force: true });
if (baseSite) rmSync(baseSite, { recursive: true, force: true });
console.log(['', 'npm test, time per step:', ...rows].join('\n'));
process.exit(status);
