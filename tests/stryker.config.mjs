// Mutation testing of the pure modules (`npm run test:mutation`, tests/mutation.ts; not part of `npm test`): Stryker
// changes one small thing at a time in these files (a condition, an operator, a string, a regular expression) and
// runs the tests beside them (tests/vitest.mutation.config.ts); a change no test notices is a gap in the tests.
// Each module must keep a score of at least 80%. Run directly with `npx stryker run tests/stryker.config.mjs`.

/** The modules under mutation testing, each with its files. tests/mutation.ts reports a score for each. */
export const MODULES = {
  'search ranking': ['src/features/search/browser/results.ts'],
  'crisis detection': ['src/features/search/crisis-query.ts', 'src/features/search/crisis-box.ts'],
  'query intent': ['src/features/search/query-intent.ts'],
  'did-you-mean': ['src/features/search/did-you-mean.ts', 'src/features/search/edit-distance.ts'],
  'comparison state': ['src/features/compare/state.ts'],
  'link registry': ['src/model/link-registry.ts'],
  handouts: ['src/features/handouts/handouts.ts'],
  dates: ['src/lib/dates.ts'],
  facts: ['src/model/facts.ts', 'src/model/facts-schema.ts'],
};

/** The lowest score a module may have. */
export const MIN_SCORE = 80;

/** Stryker's JSON report, which tests/mutation.ts reads for the scores. */
export const REPORT_JSON = 'reports/mutation/mutation.json';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'tests/vitest.mutation.config.ts' },
  mutate: Object.values(MODULES).flat(),
  // Each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  // Two test processes suit a 2-core machine.
  concurrency: 2,
  // Re-test only the mutants whose code or tests changed since the last run (`--force` re-tests all).
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { allowEmojis: false, reportMutants: true, reportTests: false },
  // What Stryker writes stays in .stryker-tmp/ and reports/mutation/ (both ignored by git, so by Prettier and
  // Tailwind's scan too).
  tempDirName: '.stryker-tmp',
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: REPORT_JSON },
  // Only the source, content/ and the tests are needed in Stryker's copy of the project.
  ignorePatterns: ['/dist', '/dist.old', '/.astro', '/.tmp', '/.stryker-tmp', '/reports', '/public', '/deploy'],
  thresholds: { high: 90, low: MIN_SCORE, break: null },
};
