// `npm run test:mutation`: Stryker over the pure modules (tests/stryker.config.mjs), then each module's score and
// counts, and a failure if any module is under the minimum. Not part of `npm test` (it runs the modules' tests once
// per mutant: minutes, not seconds). Name modules to run only those: `npm run test:mutation -- dates "query intent"`.
// Results are kept in reports/mutation/ (ignored by git): the next run re-tests only mutants whose code or tests
// changed (Stryker's incremental mode); `-- --force` re-tests everything.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { MIN_SCORE, MODULES, REPORT_JSON } from './stryker.config.mjs';

type Status =
  'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
interface Report {
  files: Record<string, { mutants: { status: Status }[] }>;
}

const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !(n in MODULES));
if (unknown.length) {
  console.error(`Unknown module(s): ${unknown.join(', ')}. Modules: ${Object.keys(MODULES).join(', ')}.`);
  process.exit(2);
}
const chosen = (names.length ? names : Object.keys(MODULES)) as (keyof typeof MODULES)[];
const files = chosen.flatMap((m) => MODULES[m]);

const started = performance.now();
// npm puts node_modules/.bin first on PATH, so this is the project's own Stryker on the project's own Node.
const run = spawnSync(
  'stryker',
  ['run', 'tests/stryker.config.mjs', '--mutate', files.join(','), ...args.filter((a) => a.startsWith('--'))],
  { stdio: 'inherit' },
);
const seconds = (performance.now() - started) / 1000;
if (run.status !== 0) {
  console.error(`Stryker failed (exit ${run.status ?? run.signal}).`);
  process.exit(run.status ?? 1);
}

const report = JSON.parse(readFileSync(REPORT_JSON, 'utf8')) as Report;
const count = (mutants: { status: Status }[], s: Status) => mutants.filter((m) => m.status === s).length;
const rows: string[] = [];
const low: string[] = [];
const cols = ['score', 'killed', 'survived', 'timeout', 'no cov', 'errors', 'total'];
rows.push(`  ${'module'.padEnd(18)} ${cols.map((c) => c.padStart(8)).join(' ')}`);
for (const name of chosen) {
  const mutants = MODULES[name].flatMap((f) => report.files[f]?.mutants ?? []);
  const [killed, survived, timeout, noCoverage] = (['Killed', 'Survived', 'Timeout', 'NoCoverage'] as const).map((s) =>
    count(mutants, s),
  );
  const errors = count(mutants, 'CompileError') + count(mutants, 'RuntimeError');
  const valid = killed + timeout + survived + noCoverage;
  // Stryker's mutation score: detected (killed or timed out) out of all valid mutants.
  const score = valid ? ((killed + timeout) / valid) * 100 : 100;
  if (score < MIN_SCORE) low.push(name);
  const cells = [`${score.toFixed(1)}%`, killed, survived, timeout, noCoverage, errors, mutants.length];
  rows.push(`  ${name.padEnd(18)} ${cells.map((c) => String(c).padStart(8)).join(' ')}`);
}
console.log(`\nMutation score per module (minimum ${MIN_SCORE}%), ${seconds.toFixed(0)} s:\n${rows.join('\n')}`);
if (low.length) {
  console.error(
    `\nUnder ${MIN_SCORE}%: ${low.join(', ')}. See reports/mutation/mutation.html for the surviving mutants.`,
  );
  process.exit(1);
}
