// The Pagefind integration with a mocked Pagefind: what it indexes (prepared copies with alias words) and how it
// fails (a missing alias target names content/search/aliases.yaml; Pagefind is always closed).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HIDDEN_MARK } from '../names';

const added: { sourcePath: string; content: string }[] = [];
const close = vi.fn(async () => {});
vi.mock('pagefind', () => ({
  createIndex: async () => ({
    errors: [],
    index: {
      addHTMLFile: async (f: { sourcePath: string; content: string }) => (added.push(f), { errors: [] }),
      writeFiles: async () => ({ errors: [] }),
    },
  }),
  close: () => close(),
}));

const { pagefindIndex } = await import('./integration');
const { VOCABULARY_FILE } = await import('../../../lib/pagefind-files');

let root: string;
const page = (h1: string, body = '') =>
  `<html><body><header><h2 id="nav">Nav</h2></header><div data-pagefind-body><h1>${h1}</h1><p>Intro.</p>${body}</div></body></html>`;

function writeSite(aliases: string) {
  mkdirSync(join(root, 'content/search'), { recursive: true });
  mkdirSync(join(root, 'content/levels'), { recursive: true });
  mkdirSync(join(root, 'content/glossary'), { recursive: true });
  writeFileSync(join(root, 'content/search/aliases.yaml'), aliases);
  writeFileSync(join(root, 'content/levels/php.yaml'), readFileSync('content/levels/php.yaml'));
  writeFileSync(
    join(root, 'content/glossary/php.mdx'),
    '---\nterm: "PHP"\naliases: ["day hospital"]\nlastReviewed: 2026-11-29\nnextReview: 2027-11-29\n---\nText.\n',
  );
  mkdirSync(join(root, 'dist/guide/iop-vs-php'), { recursive: true });
  mkdirSync(join(root, 'dist/glossary'), { recursive: true });
  writeFileSync(
    join(root, 'dist/guide/iop-vs-php/index.html'),
    page('IOP vs PHP', '<h2 id="hours">Hours</h2><p>Text.</p>'),
  );
  writeFileSync(
    join(root, 'dist/glossary/index.html'),
    '<html><body><dl data-pagefind-body><div><dt id="php">PHP</dt><dd>Day care.</dd></div></dl></body></html>',
  );
  writeFileSync(join(root, 'dist/index.html'), '<html><body><h1>Home</h1></body></html>');
}

async function build() {
  const integration = pagefindIndex();
  const hooks = integration.hooks as Record<string, (o: unknown) => Promise<void> | void>;
  await hooks['astro:config:done']({ config: { root: pathToFileURL(root + '/') } });
  const logger = { info: vi.fn() };
  await hooks['astro:build:done']({ dir: pathToFileURL(join(root, 'dist') + '/'), logger });
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'iop-search-'));
  added.length = 0;
  close.mockClear();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('pagefind integration', () => {
  it('indexes prepared copies with level, group and glossary aliases; dist/ files stay as built', async () => {
    writeSite(
      'levels:\n  php: [{ article: iop-vs-php }, { glossary: php }]\ngroups:\n  - words: [rehab]\n    to: [{ article: iop-vs-php, section: hours }]\n',
    );
    await build();
    expect(added.map((a) => a.sourcePath).sort()).toEqual([
      'glossary/index.html',
      'guide/iop-vs-php/index.html',
      'index.html',
    ]);
    const article = added.find((a) => a.sourcePath === 'guide/iop-vs-php/index.html')!.content;
    expect(article).toContain('Partial hospitalization program, PHP, partial hospitalization, day program');
    expect(article).toMatch(
      new RegExp(
        `<h2 id="hours">Hours</h2><p>Text.</p><p data-pagefind-weight="[\\d.]+">${HIDDEN_MARK} rehab. ${HIDDEN_MARK}</p>`,
      ),
    );
    const glossary = added.find((a) => a.sourcePath === 'glossary/index.html')!.content;
    expect(glossary).toContain('<h3 id="php">PHP</h3>');
    expect(glossary).toContain('day hospital');
    expect(readFileSync(join(root, 'dist/guide/iop-vs-php/index.html'), 'utf8')).not.toContain('rehab');
    expect(close).toHaveBeenCalledOnce();
  });

  it('writes the "Did you mean" vocabulary beside the index: headings, terms and alias words, nothing from chrome', async () => {
    writeSite('groups:\n  - words: [rehab]\n    to: [{ article: iop-vs-php, section: hours }]\n');
    await build();
    const words = JSON.parse(readFileSync(join(root, 'dist', VOCABULARY_FILE), 'utf8')) as string[];
    for (const w of ['hours', 'rehab', 'php', 'hospital', 'iop']) expect(words).toContain(w);
    expect(words).not.toContain('nav');
  });

  it('fails the build, naming the aliases file, for a section or page that does not exist', async () => {
    writeSite(
      'groups:\n  - words: [rehab]\n    to: [{ article: iop-vs-php, section: nope }, { article: missing-page }, { article: iop-vs-php, section: nav }]\n',
    );
    await expect(build()).rejects.toThrow(
      'content/search/aliases.yaml: /guide/iop-vs-php/#nope: no such section to add alias words to; /guide/iop-vs-php/#nav: no such section to add alias words to; /guide/missing-page/: no such page to add alias words to',
    );
    expect(close).toHaveBeenCalledOnce();
  });

  it('fails with the file named for an invalid aliases file', async () => {
    writeSite('groups:\n  - words: rehab\n');
    await expect(build()).rejects.toThrow(/^content\/search\/aliases\.yaml: groups\.0\./);
  });
});
