// Writers' quick check, without a full build: frontmatter against the real schema, MDX syntax,
// and (for articles and handouts) the reading level: US grade for English, INFLESZ for Spanish (content/es/...).
//   npm run check:content -- content/articles/what-is-iop.mdx content/es/articles/what-is-iop.mdx
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { markdownToJs, mdxToJs } from 'satteri'; // the compiler Astro's MDX uses
import { CONTENT_KINDS, readRaw, schemaIssues, splitFrontmatter, type ContentKind } from '../src/model/read.ts';
import { gradeOf, proseFromMdx } from '../src/lib/readability.ts';
import { inflesz } from '../src/lib/readability-es.ts';
import { spanishLevelIssues } from '../src/model/translation.ts';

const args = process.argv.slice(2);
const files = args.length
  ? args
  : Object.values(CONTENT_KINDS).flatMap(({ dir, ext }) =>
      readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .map((f) => `${dir}/${f}`),
    );
let failed = 0;
for (const file of files) {
  const kind = basename(dirname(file)) as ContentKind;
  const problems: string[] = [];
  let grade: ReturnType<typeof gradeOf> | null = null;
  let ease: ReturnType<typeof inflesz> | null = null;
  const spanish = /(^|\/)content\/es\//.test(file);
  if (!(kind in CONTENT_KINDS))
    problems.push(`unknown content folder "${kind}" (expected one of ${Object.keys(CONTENT_KINDS).join(', ')})`);
  else {
    try {
      const { data, body } = readRaw(file);
      if (spanish && kind === 'levels') {
        // Spanish levels hold only words, laid over the English file (src/model/translation.ts).
        problems.push(...spanishLevelIssues(readRaw(file.replace(/content\/es\//, 'content/')).data, data));
      } else problems.push(...schemaIssues(CONTENT_KINDS[kind].schema, data));
      if (!file.endsWith('.yaml')) {
        try {
          (file.endsWith('.md') ? markdownToJs : mdxToJs)(splitFrontmatter(readFileSync(file, 'utf8'), file).body);
        } catch (e) {
          problems.push(`MDX: ${(e as Error).message}`);
        }
      }
      if (spanish && kind !== 'levels') ease = inflesz(proseFromMdx(body));
      else if (kind === 'articles' || kind === 'handouts') grade = gradeOf(proseFromMdx(body));
    } catch (e) {
      problems.push((e as Error).message.replace(`${file}: `, ''));
    }
  }
  const g = grade
    ? ` grade ${grade.grade}, ${grade.words} words`
    : ease
      ? ` INFLESZ ${ease.index.toFixed(1)}, ${ease.words} words`
      : '';
  if (grade && !(grade.grade <= 8)) problems.push(`reading grade ${grade.grade} is above 8`);
  if (ease && ease.words >= 30 && !(ease.index >= 55)) problems.push(`INFLESZ ${ease.index.toFixed(1)} is below 55`);
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${file}${g}`);
  for (const p of problems) console.log(`     - ${p}`);
  failed += problems.length ? 1 : 0;
}
process.exitCode = failed ? 1 : 0;
