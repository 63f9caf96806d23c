// `npm test`: format check, type check, import direction (dependency-cruiser, .dependency-cruiser.cjs), build, then
// every Vitest project (unit, dist, browser), stopping at the first step that fails, and a table of how long each step
// and each project took. Arguments go to Vitest (`npm test -- --project unit`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProjectTime } from './setup/times-reporter.ts';

const dir = mkdtempSync(join(tmpdir(), 'iop-test-times-'));
const timesFile = join(dir, 'projects.json');
const steps: [name: string, command: string, args: string[]][] = [
  ['format', 'prettier', ['--check', '.']],
  ['check', 'astro', ['check']],
  ['imports', 'depcruise', ['src', '--config', '.dependency-cruiser.cjs']],
  ['build', 'astro', ['build']],
  ['vitest', 'vitest', ['run', '--config', 'tests/vitest.config.ts', ...process.argv.slice(2)]],
];

const rows: string[] = [];
const row = (name: string, seconds: number, note = '') =>
  rows.push(`  ${name.padEnd(10)} ${seconds.toFixed(1).padStart(6)} s${note ? `  ${note}` : ''}`);
const started = performance.now();
let status = 0;
for (const [name, command, args] of steps) {
  const t = performance.now();
  // npm puts node_modules/.bin first on PATH, so these are the project's own tools on its own Node.
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, TEST_TIMES_FILE: timesFile } });
  status = run.status ?? 1;
  row(name, (performance.now() - t) / 1000, status === 0 ? '' : 'FAILED');
  if (name === 'vitest' && existsSync(timesFile))
    for (const p of JSON.parse(readFileSync(timesFile, 'utf8')) as ProjectTime[])
      row(`  ${p.project}`, p.seconds, `${p.files} files, ${p.tests} tests${p.failed ? `, ${p.failed} failed` : ''}`);
  if (status !== 0) break;
}
row('total', (performance.now() - started) / 1000);
rmSync(dir, { recursive: true, force: true });
console.log(['', 'npm test, time per step:', ...rows].join('\n'));
process.exit(status);
