// A malformed content file must stop the build with a message naming the file and the field.
// Each case builds a throwaway copy of the site with one bad file added (a few seconds each).
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function buildWith(file: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'iop-bad-'));
  made.push(dir);
  for (const p of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(p, join(dir, p), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, file), text);
  // process.execPath is the Node 24 that runs the tests, so Astro gets the Node it needs.
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
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
});
