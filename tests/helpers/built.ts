// What the dist and browser projects' global setup (tests/setup/) learned of dist/ once per run, read inside tests:
// the built pages' paths and the site's origin, with no walk and no parse. Test files only (it imports Vitest).
import { inject } from 'vitest';
import type { DistIndex } from './dist.ts';
import '../setup/provided.ts';

function index(): DistIndex {
  const found = inject('distIndex');
  if (!found)
    throw new Error(
      'No index of dist/ was provided: run this suite in the dist or browser project (`npx vitest run --config tests/vitest.config.ts --project dist`), whose global setup reads dist/.',
    );
  return found;
}

/** URL paths of every built page (redirect stubs excluded), sorted: "/", "/404.html", "/about/", ... */
export function builtPaths(): string[] {
  return index().pages;
}

/** URL paths of the redirect stubs: moved pages' old addresses and short addresses. */
export function redirectPaths(): string[] {
  return index().redirects;
}

/** The origin the site was built for ("https://iopguide.org"), as its robots.txt names it. */
export function builtOrigin(): string {
  return index().site;
}
