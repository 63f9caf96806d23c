// The tests Stryker runs for `npm run test:mutation` (tests/stryker.config.mjs): the unit tests that sit beside the
// modules it mutates. Pure Node tests, so plain Vitest without Astro's Vite config (which starts slower and which
// these tests do not need); the unit project's rules apply (a test that asserts nothing fails).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/features/search/browser/results.test.ts',
      'src/features/search/crisis-query.test.ts',
      'src/features/search/crisis-box.test.ts',
      'src/features/search/query-intent.test.ts',
      'src/features/search/did-you-mean.test.ts',
      'src/features/search/edit-distance.test.ts',
      'src/features/compare/state.test.ts',
      'src/model/link-registry.test.ts',
      'src/model/facts-schema.test.ts',
      'src/features/links/contract.test.ts',
      'src/features/handouts/handouts.test.ts',
      'src/lib/dates.test.ts',
      'src/lib/small.test.ts',
      'src/model/facts.test.ts',
    ],
    // Stryker needs every test green before it mutates anything. This one is a content rule over content/ (facts
    // typed by hand in the articles): it mutates nothing it could catch, and content being edited must not stop
    // mutation testing of the code. `npm test` still runs it.
    testNamePattern: /^(?!.*is never typed by hand)/,
    testTimeout: 60_000,
    expect: { requireAssertions: true },
  },
});
