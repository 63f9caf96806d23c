// Mutation testing of the pure modules (`npm run test:mutation`, tests/mutation.ts; not part of `npm test`): Stryker
// changes one small thing at a time in a module (a condition, an operator, a string, a regular expression) and runs
// the tests beside it (tests/vitest.mutation.config.ts); a change no test notices is a gap in the tests. Each module
// must keep a score of at least MIN_SCORE. tests/mutation.ts runs Stryker once per module, naming it in the
// MUTATION_MODULE environment variable, so each mutant runs only that module's tests: a mutant of a module-level
// constant (a regular expression, a word list) re-runs every test Stryker was given, and all of them together take
// about 40 times longer. One module by hand: `MUTATION_MODULE=dates npx stryker run tests/stryker.config.mjs`.

/** The modules under mutation testing: the files mutated, and the unit tests that check them. */
export const MODULES = {
  'search ranking': {
    mutate: ['src/features/search/browser/results.ts'],
    tests: ['src/features/search/browser/results.test.ts'],
  },
  'crisis detection': {
    mutate: ['src/features/search/crisis-query.ts', 'src/features/search/crisis-box.ts'],
    tests: ['src/features/search/crisis-query.test.ts', 'src/features/search/crisis-box.test.ts'],
    // Most of crisis-query.ts is tables built when the module loads (word classes, patterns, typo words): each of
    // their several hundred mutants reloads the module and re-runs the whole crisis corpus, hours on a shared 2-core
    // machine. Skipped by default (Stryker's ignoreStatic: reported as ignored, not counted); MUTATION_STATIC=1 runs
    // them too.
    ignoreStatic: true,
  },
  'query intent': {
    mutate: ['src/features/search/query-intent.ts'],
    tests: ['src/features/search/query-intent.test.ts', 'src/features/search/browser/results.test.ts'],
  },
  'did-you-mean': {
    mutate: ['src/features/search/did-you-mean.ts', 'src/lib/edit-distance.ts'],
    tests: ['src/features/search/did-you-mean.test.ts', 'src/lib/edit-distance.test.ts'],
  },
  'comparison state': {
    mutate: ['src/features/compare/state.ts'],
    tests: ['src/features/compare/state.test.ts'],
  },
  'link registry': {
    mutate: ['src/model/link-registry.ts'],
    tests: ['src/model/link-registry.test.ts', 'src/features/links/contract.test.ts'],
  },
  'bill check': {
    mutate: ['src/features/action-visuals/bill-check.ts'],
    tests: ['src/features/action-visuals/bill-check.test.ts'],
  },
  handouts: {
    mutate: ['src/features/handouts/handouts.ts', 'src/model/handout-links.ts'],
    tests: ['src/features/handouts/handouts.test.ts', 'src/model/handout-links.test.ts'],
  },
  dates: {
    mutate: ['src/lib/dates.ts'],
    tests: ['src/lib/dates.test.ts', 'src/lib/small.test.ts'],
  },
  facts: {
    mutate: ['src/model/facts.ts', 'src/model/facts-schema.ts'],
    tests: ['src/model/facts.test.ts', 'src/model/facts-schema.test.ts'],
  },
};

/** The lowest score a module may have. */
export const MIN_SCORE = 80;

/** A module's name as a file name ("search ranking" -> "search-ranking"). */
export const slug = (name) => name.replace(/\W+/g, '-');

/** Where a module's JSON report goes; tests/mutation.ts reads the scores from it. */
export const reportFile = (name) => `reports/mutation/${slug(name)}.json`;

const name = process.env.MUTATION_MODULE;
if (name !== undefined && !(name in MODULES))
  throw new Error(`MUTATION_MODULE="${name}" is not a module in tests/stryker.config.mjs (${Object.keys(MODULES)})`);
const module = name === undefined ? undefined : MODULES[name];
const out = `reports/mutation/${name === undefined ? 'all' : slug(name)}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'tests/vitest.mutation.config.ts' },
  mutate: module ? module.mutate : Object.values(MODULES).flatMap((m) => m.mutate),
  // Each mutant runs only the tests that reach it (a module-level constant's mutant runs all of them).
  coverageAnalysis: 'perTest',
  ignoreStatic: process.env.MUTATION_STATIC !== '1' && module?.ignoreStatic === true,
  // Two test processes suit a 2-core machine.
  concurrency: 2,
  // A mutant that makes the tests run this much longer than without it counts as detected (an endless loop). Stryker's
  // default (5 s more) is a fixed limit a busy machine exceeds, and would count slow mutants as detected.
  timeoutMS: 20_000,
  // Re-test only the mutants whose code or tests changed since the last run (`--force` re-tests all). Stryker 10
  // reuses a module-level constant's result even when tests were added (it does not know which new tests reach it):
  // run with `--force` before recording a score.
  incremental: true,
  incrementalFile: `${out}.incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { allowEmojis: false, reportMutants: true, reportTests: false },
  // What Stryker writes stays in .stryker-tmp/ and reports/mutation/ (both ignored by git, so by Prettier and
  // Tailwind's scan too).
  tempDirName: '.stryker-tmp',
  htmlReporter: { fileName: `${out}.html` },
  jsonReporter: { fileName: `${out}.json` },
  // Only the source, content/ and the tests are needed in Stryker's copy of the project.
  ignorePatterns: ['/dist', '/dist.old', '/.astro', '/.tmp', '/.stryker-tmp', '/reports', '/public', '/deploy'],
  thresholds: { high: 90, low: MIN_SCORE, break: null },
};
