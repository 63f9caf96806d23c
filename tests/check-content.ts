// Writers' quick check, without a full build: frontmatter against the real schema, MDX syntax,
// and (for articles) the reading grade.   npm run check:content -- content/articles/what-is-iop.mdx
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { markdownToJs, mdxToJs } from 'satteri'; // the compiler Astro's MDX uses
import { articleSchema, faqSchema, glossarySchema, pageSchema } from '../src/lib/schemas.ts';
import { gradeOf, proseFromMdx } from '../src/lib/readability.ts';

const schemas = { articles: articleSchema, faq: faqSchema, glossary: glossarySchema, pages: pageSchema } as const;
const args = process.argv.slice(2);
const files = args.length ? args : Object.keys(schemas).flatMap((d) => readdirSync(`content/${d}`).map((f) => `content/${d}/${f}`));
let failed = 0;
for (const file of files) {
  const kind = basename(dirname(file)) as keyof typeof schemas;
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  const problems: string[] = [];
  if (!m) problems.push('no frontmatter block');
  else {
    const result = schemas[kind]?.safeParse(parseYaml(m[1]));
    if (!result) problems.push(`unknown content folder "${kind}"`);
    else if (!result.success) for (const i of result.error.issues) problems.push(`${i.path.join('.') || '(root)'}: ${i.message}`);
    try { (file.endsWith('.md') ? markdownToJs : mdxToJs)(m[2]); } catch (e) { problems.push(`MDX: ${(e as Error).message}`); }
  }
  const grade = kind === 'articles' && m ? gradeOf(proseFromMdx(m[2])) : null;
  const g = grade ? ` grade ${grade.grade}, ${grade.words} words` : '';
  if (grade && grade.grade > 8) problems.push(`reading grade ${grade.grade} is above 8`);
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${file}${g}`);
  for (const p of problems) console.log(`     - ${p}`);
  failed += problems.length ? 1 : 0;
}
process.exitCode = failed ? 1 : 0;
