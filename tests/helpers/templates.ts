// One page per template in each language: the sample that every view other than the phone-light whole-site pass
// (tests/pages-*.browser.test.ts) is checked on. tests/view-sample.dist.test.ts proves it covers every route file,
// every MDX component that content uses, and every widget.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { TEMPLATES, TEMPLATES_ES } from '../bench/weight.ts';

/** A sampled page: what it stands for and its path. */
export interface SamplePage {
  name: string;
  path: string;
}

/** The English templates, then their Spanish twins. */
export const VIEW_SAMPLE: readonly SamplePage[] = [
  ...TEMPLATES.map(([name, path]) => ({ name, path })),
  ...TEMPLATES_ES.map(([name, path]) => ({ name: `${name} (es)`, path })),
];

/** The views a template is checked in besides phone light: desktop light and dark, and a phone in dark. */
export const OTHER_VIEWS = [
  { name: 'desktop light', width: 1280, height: 900, scheme: 'light' },
  { name: 'desktop dark', width: 1280, height: 900, scheme: 'dark' },
  { name: 'phone dark', width: 390, height: 844, scheme: 'dark' },
] as const;

/** An Astro page route: its file under src/pages and the site paths it renders. */
export interface Route {
  file: string;
  pattern: RegExp;
  /** How many dynamic segments ([id]) it has: Astro prefers the route with fewer when several match. */
  dynamic: number;
}

const isParam = (s: string) => /^\[[^\]]+\]$/.test(s);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every route in `pagesDir` that renders an HTML page (.astro files; endpoints such as robots.txt.ts are not pages). */
export function pageRoutes(pagesDir = 'src/pages'): Route[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
    );
  return walk(pagesDir)
    .filter((f) => f.endsWith('.astro'))
    .map((f) => {
      const file = relative(pagesDir, f).split(sep).join('/');
      const parts = file.replace(/\.astro$/, '').split('/');
      if (parts.at(-1) === 'index') parts.pop();
      const notFound = parts.at(-1) === '404';
      const source = notFound
        ? `^/${[...parts.slice(0, -1), '404.html'].map(escape).join('/')}$`
        : `^/${parts.map((p) => `${isParam(p) ? '[^/]+' : escape(p)}/`).join('')}$`;
      return { file: `src/pages/${file}`, pattern: new RegExp(source), dynamic: parts.filter(isParam).length };
    });
}

/** The route that renders a site path: of those whose pattern matches, the one with the fewest dynamic segments. */
export function routeOf(path: string, routes: readonly Route[]): Route | undefined {
  return routes.filter((r) => r.pattern.test(path)).sort((a, b) => a.dynamic - b.dynamic)[0];
}
