// A malformed or unsafe content file must stop the build with a message naming the file (and field or line), before
// any page is written; a failed build leaves the previous dist/ untouched; drafts never reach a production build.
// Each case builds a throwaway copy of the site with one file added or changed (a few seconds each).
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, copyProject } from './helpers/project';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A throwaway copy of the site (sharing node_modules), with `file` written as `text`. */
function copyWith(file: string, text: string): string {
  const dir = copyProject('iop-bad-');
  made.push(dir);
  writeFileSync(join(dir, file), text);
  return dir;
}

const build = (dir: string) => buildProject(dir);

function buildWith(file: string, text: string): string {
  const run = build(copyWith(file, text));
  expect(run.status, 'the build should fail').not.toBe(0);
  return run.stdout + run.stderr;
}

const good = readFileSync('tests/fixtures/content/articles/good.mdx', 'utf8');

describe('bad content fails the build clearly', () => {
  it('names the file and field for a bad frontmatter value', () => {
    const out = buildWith(
      'content/articles/bad-description.mdx',
      good.replace(/^description: .*$/m, 'description: "short"').replace('order: 1', 'order: 99'),
    );
    expect(out).toContain('bad-description.mdx');
    expect(out).toMatch(/description: Too small/);
  });
  it('names the file for a related page that does not exist', () => {
    const out = buildWith(
      'content/articles/bad-related.mdx',
      good.replace('related: []', 'related: [no-such-page]').replace('order: 1', 'order: 98'),
    );
    expect(out).toContain('content/articles/bad-related.mdx: related: no article "no-such-page"');
  });
  it('names the file and field for a bad levels-of-care value', () => {
    const level = readFileSync('tests/fixtures/content/levels/good.yaml', 'utf8').replace(
      'sleep: home',
      'sleep: hotel',
    );
    const out = buildWith('content/levels/bad-level.yaml', level);
    expect(out).toContain('bad-level');
    expect(out).toMatch(/sleep/);
  });
  it('names the key for an unknown levels number', () => {
    const out = buildWith(
      'content/articles/bad-number.mdx',
      good.replace('iop.hours.adults.min', 'iop.hours.adults.maxx').replace('order: 1', 'order: 97'),
    );
    expect(out).toContain('<N k="iop.hours.adults.maxx">');
  });
  it('refuses a script in an article, naming the file and line, before any page is built', () => {
    const out = buildWith(
      'content/articles/bad-script.mdx',
      good.replace('order: 1', 'order: 96') + '\n<script>alert(1)</script>\n',
    );
    expect(out).toMatch(/content\/articles\/bad-script\.mdx:\d+: contains a <script> element/);
    expect(out).not.toMatch(/\d+ page\(s\) built/);
  });
  it('refuses a draft by file name, pointing to draft: true', () => {
    const out = buildWith('content/articles/What is IOP (draft).mdx', good.replace('order: 1', 'order: 95'));
    expect(out).toMatch(/What is IOP \(draft\)\.mdx: the file name .*draft: true/);
  });
});

describe('a failed build never leaves half a site', () => {
  it.each([
    [
      'a bad <N k>',
      'content/articles/bad-number.mdx',
      good.replace('iop.hours.adults.min', 'iop.hours.nope').replace('order: 1', 'order: 94'),
    ],
    [
      'an alias to a missing page',
      'content/search/aliases.yaml',
      `${readFileSync('content/search/aliases.yaml', 'utf8')}\n  - words: [broken]\n    to: [{ article: no-such-page }]\n`,
    ],
  ])('%s: the previous dist/ stays as it was', (_name, file, text) => {
    const dir = copyWith(file, text);
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/index.html'), 'the previous site');
    const run = build(dir);
    expect(run.status).not.toBe(0);
    expect(readdirSync(join(dir, 'dist'))).toEqual(['index.html']);
    expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe('the previous site');
  });
});

describe('drafts', () => {
  it('are never built in production', () => {
    const dir = copyWith(
      'content/articles/coming-soon.mdx',
      good.replace('order: 1', 'order: 93').replace('related: []', 'related: []\ndraft: true'),
    );
    const run = build(dir);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(existsSync(join(dir, 'dist/guide/coming-soon/index.html'))).toBe(false);
    expect(existsSync(join(dir, 'dist/guide/what-is-iop/index.html'))).toBe(true);
  });
});
