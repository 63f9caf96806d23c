// Build step (Node, before any page is written): every file in content/ is untrusted input. It must be a content
// file with a proper name, pass its schema and the safety checks in ../checks.ts, and not clash with another file.
// All problems are reported at once, each naming the file (and line); the build stops before writing anything.
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import {
  CONTENT_KINDS,
  normalizeText,
  readFacts,
  readRaw,
  schemaIssues,
  spanishDir,
  type ContentKind,
} from '../read.ts';
import { factExpired, factIdsIn, factReviewBy, factsExpired, factsExpiringSoon } from '../facts.ts';
import { spanishLevelIssues } from '../translation.ts';
import { checkFile, duplicates, overdue, type RawFile } from '../checks.ts';
import { crossReferenceProblems, factReferenceProblems } from './cross-refs.ts';

/** Every problem in content/ (`root`: the project folder), and the pages past their review date. */
export function checkContent(root: string, today: Date): { problems: string[]; overdue: string[] } {
  const problems: string[] = [];
  const files: RawFile[] = [];
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
        const { data, body } = readRaw(join(root, file));
        const frontLines = ext === '.yaml' ? 0 : text.slice(0, text.length - body.length).split('\n').length - 1;
        // Spanish levels are words laid over the English file (src/model/translation.ts); a missing twin is
        // reported just below.
        const englishLevels = join(root, CONTENT_KINDS.levels.dir, name);
        const issues =
          spanish && kind === 'levels'
            ? existsSync(englishLevels)
              ? spanishLevelIssues(readRaw(englishLevels).data, data)
              : []
            : schemaIssues(schema, data);
        problems.push(...issues.map((i) => `${file}: ${i}`));
        if (spanish && !existsSync(join(root, CONTENT_KINDS[kind].dir, name)))
          problems.push(
            `${file}: no English twin ${CONTENT_KINDS[kind].dir}/${name} (a Spanish file keeps its twin's name)`,
          );
        const raw = { file, kind, data: (data ?? {}) as Record<string, unknown>, body };
        problems.push(...checkFile(raw, today, frontLines, Buffer.byteLength(text)));
        files.push(raw);
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
  // Cross-references need every file to parse; report them only when the files themselves are sound.
  if (!problems.length) {
    try {
      problems.push(...crossReferenceProblems(root), ...factReferenceProblems(root, today));
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  return { problems, overdue: [...overdue(files, today), ...(problems.length ? [] : dueForFacts(root, files, today))] };
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

/** How many days ahead the build warns about dated facts that will run out. */
export const FACTS_WARNING_DAYS = 45;

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
 * `today` is the day the site is built for (astro.config.mjs reads BUILD_DATE).
 */
export function contentCheck(today: Date): AstroIntegration {
  return {
    name: 'iop-guide:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        // Drafts are shown by `astro dev` only: decided by the command, never by NODE_ENV (which may be anything).
        updateConfig({ vite: { define: { 'import.meta.env.IOP_SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
        const root = fileURLToPath(config.root);
        const { problems, overdue: late } = checkContent(root, today);
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
