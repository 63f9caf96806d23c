/**
 * The list the 404 page searches for a nearest page: every registered page and short address, with its title, in both
 * languages. Built once per build, shipped only on the 404 pages as a JSON data block. Pure, so Node tests reach it.
 */
import type { PageRef } from './nearest.ts';

/** Pages (site path -> title) and short addresses (short path -> the page it opens) as the list nearestPage reads. */
export function notFoundPages(
  titles: ReadonlyMap<string, { title: string }>,
  short: Readonly<Record<string, string>>,
): PageRef[] {
  const pages: PageRef[] = [...titles]
    .filter(([path]) => !path.endsWith('404.html'))
    .map(([path, t]) => ({ path, title: t.title }));
  const shorts: PageRef[] = Object.entries(short)
    .filter(([, to]) => titles.has(to))
    .map(([path, to]) => ({ path, title: titles.get(to)!.title, href: to }));
  return [...pages, ...shorts];
}

/** The list as the page's JSON data block: [path, title, href?] triples, with "<" escaped so it cannot end the block. */
export function notFoundData(pages: readonly PageRef[]): string {
  return JSON.stringify(pages.map((p) => (p.href ? [p.path, p.title, p.href] : [p.path, p.title]))).replace(
    /</g,
    '\\u003c',
  );
}

/** Read the data block back into the list (the browser side of notFoundData). */
export function readNotFoundData(json: string): PageRef[] {
  const rows = JSON.parse(json) as [string, string, string?][];
  return rows.map(([path, title, href]) => (href ? { path, title, href } : { path, title }));
}
