// Build step (Node, before any page is written): every file in content/ is untrusted input. It must be a content
// file with a proper name, pass its schema and the checks in ../checks.ts (the allowlist over its parsed tree, the
// addresses it links to, its words), not clash with another file, and link only to pages and sections that exist.
// All problems are reported at once, each naming the file (and line); the build stops before writing anything.
// `npm run check:content` and the tests call this same function, so the quick check and the build never disagree.
import type { AstroIntegration } from 'astro';
import type { z } from 'astro/zod';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CONTENT_KINDS,
  issueList,
  normalizeText,
  parseYamlText,
  readFacts,
  readRaw,
  spanishDir,
  splitFrontmatter,
  type ContentKind,
} from '../read.ts';
import { FACTS_WARNING_DAYS, factExpired, factIdsIn, factReviewBy, factsExpired, factsExpiringSoon } from '../facts.ts';
import { spanishLevelIssues } from '../translation.ts';
import { checkFile, duplicates, overdue, type FileReport, type RawFile } from '../checks.ts';
import type { ComponentSpecs } from '../allowlist.ts';
import { parseRegistry, REGISTRY_FILE, type LinkRegistry } from '../link-registry.ts';
import { crossReferenceProblems, factReferenceProblems, type CheckedFile } from './cross-refs.ts';
import { linkProblems } from './site-links.ts';
import { CODES_FILE, codesFileSchema } from '../codes-schema.ts';
import { codesProblems } from '../codes.ts';
import { questionListProblems } from '../questions.ts';

/** What checking content/ found. */
export interface ContentReport {
  /** Every problem, each starting with the file it is in (content/...). */
  problems: string[];
  /** Pages past their review date (readers are told; the build warns). */
  overdue: string[];
  /** The files that were checked, as editors name them. */
  files: string[];
}

/** One file to check: its name and kind, its text, and for a Spanish levels file the English data it lies over. */
interface OneFile {
  file: string;
  kind: ContentKind;
  ext: string;
  schema: z.ZodType;
  text: string;
  overlay: { english: unknown } | null;
}

/** What checking one file gives: its schema's problems, its raw and checked data, and checkFile's report. */
interface OneReport {
  issues: string[];
  raw: RawFile;
  report: FileReport;
  parsed: { success: true; data: unknown } | { success: false } | undefined;
}

/**
 * Results by file and text, for each registry of components: a file checked before with the same words on the same
 * day gives the same result (the checks are pure), so the tests' many copies of content/ are checked quickly.
 */
const remembered = new WeakMap<ComponentSpecs, Map<string, OneReport>>();
/** content/links.yaml as last read, for the same reason. */
let registry: { text: string; parsed: LinkRegistry } | undefined;

/** Parse and check one file (everything that depends on the file alone). */
function checkOne(f: OneFile, today: Date, components: ComponentSpecs): OneReport {
  const key = f.overlay ? null : `${f.file}\n${today.toISOString().slice(0, 10)}\n${f.text}`;
  const memo = remembered.get(components) ?? new Map<string, OneReport>();
  remembered.set(components, memo);
  const known = key === null ? undefined : memo.get(key);
  if (known) return known;
  const { front, body } = f.ext === '.yaml' ? { front: f.text, body: '' } : splitFrontmatter(f.text, f.file);
  const data = parseYamlText(front, f.file) ?? (f.ext === '.yaml' ? null : {});
  const frontLines = f.ext === '.yaml' ? 0 : f.text.slice(0, f.text.length - body.length).split('\n').length - 1;
  const parsed = f.overlay ? undefined : f.schema.safeParse(data);
  const issues = f.overlay
    ? f.overlay.english === null
      ? []
      : spanishLevelIssues(f.overlay.english, data)
    : parsed!.success
      ? []
      : issueList(parsed!.error);
  const raw = { file: f.file, kind: f.kind, data: (data ?? {}) as Record<string, unknown>, body };
  const report = checkFile(raw, today, {
    frontLines,
    bytes: Buffer.byteLength(f.text),
    components,
    schemaIssues: issues,
  });
  const result = { issues, raw, report, parsed };
  if (key !== null) {
    if (memo.size > 10_000) memo.clear();
    memo.set(key, result);
  }
  return result;
}

