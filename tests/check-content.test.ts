// Writers run `npm run check:content` on plain Node (no Vite): it must load, pass good files, and refuse what the
// build refuses, with the build's own messages (it runs the same check).
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { PINNED_NODE } from './helpers/pinned-node';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function run(cwd: string, ...files: string[]) {
  const r = spawnSync(PINNED_NODE, [join(process.cwd(), 'tests/check-content.ts'), ...files], {
    cwd,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

const good = readFileSync('tests/fixtures/content/articles/good.mdx', 'utf8').replace('order: 1', 'order: 99');
const bad = `${good}\n<script>alert(1)</script>\n\n[Help](javascript:alert(1))\n\n{\nprocess.env.HOME\n}\n`;
const line = good.split('\n').length + 1;

describe('npm run check:content', () => {
  it('passes good fixtures and prints an article grade', () => {
    const r = run(
      process.cwd(),
      'tests/fixtures/content/articles/good.mdx',
      'tests/fixtures/content/faq/good.mdx',
      'tests/fixtures/content/glossary/good.mdx',
    );
    expect(r.out).toMatch(/^ok {3}tests\/fixtures\/content\/articles\/good\.mdx grade \d+(\.\d)?, \d+ words$/m);
    expect(r.code, r.out).toBe(0);
  });
  it('fails a bad article outside content/, naming the file and the field', () => {
    const root = mkdtempSync(join(tmpdir(), 'check-content-'));
    made.push(root);
    mkdirSync(join(root, 'articles'));
    const file = join(root, 'articles/bad.mdx');
    writeFileSync(file, good.replace(/^description: .*$/m, 'description: "Too short."'));
    const r = run(process.cwd(), file);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`FAIL ${file}`);
    expect(r.out).toContain(`- ${file}: description: Too small`);
  });
  it('refuses, in content/, a script, a javascript: link and a multi-line expression, as the build does', () => {
    // A copy of the project's content (the check reads content/ and public/ of the folder it runs in).
    const root = mkdtempSync(join(tmpdir(), 'check-content-'));
    made.push(root);
    cpSync('content', join(root, 'content'), { recursive: true });
    cpSync('public', join(root, 'public'), { recursive: true });
    writeFileSync(join(root, 'content/articles/probe.mdx'), bad);
    const r = run(root, 'content/articles/probe.mdx');
    expect(r.code).toBe(1);
    const problems = r.out.split('\n').filter((l) => l.startsWith('     - '));
    expect(r.out).toMatch(/^FAIL content\/articles\/probe\.mdx grade /m);
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^     - content/articles/probe\\.mdx:${line}: <script> is not allowed; `)),
      expect.stringMatching(
        new RegExp(
          `^     - content/articles/probe\\.mdx:${line + 2}: the link "javascript:alert\\(1\\)" is a javascript: address`,
        ),
      ),
      `     - content/articles/probe.mdx:${line + 4}: the expression {process.env.HOME} runs as code when the site is built; braces are allowed only for a heading's id, {/* #id */} at the end of the heading`,
    ]);
  });
  it('says what else in content/ stops the build when the named file is fine', () => {
    const root = mkdtempSync(join(tmpdir(), 'check-content-'));
    made.push(root);
    cpSync('content', join(root, 'content'), { recursive: true });
    cpSync('public', join(root, 'public'), { recursive: true });
    writeFileSync(join(root, 'content/articles/probe.mdx'), bad);
    const r = run(root, 'content/articles/what-is-iop.mdx');
    expect(r.out).toMatch(/^ok {3}content\/articles\/what-is-iop\.mdx grade /m);
    expect(r.out).toContain('content/ has 3 more problem(s) the build refuses:');
    expect(r.code).toBe(1);
  });
});
