// The tests Stryker runs for `npm run test:mutation` (tests/stryker.config.mjs): the unit tests beside the module
// named in MUTATION_MODULE (all the modules' tests when none is named). Pure Node tests, so plain Vitest without
// Astro's Vite config (which starts slower and which these tests do not need); the unit project's rules apply (a test
// that asserts nothing fails).
import { defineConfig } from 'vitest/config';
import { MODULES } from './stryker.config.mjs';

const name = process.env.MUTATION_MODULE as keyof typeof MODULES | undefined;

export default defineConfig({
  test: {
    include: name ? MODULES[name].tests : [...new Set(Object.values(MODULES).flatMap((m) => m.tests))],
    // Stryker needs every test green before it mutates anything. This one is a content rule over content/ (facts
    // typed by hand in the articles): it mutates nothing it could catch, and content being edited must not stop
    // mutation testing of the code. `npm test` still runs it.
    testNamePattern: /^(?!.*is never typed by hand)/,
    testTimeout: 60_000,
    expect: { requireAssertions: true },
  },
});
