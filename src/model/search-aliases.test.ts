// The schema of content/search/aliases.yaml: the real file passes, and every problem names the file and the field.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseAliasFile, readAliasFile } from './search-aliases';

describe('parseAliasFile', () => {
  it('accepts the real content/search/aliases.yaml', () => {
    const file = parseAliasFile(readFileSync('content/search/aliases.yaml', 'utf8'));
    expect(file.groups.length).toBeGreaterThan(5);
    expect(Object.keys(file.levels)).toContain('php');
  });

  it('names the file and the field when a target is wrong', () => {
    expect(() => parseAliasFile('groups:\n  - words: [rehab]\n    to: [{ page: x }]\n')).toThrow(
      /content\/search\/aliases\.yaml: groups\.0\.to\.0/,
    );
    expect(() => parseAliasFile('groups:\n  - words: [rehab]\n    to: [{ article: Not_A_Slug }]\n')).toThrow(
      /aliases\.yaml/,
    );
  });

  it('rejects empty word lists, unknown keys and broken YAML with the file named', () => {
    expect(() => parseAliasFile('groups:\n  - words: []\n    to: [{ article: x }]\n')).toThrow(/groups\.0\.words/);
    expect(() => parseAliasFile('groups: []\nsynonyms: []\n')).toThrow(/aliases\.yaml/);
    expect(() => parseAliasFile('groups: [\n', 'my.yaml')).toThrow(/^my\.yaml: not valid YAML/);
  });

  it('reads both languages from the project folder', () => {
    expect(readAliasFile('.')?.groups.length).toBeGreaterThan(5);
    expect(readAliasFile('.', 'es')?.groups.length).toBeGreaterThan(0);
    expect(readAliasFile('/nonexistent', 'es')).toBeUndefined();
  });
});
