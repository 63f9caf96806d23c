/**
 * Checking the link contract against a built site, and keeping renamed anchors alive. Pure: the caller reads dist/.
 */
import { Parser } from 'htmlparser2';
import { type LinkRegistry, redirectsOf } from '../../model/link-registry.ts';

/** What the built site offers: each page's linkable anchors, and its title and section titles for /links.json. */
export interface SitePage {
  title: string;
  /** Linkable anchor id -> its visible title. */
  anchors: Map<string, string>;
}
/** Every built page by path. */
export type Site = Map<string, SitePage>;

/** Elements that can be linkable places, when they have an id and sit inside <main> (not in navigation). */
const LINKABLE = new Set(['h2', 'h3', 'dt', 'li']);

/**
 * A page's title (the h1 in <main>, else <title>) and linkable anchors (section headings, glossary terms and listed
 * questions inside <main>, not in a nav, a dialog or an unindexed form), read from its HTML in one streaming pass.
 * htmlparser2's callbacks are used rather than a DOM: reading a 10,000-page site built a DOM per page and spent most
 * of its time collecting the garbage.
 */
export function readPage(html: string): SitePage {
  const anchors = new Map<string, string>();
  /** Open elements: their name, and whether linkable places inside them are left out. */
  const open: { name: string; hidden: boolean; ignored: boolean }[] = [];
  /** Elements whose text is being collected (a linkable place, the h1, the title). */
  const collecting: { id: string; text: string; depth: number; ignored: boolean }[] = [];
  let mainDepth = 0;
  let h1: string | undefined;
  let title = '';
  const parser = new Parser({
    onopentag(name, attrs) {
      const parent = open.at(-1);
      const ignored = (parent?.ignored ?? false) || 'data-pagefind-ignore' in attrs;
      const hidden =
        (parent?.hidden ?? false) || name === 'nav' || name === 'dialog' || (name === 'form' && !!parent?.ignored);
      open.push({ name, hidden, ignored });
      if (name === 'main') mainDepth ||= open.length;
      const inMain = mainDepth > 0 && open.length > mainDepth;
      if (name === 'title' && !mainDepth) collecting.push({ id: '\0title', text: '', depth: open.length, ignored });
      if (inMain && name === 'h1' && h1 === undefined)
        collecting.push({ id: '\0h1', text: '', depth: open.length, ignored });
      if (inMain && !hidden && LINKABLE.has(name) && attrs.id) {
        // Keep document order (where the element starts); its text is set when it closes.
        if (!anchors.has(attrs.id)) anchors.set(attrs.id, '');
        collecting.push({ id: attrs.id, text: '', depth: open.length, ignored });
      }
    },
    ontext(text) {
      // Words marked data-pagefind-ignore inside a heading (a step's number, "Step 2:") are not part of its title.
      const ignoredHere = open.at(-1)?.ignored ?? false;
      for (const c of collecting) if (!ignoredHere || c.ignored) c.text += text;
    },
    onclosetag() {
      while (collecting.length && collecting.at(-1)!.depth === open.length) {
        const done = collecting.pop()!;
        const text = done.text.replace(/\s+/g, ' ').trim();
        if (done.id === '\0title') title = text;
        else if (done.id === '\0h1') h1 = text;
        else anchors.set(done.id, text);
      }
      if (open.length === mainDepth) mainDepth = 0;
      open.pop();
    },
  });
  parser.end(html);
  return { title: h1 ?? title, anchors };
}

/** Every id on a page (for checking aliases and anchors), from its HTML. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}

/**
 * Problems with the contract: registered addresses that no longer resolve, registered anchors that disappeared,
 * aliases that point nowhere, and pages or anchors the registry does not list yet. Each names the URL and what to do.
 */
export function checkContract(registry: LinkRegistry, site: Site, ids: Map<string, Set<string>>): string[] {
  const problems: string[] = [];
  const redirects = redirectsOf(registry);
  const resolves = (path: string) => site.has(path) || (redirects[path] !== undefined && site.has(redirects[path]));
  for (const [path, entry] of Object.entries(registry.pages)) {
    if (!resolves(path)) {
      problems.push(
        `${path}: registered, but no page is built there. If it moved, add a redirect from ${path} under "redirects:" in content/links.yaml.`,
      );
      continue;
    }
    const target = site.has(path) ? path : redirects[path];
    for (const id of entry.anchors) {
      if (ids.get(target)?.has(id)) continue;
      problems.push(
        `${path}#${id}: registered, but the page has no element with that id. If the heading was renamed, keep the old id under "anchorAliases:" in content/links.yaml (old id -> new id).`,
      );
    }
  }
  for (const [path, aliases] of Object.entries(registry.anchorAliases)) {
    for (const [old, now] of Object.entries(aliases)) {
      if (!site.get(path)?.anchors.has(now))
        problems.push(`${path}: anchorAliases ${old} -> ${now}, but "${now}" is not an anchor on that page.`);
    }
  }
  for (const [from, to] of Object.entries(redirects)) {
    if (!site.has(to)) problems.push(`${from}: redirects to ${to}, which is not a built page.`);
    if (site.has(from)) problems.push(`${from}: is both a page and a redirect; remove the redirect.`);
  }
  for (const [path, page] of site) {
    const entry = registry.pages[path];
    if (!entry) {
      problems.push(
        `${path}: built but not registered. Run \`npm run links:update\` after \`npm run build\` and commit content/links.yaml.`,
      );
      continue;
    }
    const missing = [...page.anchors.keys()].filter((id) => !entry.anchors.includes(id));
    if (missing.length)
      problems.push(
        `${path}: anchors not registered yet (${missing.join(', ')}). Run \`npm run links:update\` and commit content/links.yaml.`,
      );
  }
  return problems;
}

/**
 * Keep renamed anchors alive: inside the element that now carries `now`, first of all, add an empty span with the
 * old id, so /page/#old still lands in the same place. Returns the new HTML (unchanged when there is nothing to add).
 */
export function addAliasAnchors(html: string, aliases: Record<string, string>): string {
  let out = html;
  for (const [old, now] of Object.entries(aliases)) {
    if (new RegExp(`\\sid="${old}"`).test(out)) continue;
    out = out.replace(
      new RegExp(`(<[a-z0-9]+\\b[^>]*\\sid="${now}"[^>]*>)`),
      `$1<span id="${old}" class="alias-anchor"></span>`,
    );
  }
  return out;
}
