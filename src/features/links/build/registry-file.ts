// Build steps, tools and tests (Node): read content/links.yaml from disk. registry.ts stays pure (text in, data out).
import { readLinkRegistry } from '../../../model/link-registry.ts';
import { redirectsOf, type LinkRegistry } from '../registry.ts';

/** The link registry of the project in `root`, checked. */
export function readRegistry(root = '.'): LinkRegistry {
  return readLinkRegistry(root);
}

/** Its moved pages and short addresses: old path -> new path. */
export function readRedirects(root = '.'): Record<string, string> {
  return redirectsOf(readRegistry(root));
}
