/**
 * The site's languages and where each lives: English at the root, Spanish under /es/. A page's language comes from
 * its address, so every component can ask `localeOf(Astro.url)` rather than receive it through props.
 */
import { makePaths, withBase, withoutBase } from '../lib/urls.ts';
import { BASE } from '../config.ts';
import { UI, type Strings } from './strings.ts';

export const LANGS = ['en', 'es'] as const;
/** A language the site is written in. */
export type Lang = (typeof LANGS)[number];

/** The value of <html lang> and of hreflang for each language. */
export const HTML_LANG: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

/** The language of a site path or URL path under the base ("/es/guide/x/" -> "es"). */
export function langOfPath(pathname: string, base = BASE): Lang {
  return /^\/es(\/|$)/.test(withoutBase(pathname, base)) ? 'es' : 'en';
}

/** The paths of one language: English ones at the root, Spanish ones under /es/. */
export function localePaths(lang: Lang, base = BASE) {
  return makePaths(lang === 'es' ? withBase('/es/', base) : base);
}

/**
 * The same page in the other language: "/guide/x/#s" <-> "/es/guide/x/#s" (site paths without the base). Sections
 * keep their ids in both languages, so the fragment carries over.
 */
export function twinSitePath(sitePath: string, to: Lang): string {
  const english = sitePath.replace(/^\/es(?=\/|$)/, '') || '/';
  return to === 'es' ? `/es${english}` : english;
}

/** Everything a component needs to speak the page's language: its code, UI strings and paths. */
export function localeOf(url: URL | string): { lang: Lang; t: Strings; p: ReturnType<typeof localePaths> } {
  const lang = langOfPath(typeof url === 'string' ? url : url.pathname);
  return { lang, t: UI[lang], p: localePaths(lang) };
}
