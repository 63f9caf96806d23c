// Fixtures shared by every layer: read a fixture file and split its frontmatter the way Astro does.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** Frontmatter (parsed) and body of a content fixture in tests/fixtures/content/. */
export function fixture(path: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(`tests/fixtures/content/${path}`, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`fixture ${path} has no frontmatter`);
  return { data: parseYaml(m[1]), body: m[2] };
}
