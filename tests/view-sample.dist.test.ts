// The sample of pages the other views are checked on (tests/helpers/templates.ts) stands for the whole site: it holds
// a page of every route file in src/pages, in each language the route serves; its content uses every MDX component
// that any content file uses; and it shows every widget (every custom element the site defines).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './helpers/dist';
import { builtPaths } from './helpers/built';
import { VIEW_SAMPLE, pageRoutes, routeOf } from './helpers/templates';
import { MDX_COMPONENTS } from '../src/components/mdx';
import { readRaw } from '../src/model/read';

const routes = pageRoutes();
const built = builtPaths();
const sampled = VIEW_SAMPLE.map((s) => s.path);

/** The content file a page renders as its body, if any: an article, FAQ answer, handout or stand-alone page. */
function contentFileOf(path: string): string | undefined {
  const es = path.startsWith('/es/');
  const rest = es ? path.slice(3) : path;
  const root = es ? 'content/es' : 'content';
  for (const [re, kind] of [
    [/^\/guide\/([^/]+)\/$/, 'articles'],
    [/^\/faq\/([^/]+)\/$/, 'faq'],
    [/^\/handouts\/([^/]+)\/$/, 'handouts'],
    [/^\/([^/]+)\/$/, 'pages'],
  ] as const) {
    const id = re.exec(rest)?.[1];
    if (id) return [`${root}/${kind}/${id}.mdx`].find(existsSync);
  }
  return undefined;
}

/** MDX components a content file uses, by tag name. */
const componentsIn = (body: string) =>
  Object.keys(MDX_COMPONENTS).filter((name) => new RegExp(`<${name}[\\s/>]`).test(body));

/** Every .mdx file under content/. */
function allMdx(dir = 'content'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? allMdx(join(dir, d.name)) : d.name.endsWith('.mdx') ? [join(dir, d.name)] : [],
  );
}

describe('the sample of one page per template', () => {
  it('names only built pages', () => {
    expect(sampled.filter((p) => !built.includes(p))).toEqual([]);
  });

  it('holds a page of every route file in src/pages (every built page has one of these routes)', () => {
    expect(built.filter((p) => !routeOf(p, routes))).toEqual([]);
    const served = new Set(built.map((p) => routeOf(p, routes)!.file));
    const covered = new Set(sampled.map((p) => routeOf(p, routes)?.file));
    expect([...served].filter((f) => !covered.has(f))).toEqual([]);
    // A route with no built page would be a dead file, not a gap in the sample.
    expect(routes.map((r) => r.file).filter((f) => !served.has(f))).toEqual([]);
  });

  it('uses every MDX component that content uses, and shows the crisis box an article can ask for', () => {
    const usedAnywhere = new Set(allMdx().flatMap((f) => componentsIn(readRaw(f).body)));
    const files = sampled.map(contentFileOf).filter((f): f is string => f !== undefined);
    const usedInSample = new Set(files.flatMap((f) => componentsIn(readRaw(f).body)));
    expect([...usedAnywhere].filter((c) => !usedInSample.has(c))).toEqual([]);
    // <GetHelp /> is also what ArticleLayout renders for `crisisCallout: true`: a sampled article shows it.
    expect(
      files.some((f) => (readRaw(f).data as { crisisCallout?: boolean }).crisisCallout),
      'a sampled article has crisisCallout: true',
    ).toBe(true);
    console.log(
      `MDX components in the sample: ${[...usedInSample].join(', ')}; used by no content file: ${
        Object.keys(MDX_COMPONENTS)
          .filter((c) => !usedAnywhere.has(c))
          .join(', ') || 'none'
      }`,
    );
  });

  it('shows every widget the site defines (each custom element)', () => {
    const source = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? source(join(dir, d.name)) : /\.(ts|astro)$/.test(d.name) ? [join(dir, d.name)] : [],
      );
    const elements = source('src').flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/customElements\.define\(\s*'([a-z][a-z0-9-]*-[a-z0-9-]+)'/g)].map(
        (m) => m[1],
      ),
    );
    expect(elements.length).toBeGreaterThan(3);
    const html = builtPages()
      .filter((p) => sampled.includes(p.path))
      .map((p) => p.html)
      .join('');
    expect(elements.filter((e) => !html.includes(`<${e}`))).toEqual([]);
  });
});
