// The link contract on the built site: every registered address and anchor resolves (a page, or a redirect to
// one), every page and anchor is registered, presets open a real comparison, and /links.json lists them all.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { checkContract } from './contract';
import { redirectsOf, readLinkRegistry } from '../../model/link-registry';
import { readSite } from './build/site';
import { builtOrigin } from '../../../tests/helpers/built';

const registry = readLinkRegistry();
const { site, ids } = readSite('dist', registry);

describe('links that last', () => {
  it('keeps every registered link working, and registers every page and anchor', () => {
    expect(Object.keys(registry.pages).length).toBeGreaterThan(20);
    expect(checkContract(registry, site, ids)).toEqual([]);
  });

  it('serves every redirect and short address as a page that sends the reader on', () => {
    for (const [from, to] of Object.entries(redirectsOf(registry))) {
      const file = `dist${from}index.html`;
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8'), from).toContain(`url=${to}`);
    }
  });

  it('publishes /links.json with every registered page, its title and sections, as absolute URLs', () => {
    const json = JSON.parse(readFileSync('dist/links.json', 'utf8')) as {
      pages: { url: string; title: string; kind: string; sections: { url: string; title: string }[] }[];
    };
    const site = builtOrigin();
    expect(json.pages.map((p) => new URL(p.url).pathname).sort()).toEqual(Object.keys(registry.pages).sort());
    for (const p of json.pages) {
      expect(p.url.startsWith(site), p.url).toBe(true);
      expect(p.title.length, p.url).toBeGreaterThan(2);
      expect(p.sections.length, p.url).toBe(registry.pages[new URL(p.url).pathname].anchors.length);
    }
    const paying = json.pages.find((p) => p.url === `${site}/guide/paying-for-iop/`)!;
    expect(paying.sections.map((s) => s.url)).toContain(`${site}/guide/paying-for-iop/#medicare`);
  });
});
