/**
 * The 404 page's "Did you mean …?": the page nearest to a mistyped address, by edit distance over the site's own list
 * of pages and short addresses (/guide/whatis-iop -> "What is IOP?", /H/VS -> the page /h/vs/ opens). Pure, so Node
 * tests reach it; the 404 page runs it in the browser on the address that was not found.
 */
import { editDistance } from '../../lib/edit-distance.ts';

/** A page a reader may have meant: its site path (no base path), its title, and where to send them if not there. */
export interface PageRef {
  path: string;
  title: string;
  /** Where the link goes when that is not `path` itself (a short address links straight to the page it opens). */
  href?: string;
}

/**
 * An address as a reader may have typed it, made comparable with the site's paths: decoded, lower case, without the
 * base path or "index.html", spaces and underscores as hyphens, one slash between segments and a slash at the end.
 */
export function normalizePath(raw: string, base = '/'): string {
  let path = raw.split(/[?#]/)[0];
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: compare the address as typed.
  }
  path = path.toLowerCase().trim();
  const root = base.toLowerCase().replace(/\/$/, '');
  if (root && (path === root || path.startsWith(`${root}/`))) path = path.slice(root.length);
  path = path
    .replace(/(index)?\.html?$/, '')
    .replace(/[\s_+]+/g, '-')
    .replace(/\/{2,}/g, '/');
  if (!path.startsWith('/')) path = `/${path}`;
  return path.endsWith('/') ? path : `${path}/`;
}

/** The last segment of a path ("/guide/what-is-iop/" -> "what-is-iop"). */
function lastSegment(path: string): string {
  return path.split('/').filter(Boolean).at(-1) ?? '';
}

/** Edits allowed between two strings of this length: about one in four characters, at least one. */
function allowed(length: number): number {
  return Math.max(1, Math.floor(length / 4));
}

/**
 * The page nearest to `typed`, or undefined when none is near enough to offer. A page counts as near when its whole
 * path is within about one edit in four of the typed one, or, for a typed last segment of 4 or more characters, when
 * the last segments are (a reader who left out or mistyped the folder: "/whatis-iop"). Ties go to the page in the
 * typed address's language (under /es/ or not), then to the nearer whole path.
 */
export function nearestPage(typed: string, pages: readonly PageRef[], base = '/'): PageRef | undefined {
  const t = normalizePath(typed, base);
  const tLast = lastSegment(t);
  const spanish = t.startsWith('/es/');
  let best: { page: PageRef; d: number; sameLang: boolean; whole: number } | undefined;
  for (const page of pages) {
    const p = normalizePath(page.path);
    const wholeMax = allowed(Math.max(t.length, p.length));
    const whole = editDistance(t, p, wholeMax);
    let d = whole <= wholeMax ? whole : Infinity;
    const pLast = lastSegment(p);
    if (tLast.length >= 4 && pLast.length >= 4) {
      const lastMax = allowed(Math.max(tLast.length, pLast.length));
      const last = editDistance(tLast, pLast, lastMax);
      if (last <= lastMax) d = Math.min(d, last);
    }
    if (d === Infinity) continue;
    const sameLang = p.startsWith('/es/') === spanish;
    if (
      !best ||
      d < best.d ||
      (d === best.d && sameLang && !best.sameLang) ||
      (d === best.d && sameLang === best.sameLang && whole < best.whole)
    )
      best = { page, d, sameLang, whole };
  }
  return best?.page;
}
