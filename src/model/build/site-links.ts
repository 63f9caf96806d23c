// Build-time checks (Node) of the links written in content, run before any page is written: every site path a body
// links to must be a page the build makes (from content/ or listed in content/links.yaml) or a file in public/, and
// every #fragment a section, answer or term of that page; an image must be a file in public/; a Spanish section
// keeps the id of the English section it translates. Pure: the caller passes what it read.
import { sitePaths } from '../../lib/urls.ts';
import type { BodyLink } from '../allowlist.ts';
import type { Heading } from '../content-tree.ts';
import { redirectsOf, REGISTRY_FILE, type LinkRegistry } from '../link-registry.ts';
import { readAddress } from '../url-rules.ts';
import type { ContentKind } from '../read.ts';

/** One checked content file, as the checks across files need it. */
export interface LinkedFile {
  /** As editors know it: content/es/articles/what-is-iop.mdx. */
  file: string;
  kind: ContentKind;
  /** The file name without its extension. */
  id: string;
  spanish: boolean;
  /** Drafts are never built: nothing may link to them, and their own links are not checked yet. */
  draft: boolean;
  headings: Heading[];
  links: BodyLink[];
}

/** Files the build writes that content may link to (they are not pages, and public/ does not hold them). */
export const GENERATED_FILES = [
  '/links.json',
  sitePaths.codesJson(),
  ...[sitePaths.feed(), sitePaths.changesFeed()].flatMap((path) => [path, `/es${path}`]),
];

/** The site path of the page that shows a file's body, in its language; null for data (levels). */
export function pageOf(kind: ContentKind, id: string, spanish: boolean): string | null {
  const path = {
    articles: sitePaths.article(id),
    faq: sitePaths.faqAnswer(id),
    glossary: sitePaths.glossary(),
    pages: sitePaths.page(id),
    handouts: sitePaths.handout(id),
    levels: null,
    facts: null,
  }[kind];
  return path && spanish ? `/es${path}` : path;
}

/** Every page the build makes, with the ids a link may point at: from content/ and from content/links.yaml. */
export function siteTargets(files: readonly LinkedFile[], registry: LinkRegistry): Map<string, Set<string>> {
  const targets = new Map<string, Set<string>>();
  const add = (path: string, ids: Iterable<string> = []) => {
    const set = targets.get(path) ?? new Set<string>();
    for (const id of ids) set.add(id);
    targets.set(path, set);
  };
  for (const f of files) {
    if (f.draft) continue;
    const page = pageOf(f.kind, f.id, f.spanish);
    if (!page) continue;
    add(
      page,
      f.headings.map((h) => h.id),
    );
    // An answer is also an anchor of the FAQ list, and a term one of the glossary (its page).
    if (f.kind === 'faq') add(f.spanish ? `/es${sitePaths.faq()}` : sitePaths.faq(), [f.id]);
    if (f.kind === 'glossary') add(page, [f.id]);
  }
  for (const [path, entry] of Object.entries(registry.pages)) add(path, entry.anchors);
  for (const [path, aliases] of Object.entries(registry.anchorAliases)) add(path, Object.keys(aliases));
  for (const [from, to] of Object.entries(redirectsOf(registry))) add(from, targets.get(to) ?? []);
  // A draft is never built, even when content/links.yaml lists its page.
  for (const f of files) {
    const page = f.draft && pageOf(f.kind, f.id, f.spanish);
    if (page && f.kind !== 'glossary') targets.delete(page);
  }
  return targets;
}

/** A short list of ids for a message. */
function some(ids: Iterable<string>): string {
  const all = [...ids];
  return all.length ? `${all.slice(0, 12).join(', ')}${all.length > 12 ? `, ... (${all.length} in all)` : ''}` : 'none';
}

/**
 * Links that lead nowhere, and Spanish sections whose id is not one of the English twin's. `files` are the checked
 * content files; `isFile(path)` says whether public/ holds a file at a site path.
 */
export function linkProblems(
  files: readonly LinkedFile[],
  registry: LinkRegistry,
  isFile: (sitePath: string) => boolean,
): string[] {
  const targets = siteTargets(files, registry);
  const drafts = new Map(
    files.filter((f) => f.draft && f.kind !== 'glossary').map((f) => [pageOf(f.kind, f.id, f.spanish), f.file]),
  );
  const problems: string[] = [];
  for (const f of files) {
    if (f.draft) continue;
    const own = pageOf(f.kind, f.id, f.spanish);
    for (const link of f.links) {
      const at = `${f.file}:${link.line}: ${link.accepts === 'image' ? 'the image' : 'the link'} ${JSON.stringify(link.url)}`;
      const a = readAddress(link.url);
      if ('problem' in a || a.kind === 'external') continue;
      const path = a.kind === 'site' ? a.path : own;
      if (!path) continue;
      let fragment = a.fragment;
      try {
        fragment = decodeURIComponent(fragment);
      } catch {
        problems.push(`${at} has a malformed #fragment (a "%" not followed by two hex digits)`);
        continue;
      }
      if (link.accepts === 'image') {
        if (!isFile(path)) problems.push(`${at} is not a file in public/`);
        continue;
      }
      const ids = targets.get(path);
      if (!ids) {
        if (isFile(path) || GENERATED_FILES.includes(path)) continue;
        const draft = drafts.get(path);
        if (draft) {
          problems.push(`${at} goes to a draft: ${draft} has draft: true, so the build makes no ${path}`);
          continue;
        }
        const slash = targets.has(`${path}/`) ? `; write ${path}/ (with the slash)` : '';
        problems.push(
          `${at} goes to no page: the build makes no ${path} (no content file makes it and ${REGISTRY_FILE} does not list it)${slash}`,
        );
      } else if (fragment && !ids.has(fragment))
        problems.push(`${at} goes to no section: ${path} has no id "${fragment}" (its ids: ${some(ids)})`);
    }
  }
  // A Spanish section keeps its English twin's id, so a clinic's link or QR code works in both languages.
  const english = new Map(files.filter((f) => !f.spanish).map((f) => [`${f.kind}/${f.id}`, f]));
  for (const f of files) {
    if (!f.spanish || f.draft || f.kind === 'glossary' || f.kind === 'faq') continue;
    const twin = english.get(`${f.kind}/${f.id}`);
    if (!twin) continue;
    const ids = new Set(twin.headings.map((h) => h.id));
    for (const h of f.headings)
      if ((h.depth === 2 || h.depth === 3) && !ids.has(h.id))
        problems.push(
          `${f.file}:${h.line}: the section "${h.text}" has the id "${h.id}", which ${twin.file} does not have; end the heading with {/* #id */} naming the English section it translates (its ids: ${some(ids)})`,
        );
  }
  return problems;
}
