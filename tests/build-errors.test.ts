// Two real builds of a throwaway copy of the site. Each message bad content gives is tested without a build, by calling
// the content check the build runs (src/model/build/content-check.test.ts); these prove the wiring: the build runs that
// check before it writes a page, and a build that fails at its very end (after every page is written) leaves the
// previous dist/ as it was. Drafts are left out of the base-path test's build (tests/base-path.browser.test.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, copyProject } from './helpers/project';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A throwaway copy of the site (sharing node_modules) with the previous site in dist/ and `file` changed. */
function copyWith(file: string, change: (text: string) => string): string {
  const dir = copyProject('iop-bad-');
  made.push(dir);
  const path = join(dir, file);
  writeFileSync(path, change(existsSync(path) ? readFileSync(path, 'utf8') : ''));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist/index.html'), 'the previous site');
  return dir;
}

/** The previous dist/ is exactly as it was: one file, unchanged. */
function expectPreviousSite(dir: string) {
  expect(readdirSync(join(dir, 'dist'))).toEqual(['index.html']);
  expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe('the previous site');
}

const good = readFileSync('tests/fixtures/content/articles/good.mdx', 'utf8').replace('order: 1', 'order: 96');

describe('the build', () => {
  it('runs the content check before any page is written: a multi-line expression stops it, named by file and line', () => {
    const expression = '{\nprocess.getBuiltinModule("fs").readFileSync("/etc/hostname","utf8") + process.env.HOME\n}';
    const dir = copyWith('content/articles/probe.mdx', () => `${good}\n${expression}\n`);
    const run = buildProject(dir);
    const out = run.stdout + run.stderr;
    expect(run.status, out).not.toBe(0);
    const line = good.split('\n').length + 1;
    expect(out).toContain(
      `content/articles/probe.mdx:${line}: the expression {process.getBuiltinModule("fs").readFileSync("/etc/hostnam...} runs as code when the site is built; braces are allowed only for a heading's id, {/* #id */} at the end of the heading`,
    );
    // It stopped before writing: no scratch folder was even made (the atomic-dist step comes later).
    expect(existsSync(join(dir, '.astro/next-dist'))).toBe(false);
    expectPreviousSite(dir);
  }, 300_000);

  it('never leaves half a site: a failure after every page is written keeps the previous dist/', () => {
    // A registered link with no page: only the link contract, in astro:build:done, can see it.
    const dir = copyWith('content/links.yaml', (s) =>
      s.replace(/^pages:\n/m, 'pages:\n  /guide/no-such-page/:\n    kind: article\n'),
    );
    const run = buildProject(dir);
    const out = run.stdout + run.stderr;
    expect(run.status, out).not.toBe(0);
    expect(out).toContain('content/links.yaml: registered links no longer work');
    expect(out).toContain('/guide/no-such-page/');
    // The build got to its end: the complete new site sits in the scratch folder, never moved into dist/.
    expect(existsSync(join(dir, '.astro/next-dist/guide/what-is-iop/index.html')), out).toBe(true);
    expectPreviousSite(dir);
    // A whole build: a minute on a quiet machine, several on a busy one (the unit project's 60 s is for unit tests).
  }, 900_000);
});
