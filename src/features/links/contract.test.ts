// The link contract with fixtures: a renamed heading keeps its old anchor through an alias, a moved page through a
// redirect, and each broken promise is named with what to do.
import { describe, expect, it } from 'vitest';
import { addAliasAnchors, checkContract, idsOf, readPage, type Site } from './contract';
import { parseRegistry } from '../../model/link-registry';

const page = (h1: string, body: string) =>
  `<html><body><nav><h2 id="toc-title">On this page</h2></nav><main><h1>${h1}</h1>${body}</main></body></html>`;
const paying = page(
  'Paying for IOP',
  '<div class="heading-wrap"><h2 id="medicare">Medicare</h2></div><h3 id="appeals">Appeals</h3>',
);
/** A built site from [path, html] pairs, as the build reads dist/. */
function built(pages: [string, string][]): { site: Site; ids: Map<string, Set<string>> } {
  return { site: new Map(pages.map(([p, h]) => [p, readPage(h)])), ids: new Map(pages.map(([p, h]) => [p, idsOf(h)])) };
}
const registryWith = (extra = '') =>
  parseRegistry(`pages:\n  /guide/paying/:\n    kind: article\n    anchors: [medicare, appeals]\n${extra}`);

describe('reading a built page', () => {
  it('finds its title and the anchors a clinic may link to, not navigation ids', () => {
    const p = readPage(paying);
    expect(p.title).toBe('Paying for IOP');
    expect([...p.anchors]).toEqual([
      ['medicare', 'Medicare'],
      ['appeals', 'Appeals'],
    ]);
  });
  it('leaves words marked data-pagefind-ignore out of a heading’s title (a step’s number)', () => {
    const step = readPage(
      '<main><h1>Steps</h1><h2 id="find">' +
        '<span class="step-circle" data-pagefind-ignore><span class="sr-only">Step </span>2</span> Find programs</h2></main>',
    );
    expect(step.anchors.get('find')).toBe('Find programs');
  });
});

describe('the link contract', () => {
  it('holds when every registered page and anchor is there', () => {
    const { site, ids } = built([['/guide/paying/', paying]]);
    expect(checkContract(registryWith(), site, ids)).toEqual([]);
  });

  it('fails when a heading is renamed, naming the URL and the fix; an alias anchor keeps the old link working', () => {
    const renamed = paying.replace('id="medicare">Medicare', 'id="medicare-and-iop">Medicare and IOP');
    const before = built([['/guide/paying/', renamed]]);
    const problems = checkContract(registryWith(), before.site, before.ids);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^\/guide\/paying\/#medicare: registered, but the page has no element with that id\. .*anchorAliases/,
      ),
    );
    const fixed = registryWith(`anchorAliases:\n  /guide/paying/: { medicare: medicare-and-iop }\n`);
    fixed.pages['/guide/paying/'].anchors.push('medicare-and-iop');
    const html = addAliasAnchors(renamed, fixed.anchorAliases['/guide/paying/']);
    expect(html).toContain(
      '<h2 id="medicare-and-iop"><span id="medicare" class="alias-anchor"></span>Medicare and IOP</h2>',
    );
    const after = built([['/guide/paying/', html]]);
    expect(checkContract(fixed, after.site, after.ids)).toEqual([]);
    expect(addAliasAnchors(html, fixed.anchorAliases['/guide/paying/'])).toBe(html);
  });

  it('fails when a page moves without a redirect; a redirect keeps the old address working', () => {
    const moved = built([['/guide/paying-for-care/', paying]]);
    const reg = registryWith(`  /guide/paying-for-care/:\n    kind: article\n    anchors: [medicare, appeals]\n`);
    expect(checkContract(reg, moved.site, moved.ids)).toEqual([
      '/guide/paying/: registered, but no page is built there. If it moved, add a redirect from /guide/paying/ under "redirects:" in content/links.yaml.',
    ]);
    const withRedirect = parseRegistry(
      `pages:\n  /guide/paying/:\n    kind: article\n    anchors: [medicare, appeals]\n  /guide/paying-for-care/:\n    kind: article\n    anchors: [medicare, appeals]\nredirects:\n  /guide/paying/: /guide/paying-for-care/\n`,
    );
    expect(checkContract(withRedirect, moved.site, moved.ids)).toEqual([]);
  });

  it('asks for new pages and anchors to be registered, and rejects redirects to nowhere', () => {
    const { site, ids } = built([
      ['/guide/paying/', paying.replace('</main>', '<h2 id="new-section">New</h2></main>')],
      ['/guide/new/', page('New', '')],
    ]);
    const problems = checkContract(registryWith('short:\n  /h/x/: /handouts/missing/\n'), site, ids);
    expect(problems).toContain(
      '/guide/paying/: anchors not registered yet (new-section). Run `npm run links:update` and commit content/links.yaml.',
    );
    expect(problems).toContain(
      '/guide/new/: built but not registered. Run `npm run links:update` after `npm run build` and commit content/links.yaml.',
    );
    expect(problems).toContain('/h/x/: redirects to /handouts/missing/, which is not a built page.');
  });

  it('rejects a malformed registry, naming the file and field', () => {
    expect(() => parseRegistry('pages:\n  guide/x:\n    kind: article\n')).toThrow(
      /content\/links\.yaml: pages\.guide\/x: /,
    );
    expect(() => parseRegistry('pages: {}\npresets: [/compare/]\n')).toThrow(
      /presets\.0: must be \/compare\/\?levels=a,b/,
    );
  });
});
