// `npm run test:mutation`: Stryker over each pure module in turn (tests/stryker.config.mjs), then a table of each
// module's score and counts, and a failure if any module is under the minimum. Not part of `npm test`: it runs a
// module's tests once per mutant, minutes rather than seconds. Name modules to run only those:
// `npm run test:mutation -- dates "query intent"`. Reports stay in reports/mutation/ (ignored by git), and the next
// run re-tests only the mutants whose code or tests changed (Stryker's incremental mode); `-- --force` re-tests all.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { MIN_SCORE, MODULES, reportFile } from './stryker.config.mjs';

type Status =
  'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
interface Report {
  files: Record<string, { mutants: { status: Status }[] }>;
}
type Module = keyof typeof MODULES;

const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !(n in MODULES));
if (unknown.length) {
  console.error(`Unknown module(s): ${unknown.join(', ')}. Modules: ${Object.keys(MODULES).join(', ')}.`);
  process.exit(2);
}
const chosen = (names.length ? names : Object.keys(MODULES)) as Module[];

const cols = ['score', 'killed', 'survived', 'timeout', 'no cov', 'errors', 'total', 'time'];
const rows = [`  ${'module'.padEnd(18)} ${cols.map((c) => c.padStart(8)).join(' ')}`];
const low: string[] = [];
const started = performance.now();
for (const name of chosen) {
  const t = performance.now();
  console.log(`\n=== ${name}: ${MODULES[name].mutate.join(', ')}`);
  // npm puts node_modules/.bin first on PATH, so this is the project's own Stryker on the project's own Node.
  const run = spawnSync('stryker', ['run', 'tests/stryker.config.mjs', ...flags], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_MODULE: name },
  });
  const seconds = (performance.now() - t) / 1000;
  if (run.status !== 0) {
    console.error(`Stryker failed on ${name} (exit ${run.status ?? run.signal}).`);
    low.push(name);
    rows.push(`  ${name.padEnd(18)} ${'FAILED'.padStart(8)}`);
    continue;
  }
  const report = JSON.parse(readFileSync(reportFile(name), 'utf8')) as Report;
  const mutants = MODULES[name].mutate.flatMap((f) => report.files[f]?.mutants ?? []);
  const count = (...statuses: Status[]) => mutants.filter((m) => statuses.includes(m.status)).length;
  const [killed, survived, timeout, noCoverage] = [
    count('Killed'),
    count('Survived'),
    count('Timeout'),
    count('NoCoverage'),
  ];
  const valid = killed + timeout + survived + noCoverage;
  // Stryker's mutation score: mutants detected (killed or timed out) out of all valid ones.
  const score = valid ? ((killed + timeout) / valid) * 100 : 100;
  if (score < MIN_SCORE) low.push(name);
  const cells = [`${score.toFixed(1)}%`, killed, survived, timeout, noCoverage];
  cells.push(count('CompileError', 'RuntimeError'), mutants.length, `${seconds.toFixed(0)} s`);
  rows.push(`  ${name.padEnd(18)} ${cells.map((c) => String(c).padStart(8)).join(' ')}`);
}
const total = (performance.now() - started) / 1000;
console.log(`\nMutation score per module (minimum ${MIN_SCORE}%), ${total.toFixed(0)} s in all:\n${rows.join('\n')}`);
if (low.length) {
  console.error(
    `\nUnder ${MIN_SCORE}% or failed: ${low.join(', ')}. Surviving mutants: reports/mutation/<module>.html.`,
  );
  process.exit(1);
}
