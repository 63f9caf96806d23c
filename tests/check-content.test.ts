// Writers run `npm run check:content` on plain Node (no Vite): it must load, pass good files and name bad fields.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(...files: string[]) {
  const r = spawnSync(process.execPath, ['tests/check-content.ts', ...files], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('npm run check:content', () => {
  it('passes good fixtures and prints an article grade', () => {
    const r = run(
      'tests/fixtures/content/articles/good.mdx',
      'tests/fixtures/content/faq/good.mdx',
      'tests/fixtures/content/glossary/good.mdx',
    );
    expect(r.out).toMatch(/^ok {3}tests\/fixtures\/content\/articles\/good\.mdx grade \d+(\.\d)?, \d+ words$/m);
    expect(r.code, r.out).toBe(0);
  });
  it('fails a bad article, naming the file and the field', () => {
    const root = mkdtempSync(join(tmpdir(), 'check-content-'));
    const dir = join(root, 'articles');
    mkdirSync(dir);
    const bad = join(dir, 'bad.mdx');
    writeFileSync(
      bad,
      readFileSync('tests/fixtures/content/articles/good.mdx', 'utf8').replace(
        /^description: .*$/m,
        'description: "Too short."',
      ),
    );
    const r = run(bad);
    rmSync(root, { recursive: true });
    expect(r.code).toBe(1);
    expect(r.out).toContain(`FAIL ${bad}`);
    expect(r.out).toMatch(/- description: /);
  });
});
