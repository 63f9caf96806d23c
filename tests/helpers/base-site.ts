// The site built for a sub-path (BASE_PATH=/iop/ and SITE_URL, as for a GitHub project site), in a throwaway copy that
// also holds a draft article, which a production build leaves out. `npm test` builds it beside the type check, where
// the machine has a core to spare (tests/run.ts), and hands its folder to tests/base-path.browser.test.ts in
// IOP_BASE_SITE; run alone, that test builds it itself.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './project.ts';

export const BASE = '/iop/';
export const SITE = 'https://example.org';
/** The environment variable that names a copy already built by tests/run.ts. */
export const BASE_SITE_ENV = 'IOP_BASE_SITE';
/** What the build of the copy needs in its environment. */
export const BASE_BUILD_ENV = { BASE_PATH: BASE, SITE_URL: SITE };

/** A fresh copy of the site, with a draft article added, ready to build with BASE_BUILD_ENV (the caller removes it). */
export function baseSiteCopy(): string {
  const dir = copyProject('iop-base-');
  writeFileSync(
    join(dir, 'content/articles/coming-soon.mdx'),
    readFileSync('tests/fixtures/content/articles/good.mdx', 'utf8')
      .replace('order: 1', 'order: 93')
      .replace('related: []', 'related: []\ndraft: true'),
  );
  return dir;
}
