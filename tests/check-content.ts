// Writers' quick check, without a build: the build's own content check (src/model/build/content-check.ts) over
// content/, reported for the files named (or for every file), with each file's reading level. The build runs the same
// function, so this check and the build never disagree. A file outside content/ (a draft kept elsewhere) is checked
// on its own: schema, the allowlist of its parsed tree, its addresses, words and reading level; links to other pages
// are then not checked.
//   npm run check:content -- content/articles/what-is-iop.mdx content/es/articles/what-is-iop.mdx
import { readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { CONTENT_KINDS, normalizeText, readRaw, schemaIssues, type ContentKind } from '../src/model/read.ts';
import { checkFile, readingOf } from '../src/model/checks.ts';
import { spanishLevelIssues } from '../src/model/translation.ts';
import { checkContent } from '../src/model/build/content-check.ts';
import { MDX_COMPONENT_SPECS } from '../src/components/mdx/index.ts';

const today = new Date();
const root = process.cwd();
const inside = (f: string) => relative(root, resolve(f)).split('\\').join('/');
const args = process.argv.slice(2);
const report = checkContent(root, today, MDX_COMPONENT_SPECS);
const named = args.length ? args : report.files;

/** A file outside content/: checked on its own, as the build would check it inside content/<kind>/. */
function alone(file: string): string[] {
  const kind = basename(dirname(file)) as ContentKind;
  if (!(kind in CONTENT_KINDS))
    return [`${file}: unknown content folder "${kind}" (expected one of ${Object.keys(CONTENT_KINDS).join(', ')})`];
  try {
    const spanish = /(^|\/)content\/es\//.test(file);
    const text = normalizeText(readFileSync(file, 'utf8'));
    const { data, body } = readRaw(file);
    const frontLines = file.endsWith('.yaml') ? 0 : text.slice(0, text.length - body.length).split('\n').length - 1;
    const issues =
      spanish && kind === 'levels'
        ? spanishLevelIssues(readRaw(file.replace(/content\/es\//, 'content/')).data, data)
        : schemaIssues(CONTENT_KINDS[kind].schema, data);
    const raw = { file, kind, data: (data ?? {}) as Record<string, unknown>, body };
    return [
      ...issues.map((i) => `${file}: ${i}`),
      ...checkFile(raw, today, {
        frontLines,
        bytes: Buffer.byteLength(text),
        components: MDX_COMPONENT_SPECS,
        schemaIssues: issues,
      }).problems,
    ];
  } catch (e) {
    return [(e as Error).message];
  }
}

let failed = 0;
const shown = new Set<string>();
for (const file of named) {
  const name = inside(file);
  const own = name.startsWith('content/');
  const problems = own ? report.problems.filter((p) => p.startsWith(`${name}:`)) : alone(file);
  problems.forEach((p) => shown.add(p));
  let reading = '';
  try {
    const { body } = readRaw(file);
    const r = readingOf({ file: own ? name : file, kind: basename(dirname(file)), body });
    reading = r ? ` ${r}` : '';
  } catch {
    // The problem is reported above.
  }
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${file}${reading}`);
  for (const p of problems) console.log(`     - ${p}`);
  failed += problems.length ? 1 : 0;
}
// What else in content/ stops the build, so "ok" is never the whole story when the build would fail.
const elsewhere = report.problems.filter((p) => !shown.has(p));
if (elsewhere.length) {
  console.log(`\ncontent/ has ${elsewhere.length} more problem(s) the build refuses:`);
  for (const p of elsewhere) console.log(`     - ${p}`);
}
process.exitCode = failed || elsewhere.length ? 1 : 0;
