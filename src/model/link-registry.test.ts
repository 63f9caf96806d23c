// content/links.yaml: what the schema accepts and rejects (each problem naming the file, the field and the rule), the
// defaults for the optional lists, and the redirects it serves.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, parseRegistry, readLinkRegistry, redirectsOf, REGISTRY_FILE } from './link-registry';

const page = (path: string, kind = 'article', anchors = '[]') =>
  `  ${path}:\n    kind: ${kind}\n    anchors: ${anchors}\n`;
const registry = (pages: string, rest = '') => `pages:\n${pages}${rest}`;

describe('the link registry schema', () => {
  it('accepts site paths, the 404 page and anchors, and fills in the optional lists', () => {
    const r = parseRegistry(
      registry(
        page('/', 'page') +
          page('/404.html', 'page') +
          page('/guide/what-is-iop/', 'article', '[key-points, 2nd-step]'),
      ),
    );
    expect(Object.keys(r.pages)).toEqual(['/', '/404.html', '/guide/what-is-iop/']);
    expect(r.pages['/guide/what-is-iop/']).toEqual({ kind: 'article', anchors: ['key-points', '2nd-step'] });
    expect(r).toMatchObject({ anchorAliases: {}, redirects: {}, short: {}, presets: [] });
    // An entry without anchors has none.
    expect(parseRegistry('pages:\n  /faq/:\n    kind: faq-answer\n').pages['/faq/'].anchors).toEqual([]);
  });

  it('knows every kind of page /links.json shows', () => {
    expect(PAGE_KINDS).toEqual(['page', 'article', 'faq-answer', 'handout', 'tool']);
    for (const kind of PAGE_KINDS) expect(parseRegistry(registry(page('/x/', kind))).pages['/x/'].kind).toBe(kind);
    expect(() => parseRegistry(registry(page('/x/', 'blog')))).toThrow(/^content\/links\.yaml: pages\.\/x\/\.kind: /);
  });

  it.each([
    ['no leading slash', 'guide/x/'],
    ['no trailing slash', '/guide/x'],
    ['capitals', '/Guide/x/'],
    ['a query', '/guide/x/?a=1'],
    ['a file other than 404.html', '/guide/x.html'],
    ['text before the path', 'x/guide/'],
  ])('rejects a page path with %s, naming the rule', (_what, path) => {
    expect(() => parseRegistry(registry(page(path)))).toThrow(
      `content/links.yaml: pages.${path}: must be a site path such as /guide/what-is-iop/`,
    );
  });

  it.each([
    ['capitals', 'Key-points'],
    ['a leading hyphen', '-key'],
    ['a space', 'key points'],
    ['an underscore', 'key_points'],
    ['text after a valid id', 'key#x'],
  ])('rejects an anchor with %s, naming the rule', (_what, anchor) => {
    expect(() => parseRegistry(registry(page('/x/', 'article', `["${anchor}"]`)))).toThrow(
      'must be an id of lowercase words and hyphens',
    );
  });

  it('checks aliases, redirects and short addresses as site paths and anchors', () => {
    const r = parseRegistry(
      registry(
        page('/guide/paying/', 'article', '[medicare-and-iop]'),
        'anchorAliases:\n  /guide/paying/: { medicare: medicare-and-iop }\nredirects:\n  /guide/old/: /guide/paying/\nshort:\n  /h/pay/: /guide/paying/\npresets:\n  - /compare/?levels=iop,php\n  - /compare/?levels=iop,php&diff=1\n',
      ),
    );
    expect(r.anchorAliases).toEqual({ '/guide/paying/': { medicare: 'medicare-and-iop' } });
    expect(r.presets).toEqual(['/compare/?levels=iop,php', '/compare/?levels=iop,php&diff=1']);
    expect(() => parseRegistry(registry(page('/x/'), 'redirects:\n  /old/: guide/\n'))).toThrow(
      'redirects./old/: must be a site path',
    );
    expect(() => parseRegistry(registry(page('/x/'), 'short:\n  h/x/: /x/\n'))).toThrow(
      'short.h/x/: must be a site path',
    );
    expect(() => parseRegistry(registry(page('/x/'), 'anchorAliases:\n  /x/: { Old: new }\n'))).toThrow(
      'must be an id of lowercase words and hyphens',
    );
  });

  it.each([
    '/compare/?levels=iop,php&diff=2',
    '/compare/?levels=IOP,php',
    'x/compare/?levels=iop',
    '/compare/?levels=',
  ])('rejects the preset %s', (preset) => {
    expect(() => parseRegistry(registry(page('/x/'), `presets: ["${preset}"]\n`))).toThrow(
      'presets.0: must be /compare/?levels=a,b',
    );
  });

  it('rejects unknown fields, at the top and in a page', () => {
    expect(() => parseRegistry(registry(page('/x/'), 'extra: 1\n'))).toThrow(/content\/links\.yaml: .*extra/);
    expect(() => parseRegistry('pages:\n  /x/:\n    kind: page\n    title: X\n')).toThrow(/pages\.\/x\/.*title/);
  });

  it('names the file it was given', () => {
    expect(() => parseRegistry('pages: {}\nextra: 1\n', 'elsewhere.yaml')).toThrow(/^elsewhere\.yaml: /);
  });
});

describe('reading the registry', () => {
  it('reads content/links.yaml under the root it is given', () => {
    const root = mkdtempSync(join(tmpdir(), 'iop-links-'));
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, REGISTRY_FILE), registry(page('/only/', 'page')));
    expect(REGISTRY_FILE).toBe('content/links.yaml');
    expect(Object.keys(readLinkRegistry(root).pages)).toEqual(['/only/']);
    // The project's own registry, read from the working directory by default.
    expect(Object.keys(readLinkRegistry().pages)).toContain('/');
  });
});

describe('redirects', () => {
  it('serves moved pages and short addresses together', () => {
    const r = parseRegistry(
      registry(page('/a/'), 'redirects:\n  /old-a/: /a/\nshort:\n  /h/a/: /a/\n  /p/a/: /handouts/a/\n'),
    );
    expect(redirectsOf(r)).toEqual({ '/old-a/': '/a/', '/h/a/': '/a/', '/p/a/': '/handouts/a/' });
    expect(redirectsOf(parseRegistry(registry(page('/a/'))))).toEqual({});
  });
});
