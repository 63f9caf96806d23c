/**
 * The link contract's file, content/links.yaml: every public address and anchor a clinic may link to, with the
 * redirects for moved pages, aliases for renamed anchors, short addresses and comparison presets. Read and checked
 * here, with the rest of content/; src/features/links checks the built site against it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { checkData, parseYamlText } from './read.ts';

/** The registry file. */
export const REGISTRY_FILE = 'content/links.yaml';

/** What kind of page an address is (shown in /links.json). */
export const PAGE_KINDS = ['page', 'article', 'faq-answer', 'handout', 'tool'] as const;

const path = z.string().regex(/^\/([a-z0-9-]+\/)*(404\.html)?$/, 'must be a site path such as /guide/what-is-iop/');
const anchor = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be an id of lowercase words and hyphens');

/** content/links.yaml. */
export const registrySchema = z
  .object({
    pages: z.record(path, z.object({ kind: z.enum(PAGE_KINDS), anchors: z.array(anchor).default([]) }).strict()),
    /** Renamed anchors: on a page, the old id (still linked from paper) -> the id it became. */
    anchorAliases: z.record(path, z.record(anchor, anchor)).default({}),
    /** Moved pages: old path -> where it lives now. */
    redirects: z.record(path, path).default({}),
    /** Short addresses for print and text messages (/h/vs/) -> the page they open. */
    short: z.record(path, path).default({}),
    /** Comparison presets clinics may link to (/compare/?levels=...). */
    presets: z
      .array(z.string().regex(/^\/compare\/\?levels=[a-z,]+(&diff=1)?$/, 'must be /compare/?levels=a,b'))
      .default([]),
  })
  .strict();

/** The parsed registry. */
export type LinkRegistry = z.infer<typeof registrySchema>;

/** Parse and check the registry text; problems name the file and the field. */
export function parseRegistry(text: string, file = REGISTRY_FILE): LinkRegistry {
  return checkData(registrySchema, parseYamlText(text, file), file);
}

/** The registry of the project in `root`, checked. */
// Stryker disable next-line StringLiteral: a root of '' is the working directory too.
export function readLinkRegistry(root = '.'): LinkRegistry {
  return parseRegistry(readFileSync(join(root, REGISTRY_FILE), 'utf8'));
}

/** Every address that is served as a redirect (moved pages and short addresses), with where it goes. */
export function redirectsOf(registry: LinkRegistry): Record<string, string> {
  return { ...registry.redirects, ...registry.short };
}

/** The moved pages and short addresses of the project in `root`: old path -> new path. */
export function readRedirects(root = '.'): Record<string, string> {
  return redirectsOf(readLinkRegistry(root));
}