/**
 * Every problem in content/ (`root`: the project folder), and the pages past their review date. `components` are the
 * components MDX may use, with their props (src/components/mdx/index.ts).
 */
export function checkContent(root: string, today: Date, components: ComponentSpecs): ContentReport {
  const problems: string[] = [];
  const files: RawFile[] = [];
  const checked: CheckedFile[] = [];
  // The English folders, then the Spanish edition's (content/es/<kind>, where it exists).
  const folders = (Object.entries(CONTENT_KINDS) as [ContentKind, (typeof CONTENT_KINDS)[ContentKind]][]).flatMap(
    ([kind, k]) => [
      { kind, ...k, spanish: false },
      ...(existsSync(join(root, spanishDir(kind))) ? [{ kind, ...k, dir: spanishDir(kind), spanish: true }] : []),
    ],
  );
  for (const { kind, dir, ext, schema, spanish } of folders) {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const file = `${dir}/${name}`;
      if (!name.endsWith(ext)) {
        problems.push(
          `${file}: not a ${ext} file, so it would be silently left out; rename it or move it out of ${dir}/`,
        );
        continue;
      }
      try {
        const text = normalizeText(readFileSync(join(root, file), 'utf8'));
        // Spanish levels are words laid over the English file (src/model/translation.ts); a missing twin is
        // reported just below.
        const englishLevels = join(root, CONTENT_KINDS.levels.dir, name);
        const overlay =
          spanish && kind === 'levels'
            ? { english: existsSync(englishLevels) ? readRaw(englishLevels).data : null }
            : null;
        const { issues, raw, report, parsed } = checkOne({ file, kind, ext, schema, text, overlay }, today, components);
        problems.push(...issues.map((i) => `${file}: ${i}`));
        if (spanish && !existsSync(join(root, CONTENT_KINDS[kind].dir, name)))
          problems.push(
            `${file}: no English twin ${CONTENT_KINDS[kind].dir}/${name} (a Spanish file keeps its twin's name)`,
          );
        problems.push(...report.problems);
        files.push(raw);
        checked.push({
          file,
          kind,
          id: name.slice(0, -ext.length),
          spanish,
          draft: raw.data.draft === true,
          headings: report.headings,
          links: report.links,
          uses: report.uses,
          data: (parsed?.success ? parsed.data : raw.data) as Record<string, unknown>,
        });
      } catch (e) {
        problems.push((e as Error).message.replace(join(root, file), file));
      }
    }
  }
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' ? [v] : [];
  // Clashes are looked for within one language: a Spanish term may share "IOP" or "Medicaid" with its English twin.
  for (const spanish of [false, true]) {
    const of = (kind: string) => files.filter((f) => f.kind === kind && f.file.startsWith('content/es/') === spanish);
    problems.push(
      ...duplicates(
        of('faq').map((f) => ({ file: f.file, values: strings(f.data.question) })),
        'question',
      ),
      ...duplicates(
        of('glossary').map((f) => ({ file: f.file, values: [...strings(f.data.term), ...strings(f.data.aliases)] })),
        'term or alias',
      ),
      ...duplicates(
        of('articles').map((f) => ({ file: f.file, values: strings(String(f.data.order ?? '')) })),
        'order',
      ),
      ...duplicates(
        of('articles').map((f) => ({ file: f.file, values: strings(f.data.title) })),
        'title',
      ),
    );
  }
  // The questions tool's lists (content/tools/, content/es/tools/): their schema, and the Spanish ids in line.
  problems.push(...questionListProblems(root));
  // Links between files are checked on what parsed; they need the link registry too.
  try {
    const publicDir = join(root, 'public');
    const isFile = (path: string) => {
      let target: string;
      try {
        target = join(publicDir, decodeURI(path));
      } catch {
        return false;
      }
      return target.startsWith(`${publicDir}/`) && existsSync(target) && statSync(target).isFile();
    };
    const text = readFileSync(join(root, REGISTRY_FILE), 'utf8');
    if (registry?.text !== text) registry = { text, parsed: parseRegistry(text) };
    problems.push(...linkProblems(checked, registry.parsed, isFile));
  } catch (e) {
    problems.push((e as Error).message.replace(`${root}/`, ''));
  }
  problems.push(...codeMappingProblems(root, checked));
  // Cross-references need every file to parse; report them only when the files themselves are sound.
  if (!problems.length) {
    try {
      problems.push(...crossReferenceProblems(root, checked), ...factReferenceProblems(root, today));
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  return {
    problems: [...new Set(problems)],
    overdue: [...overdue(files, today), ...(problems.length ? [] : dueForFacts(root, files, today))],
    files: files.map((f) => f.file),
  };
}

/**
 * Problems with content/codes.yaml (ICD-10-CM codes mapped to guide pages): its schema, then codes that overlap and
 * pages or sections that do not exist in English or Spanish (src/model/codes.ts), each naming the field.
 */
function codeMappingProblems(root: string, checked: readonly CheckedFile[]): string[] {
  let data: unknown;
  try {
    data = parseYamlText(readFileSync(join(root, CODES_FILE), 'utf8'), CODES_FILE);
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    return [
      error.code === 'ENOENT'
        ? `${CODES_FILE}: missing (the /connect/ page and /codes.json are built from it)`
        : error.message,
    ];
  }
  const parsed = codesFileSchema.safeParse(data);
  if (!parsed.success) return issueList(parsed.error).map((i) => `${CODES_FILE}: ${i}`);
  const articles = (spanish: boolean) =>
    new Map(
      checked
        .filter((f) => f.kind === 'articles' && f.spanish === spanish && !f.draft)
        .map((f) => [f.id, new Set(f.headings.map((h) => h.id))]),
    );
  return codesProblems(parsed.data, { en: articles(false), es: articles(true) });
}

/** Pages that use a dated fact which has run out on `today` (readers see a review note on them). */
function dueForFacts(root: string, files: readonly RawFile[], today: Date): string[] {
  const facts = readFacts(root);
  return files.flatMap((f) => {
    const ran = [...new Set(factIdsIn([f.body, f.data.keyPoints]))].filter(
      (id) => facts.has(id) && factExpired(facts.get(id)!, today),
    );
    return ran.length
      ? [
          `${f.file} (uses ${ran.map((id) => `${id}, good until ${factReviewBy(facts.get(id)!).toISOString().slice(0, 10)}`).join('; ')})`,
        ]
      : [];
  });
}

/** How many days ahead the build warns about dated facts that will run out (owned by src/model/facts.ts). */
export { FACTS_WARNING_DAYS };

/**
 * The build's report on dated facts (content/facts/) for `day`: those that have run out (readers see what is not
 * known yet, and pages that use them show a review note) and those that run out within 45 days. Never a failure:
 * time passing is not an error.
 */
export function factsReport(root: string, day: Date): string[] {
  const facts = readFacts(root);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const expired = factsExpired(facts, day);
  const soon = factsExpiringSoon(facts, day, FACTS_WARNING_DAYS);
  return [
    ...(expired.length
      ? [
          `dated facts that have run out on ${iso(day)} (pages using them say so and are due for review; add the new value or check them again):`,
          ...expired.map((f) => `  ${f.id} (${f.file}; good until ${iso(f.by)})`),
        ]
      : []),
    ...(soon.length
      ? [
          `dated facts that run out within ${FACTS_WARNING_DAYS} days of ${iso(day)}:`,
          ...soon.map((f) => `  ${f.id} (${f.file}; good until ${iso(f.by)})`),
        ]
      : []),
  ];
}

/**
 * The Astro integration: checks run before the build writes anything (and, as warnings, before `astro dev`).
 * `today` is the day the site is built for (astro.config.mjs reads BUILD_DATE); `components`: the components MDX may
 * use (src/components/mdx/index.ts), passed in by astro.config.mjs.
 */
export function contentCheck(today: Date, components: ComponentSpecs): AstroIntegration {
  return {
    name: 'iop-guide:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        // Drafts are shown by `astro dev` only: decided by the command, never by NODE_ENV (which may be anything).
        updateConfig({ vite: { define: { 'import.meta.env.IOP_SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
        const root = fileURLToPath(config.root);
        const { problems, overdue: late } = checkContent(root, today, components);
        if (late.length)
          logger.warn(`pages past their review date (readers are told; please review):\n  ${late.join('\n  ')}`);
        if (!problems.length) {
          const facts = factsReport(root, today);
          if (facts.length) logger.warn(facts.join('\n'));
          return;
        }
        const report = `content/ has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`;
        if (command === 'build') throw new Error(report);
        logger.error(report);
      },
    },
  };
}
