// Build-time checks (Node) of links between content files, run before any page is written: every related article,
// FAQ and glossary section link, search alias target and <N k="..."> number must exist. Heading ids and component
// props come from each body's parsed tree, as the build reads them (../content-tree.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFacts, readKind, readSpanishKind } from '../read.ts';
import { levelFact } from '../levels.ts';
import { factIdsIn, factOnProblem, factTagsIn, periodOn } from '../facts.ts';
import type { Level } from '../levels-schema.ts';
import { headingsOf, parseBody } from '../content-tree.ts';
import type { ComponentUse } from '../allowlist.ts';
import type { LinkedFile } from './site-links.ts';
import { ALIASES_FILE, readAliasFile } from '../search-aliases.ts';

/** The heading ids of an MDX body, as the build will give them (from its parsed tree). */
export function headingIds(body: string): string[] {
  return headingsOf(parseBody(body, 'mdx')).map((h) => h.id);
}

/** A content file that passed its schema: its checked data, sections, links and components. */
export interface CheckedFile extends LinkedFile {
  data: Record<string, unknown>;
  uses: ComponentUse[];
}

/**
 * Every broken reference between content files (`root`: the project folder), from the files the content check read
 * (each passed its schema).
 */
export function crossReferenceProblems(root: string, files: readonly CheckedFile[]): string[] {
  const problems: string[] = [];
  const english = (kind: string) => files.filter((f) => f.kind === kind && !f.spanish && !f.draft);
  const articles = english('articles');
  const sections = new Map(articles.map((a) => [a.id, new Set(a.headings.map((h) => h.id))]));
  const faqs = english('faq');
  const glossary = english('glossary');
  const levels = Object.fromEntries(english('levels').map((l) => [l.id, l.data as unknown as Level]));
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const linkTo = (file: string, field: string, article: string | undefined, section?: string) => {
    if (!article) return;
    if (!sections.has(article)) problems.push(`${file}: ${field}: no article "${article}" in content/articles/`);
    else if (section && !sections.get(article)!.has(section))
      problems.push(`${file}: ${field}: no heading "#${section}" in content/articles/${article}.mdx`);
  };
  for (const a of articles)
    for (const r of (a.data.related as string[] | undefined) ?? []) linkTo(a.file, 'related', r);
  for (const f of [...faqs, ...glossary]) linkTo(f.file, 'article/section', text(f.data.article), text(f.data.section));
  // Every <N k="..."> in every file, in both languages, names a number in content/levels.
  for (const f of files)
    for (const use of f.uses)
      if (use.name === 'N' && use.props.k !== undefined) {
        try {
          levelFact(levels, use.props.k);
        } catch (e) {
          problems.push(`${f.file}:${use.line}: ${(e as Error).message}`);
        }
      }
  const aliases = readAliasFile(root)!;
  for (const id of Object.keys(aliases.levels))
    if (!levels[id]) problems.push(`${ALIASES_FILE}: levels.${id}: no content/levels/${id}.yaml`);
  const targets = [...Object.values(aliases.levels).flat(), ...aliases.groups.flatMap((g) => g.to)];
  for (const t of targets) {
    if ('article' in t) linkTo(ALIASES_FILE, 'to', t.article, t.section);
    else if ('faq' in t && !faqs.some((f) => f.id === t.faq))
      problems.push(`${ALIASES_FILE}: to: no FAQ "${t.faq}" in content/faq/`);
    else if ('glossary' in t && !glossary.some((g) => g.id === t.glossary))
      problems.push(`${ALIASES_FILE}: to: no glossary term "${t.glossary}" in content/glossary/`);
  }
  return [...new Set(problems)];
}

/** Frontmatter fields that may hold a <Fact id="..." /> (shown only where the page renders them with their words). */
export const FACT_FIELDS = ['keyPoints'] as const;

/**
 * Every problem with dated facts in content (`root`: the project folder; `today`: the day the site is built for):
 * a <Fact id> that is not in content/facts/ (with its file and line), a fact in a frontmatter field that cannot show
 * it, a fact with no value yet on `today`, or a fact checked in the future.
 */
export function factReferenceProblems(root: string, today: Date): string[] {
  const problems: string[] = [];
  const facts = readFacts(root);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  for (const f of facts.values())
    if (f.checked > today) problems.push(`${f.file}: ${f.id}: checked: ${iso(f.checked)} is in the future`);
  const kinds = ['articles', 'faq', 'glossary', 'pages', 'handouts'] as const;
  const docs = kinds.flatMap((k) => [...readKind(k, root, true), ...readSpanishKind(k, root)]);
  for (const doc of docs) {
    const text = readFileSync(join(root, doc.file), 'utf8').replace(/\r\n?/g, '\n');
    const bodyStart = text.length - doc.body.length;
    for (const m of doc.body.matchAll(/<Fact\b[^>]*>/g)) {
      const line = text.slice(0, bodyStart + m.index).split('\n').length;
      const [tag] = factTagsIn(m[0]);
      const id = tag?.id;
      const fact = id === undefined ? undefined : facts.get(id);
      if (id === undefined)
        problems.push(
          `${doc.file}:${line}: write a fact as <Fact id="some.id" /> (or <Fact id="some.id" on="YYYY-MM-DD" />) with literal values, not ${m[0]}`,
        );
      else if (!fact) problems.push(`${doc.file}:${line}: <Fact id="${id}">: no fact "${id}" in content/facts/`);
      else if (tag.on !== undefined) {
        const problem = factOnProblem(fact, tag.on);
        if (problem) problems.push(`${doc.file}:${line}: <Fact id="${id}" on="${tag.on}">: ${problem}`);
      } else if (!periodOn(fact, today))
        problems.push(`${doc.file}:${line}: <Fact id="${id}">: ${fact.file} has no value for ${id} on ${iso(today)}`);
    }
    for (const [field, value] of Object.entries(doc.data as Record<string, unknown>)) {
      const ids = factIdsIn(value);
      if (!ids.length) continue;
      if (!(FACT_FIELDS as readonly string[]).includes(field) || !/\/articles\//.test(doc.file))
        problems.push(
          `${doc.file}: ${field}: holds <Fact id="${ids[0]}" />, but only an article's ${FACT_FIELDS.join(', ')} can show a fact's words; write the sentence without the value, or move it to the body`,
        );
      for (const id of ids)
        if (!facts.has(id))
          problems.push(`${doc.file}: ${field}: <Fact id="${id}">: no fact "${id}" in content/facts/`);
    }
  }
  return [...new Set(problems)];
}
