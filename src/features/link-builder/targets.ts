/**
 * What a clinic can link to, from the link registry (content/links.yaml) and the titles the content gives: every
 * registered page with its sections and short address, and every comparison preset. Pure, so Node tests reach it.
 */
import type { LinkRegistry } from '../../model/link-registry.ts';

/** The groups of the page list, in the order the builder and the address list show them. */
export const GROUPS = [
  { id: 'handout', label: 'Handouts to print' },
  { id: 'article', label: 'Guide pages' },
  { id: 'faq-answer', label: 'Answers to common questions' },
  { id: 'preset', label: 'Comparisons' },
  { id: 'page', label: 'Other pages' },
  { id: 'tool', label: 'Tools' },
  { id: 'spanish', label: 'Pages in Spanish (en español)' },
] as const;
// Headings of the builder page, owned here so the builder names its own page's sections as the page does.
/** The builder form's heading. */
export const MAKE_A_LINK = 'Make a link';
/** The address list's heading. */
export const EVERY_ADDRESS = 'Every address, with its QR code';
/** The heading of the short addresses in the address list. */
export const SHORT_ADDRESSES = 'Short addresses';

/** The builder page's own sections, by id. */
export function builderPageSections(): Record<string, string> {
  return {
    'make-a-link': MAKE_A_LINK,
    'every-address': EVERY_ADDRESS,
    ...Object.fromEntries(GROUPS.map((g) => [`group-${g.id}`, g.label])),
    'group-short': SHORT_ADDRESSES,
  };
}

/** A group id. */
export type GroupId = (typeof GROUPS)[number]['id'];

/** A page's title and the titles of its sections, by anchor id. */
export interface PageTitles {
  title: string;
  anchors: Record<string, string>;
}

/** One thing a clinic can link to: a page or a comparison preset, with its sections and short address. */
export interface LinkTarget {
  /** The site path, with the query for a comparison preset ("/compare/?levels=iop,php"). */
  path: string;
  title: string;
  group: GroupId;
  /** The short address that opens this page ("/h/vs/"), if one is registered. */
  short?: string;
  /** Linkable sections: [anchor id, title]. */
  sections: [string, string][];
}

/** "topic-about-iop" -> "Topic about iop": a readable stand-in where the content gives no title. */
export function humanize(id: string): string {
  const words = id.replace(/-/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A preset's name from the levels it shows: "Compare IOP and PHP", "... (differences only)". */
export function presetTitle(preset: string, shortNames: Record<string, string>): string {
  const query = new URLSearchParams(preset.split('?')[1] ?? '');
  const names = (query.get('levels') ?? '').split(',').map((id) => shortNames[id] ?? id);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return `Compare ${list}${query.get('diff') === '1' ? ' (differences only)' : ''}`;
}

/**
 * Every registered page and comparison preset as a link target, sorted by group, then title. Titles come from
 * `titles` (a stand-in from the path or id where the content has none, so nothing registered is ever left out).
 */
export function linkTargets(
  registry: LinkRegistry,
  titles: ReadonlyMap<string, PageTitles>,
  levels: Record<string, { shortName: string }>,
): LinkTarget[] {
  const shortNames = Object.fromEntries(Object.entries(levels).map(([id, l]) => [id, l.shortName]));
  const shortFor = new Map(Object.entries(registry.short).map(([from, to]) => [to, from]));
  const pages: LinkTarget[] = Object.entries(registry.pages).map(([path, entry]) => {
    const known = titles.get(path);
    return {
      path,
      title: known?.title ?? humanize(path.split('/').filter(Boolean).join(' ') || 'home page'),
      // The Spanish edition is one group of its own, so a clinic finds it at once.
      group: path.startsWith('/es/') ? 'spanish' : entry.kind,
      ...(shortFor.has(path) ? { short: shortFor.get(path) } : {}),
      sections: entry.anchors.map((id) => [id, known?.anchors[id] ?? humanize(id)] as [string, string]),
    };
  });
  const presets: LinkTarget[] = registry.presets.map((path) => ({
    path,
    title: presetTitle(path, shortNames),
    group: 'preset',
    sections: [],
  }));
  const order = (g: GroupId) => GROUPS.findIndex((x) => x.id === g);
  return [...pages, ...presets].sort((a, b) => order(a.group) - order(b.group) || a.title.localeCompare(b.title, 'en'));
}

/** The short addresses in the registry, each with the target it opens. */
export function shortTargets(
  registry: LinkRegistry,
  targets: readonly LinkTarget[],
): { short: string; opens: LinkTarget }[] {
  return Object.entries(registry.short)
    .map(([short, to]) => ({ short, opens: targets.find((t) => t.path === to)! }))
    .filter((s) => s.opens);
}

/**
 * The builder's data for its JSON island: each path's short address (s) and sections (a). "<" is escaped so no title
 * can close the script element.
 */
export function builderData(targets: readonly LinkTarget[]): string {
  const data = Object.fromEntries(
    targets.map((t) => [
      t.path,
      { ...(t.short ? { s: t.short } : {}), ...(t.sections.length ? { a: t.sections } : {}) },
    ]),
  );
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
