// Build steps, tools and tests (Node): read content/links.yaml from disk. registry.ts stays pure (text in, data out).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegistry, redirectsOf, REGISTRY_FILE, type LinkRegistry } from '../registry.ts';

/** The link registry of the project in `root`, checked. */
export function readRegistry(root = '.'): LinkRegistry {
  return parseRegistry(readFileSync(join(root, REGISTRY_FILE), 'utf8'));
}

/** Its moved pages and short addresses: old path -> new path. */
export function readRedirects(root = '.'): Record<string, string> {
  return redirectsOf(readRegistry(root));
}
