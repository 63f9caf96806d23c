/// <reference types="vitest/config" />
// One Vitest run for every layer: unit tests beside src/lib, component tests (Astro Container API),
// content and schema tests, checks over the built dist/, and browser tests in Chromium.
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    // Astro's content store is read from here, so getCollection() works inside tests after `astro build`/`sync`.
    cacheDir: './.astro',
    test: {
      include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
      testTimeout: 60_000,
      hookTimeout: 60_000,
      // Browser suites each launch Chromium; two at a time suits a 2-core machine.
      maxWorkers: 2,
    },
  },
  { devToolbar: { enabled: false } },
);
