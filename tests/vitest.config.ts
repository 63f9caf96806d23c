/// <reference types="vitest/config" />
// Three projects, one per layer, run one after the other (unit, then dist, then browser) so each one's time is its own:
// - unit: pure logic, components (Astro's Container API), content and schema rules, and build steps on temporary
//   copies. No dist/ needed: `npm run test:unit` is the edit loop.
// - dist: checks over the built site (*.dist.test.ts). Global setup walks dist/ once; each worker parses it once.
// - browser: real Chromium (*.browser.test.ts). Global setup starts one Chromium and one nginx over dist/ with deploy/
//   for the whole run; test files connect to them (tests/helpers/site.ts).
// Run one project: `npx vitest run --config tests/vitest.config.ts --project dist` (dist and browser need a build).
import { getViteConfig } from 'astro/config';
import LongestFirst from './setup/sequencer.ts';

const DIST = '**/*.dist.test.ts';
const BROWSER = '**/*.browser.test.ts';
// Unit suites that replace a module with vi.mock: they run isolated, since a mock cannot be undone in a shared module
// graph (a suite that imported the real module first would see it, or the mock would leak into the next suite).
const MOCKING = ['src/components/dated-facts.test.ts', 'src/features/search/build/integration.test.ts'];

export default getViteConfig(
  {
    // Astro's content store is read from here, so getCollection() works inside tests after `astro build`/`sync`.
    cacheDir: './.astro',
    test: {
      testTimeout: 60_000,
      hookTimeout: 60_000,
      expect: {
        // A test that asserts nothing fails.
        requireAssertions: true,
        // expect.poll() waits as long as the test may (its default of 1 s is a fixed limit a busy machine exceeds).
        poll: { timeout: 60_000 },
      },
      // Two at a time suits a 2-core machine.
      maxWorkers: 2,
      // The two page passes start first, also on a clean clone (tests/setup/sequencer.ts).
      sequence: { sequencer: LongestFirst },
      reporters: ['default', './tests/setup/times-reporter.ts'],
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
            exclude: ['**/node_modules/**', DIST, BROWSER, ...MOCKING],
            // One module graph per worker rather than per file: Astro's and Vite's modules load twice instead of ~45
            // times (a third of the time). Safe while suites change no shared state; suites that mock run apart.
            isolate: false,
            sequence: { groupOrder: 0 },
          },
        },
        {
          extends: true,
          test: { name: 'unit-mocks', include: MOCKING, isolate: true, sequence: { groupOrder: 0 } },
        },
        {
          extends: true,
          test: {
            name: 'dist',
            include: [`src/${DIST}`, `tests/${DIST}`],
            globalSetup: ['./tests/setup/dist.ts'],
            // Suites only read dist/: sharing the module graph lets builtPages() parse it once per worker.
            isolate: false,
            sequence: { groupOrder: 1 },
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: [`src/${BROWSER}`, `tests/${BROWSER}`],
            globalSetup: ['./tests/setup/browser.ts'],
            sequence: { groupOrder: 2 },
          },
        },
      ],
    },
  },
  { devToolbar: { enabled: false } },
);
