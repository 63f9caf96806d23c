// Build-time checks (Node) of links between content files, run before any page is written: every related article,
// FAQ and glossary section link, search alias target and <N k="..."> number must exist. Heading ids are worked out
// from the Markdown the same way the build does (github-slugger over each heading's text).
import Slugger from 'github-slugger';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFacts, readKind, readLevels, readSpanishKind } from '../read.ts';
import { levelFact, levelKeysIn } from '../levels.ts';
import { factIdsIn, periodOn } from '../facts.ts';
import { parseAliasFile } from '../../features/search/build/aliases.ts';
import { ALIASES_FILE } from '../../features/search/names.ts';

/** The heading ids of a Markdown body, as the build will give them. */
export function headingIds(body: string): string[] {
  const slugger = new Slugger();
  const ids: string[] = [];
  let code = false;
  for (const line of body.split('\n')) {
    if (line.trimStart().startsWith('```')) code = !code;
    const m = !code && /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const explicit = /\{\/\*\s*#([a-z0-9-]+)\s*\*\/\}\s*$/.exec(m[2]);
    if (explicit) {
      ids.push(explicit[1]);
      continue;
    }
    const text = m[2]
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .replace(/<[^>]+>/g, '');
    ids.push(slugger.slug(text));
  }
  return ids;
}

/** Every broken reference between content files (`root`: the project folder). */
export function crossReferenceProblems(root: string): string[] {
  const problems: string[] = [];
  const articles = readKind('articles', root);
  const sections = new Map(articles.map((a) => [a.id, new Set(headingIds(a.body))]));
  const faqs = readKind('faq', root);
  const glossary = readKind('glossary', root);
  const levels = readLevels(root);
  const linkTo = (file: string, field: string, article: string | undefined, section?: string) => {
    if (!article) return;
    if (!sections.has(article)) problems.push(`${file}: ${field}: no article "${article}" in content/articles/`);
    else if (section && !sections.get(article)!.has(section))
      problems.push(`${file}: ${field}: no heading "#${section}" in content/articles/${article}.mdx`);
  };
  for (const a of articles) for (const r of a.data.related) linkTo(a.file, 'related', r);
  for (const f of faqs) linkTo(f.file, 'article/section', f.data.article, f.data.section);
  for (const g of glossary) linkTo(g.file, 'article/section', g.data.article, g.data.section);
  for (const doc of [...articles, ...faqs, ...readKind('pages', root)]) {
    for (const key of levelKeysIn(doc.body)) {
      try {
        levelFact(levels, key);
      } catch (e) {
        problems.push(`${doc.file}: ${(e as Error).message}`);
      }
    }
  }
  const aliases = parseAliasFile(readFileSync(join(root, ALIASES_FILE), 'utf8'));
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
      const [id] = factIdsIn(m[0]);
      const fact = id === undefined ? undefined : facts.get(id);
      if (id === undefined)
        problems.push(`${doc.file}:${line}: write a fact as <Fact id="some.id" /> with a literal id, not ${m[0]}`);
      else if (!fact) problems.push(`${doc.file}:${line}: <Fact id="${id}">: no fact "${id}" in content/facts/`);
      else if (!periodOn(fact, today))
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
