// Build-time (Node): which files of dist/ make up each language's offline copy, their hashes and sizes, and the
// manifests (dist/offline/manifest-<lang>.json) the control and the service worker read. Run after Pagefind has
// written its index and after the gzip copies exist: the manifests list the plain files (what a page asks for and
// what the cache keeps), while the download size counts each file's gzip copy, which is what servers send.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { HTML_LANG, LANGS, langOfPath, localePaths, type Lang } from '../../../i18n/lang.ts';
import { sitePaths, withBase } from '../../../lib/urls.ts';
import {
  PAGEFIND_DIR,
  PAGEFIND_ENTRY,
  PAGEFIND_HIGHLIGHT_SCRIPT,
  PAGEFIND_SCRIPT,
  VOCABULARY_FILE,
  VOCABULARY_FILE_ES,
} from '../../../lib/pagefind-files.ts';
import { writeGzipCopy } from '../../../lib/build/precompress.ts';
import { HASH_HEX, type OfflineManifest } from '../manifest.ts';
import { manifestFile } from '../names.ts';
import { formatSize } from '../words.ts';

/**
 * Pages left out of the copy: the link and QR builder is a clinic's tool for sharing links, of no use without a
 * signal, and alone it would add half a megabyte (a tenth of the English copy) to every reader's phone.
 */
export const LEFT_OUT: readonly string[] = [sitePaths.linkBuilder()];

/** The files shared by both languages besides the pages: the site's CSS and scripts, the icon, Pagefind's code. */
const SHARED = ['/favicon.svg', PAGEFIND_SCRIPT, PAGEFIND_HIGHLIGHT_SCRIPT, PAGEFIND_ENTRY];
/** Each language's "Did you mean" words. */
const VOCABULARY: Record<Lang, string> = { en: VOCABULARY_FILE, es: VOCABULARY_FILE_ES };

/** A file of a copy: its site path (without the base path) and where it is in dist/. */
export interface CopyFile {
  path: string;
  file: string;
}

/** A redirect page (a moved page or a short address): Astro's meta-refresh stub, and where it leads. */
export function redirectTarget(html: string): string | null {
  return /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/.exec(html)?.[1] ?? null;
}

/** The "Page last reviewed" date ("YYYY-MM-DD") a built page shows, if it shows one. */
export function reviewedOn(html: string): string | null {
  return /class="review-dates[^"]*"[^>]*>[^<]*<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1] ?? null;
}

/** Every file under `dir` (relative, "/"-separated, from its root), .gz copies left out. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.gz'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * The files of `lang`'s copy in `dist` (a build made for `base`), and the redirects into it. Pages: every page of the
 * language but the 404 page and LEFT_OUT. Then the site's CSS and scripts (/_astro/, shared by every page), the icon,
 * Pagefind's script, its highlighter and its entry file, and the language's own index, filters, fragments, WebAssembly
 * and "Did you mean" words.
 */
export function copyFiles(
  dist: string,
  lang: Lang,
  base = '/',
): { files: CopyFile[]; redirects: Record<string, string> } {
  const files: CopyFile[] = [];
  const redirects: Record<string, string> = {};
  const pagesAndStubs: [string, string][] = [];
  for (const rel of filesUnder(dist)) {
    if (!rel.endsWith('index.html') || rel.startsWith(PAGEFIND_DIR.slice(1))) continue;
    const path = `/${rel.replace(/index\.html$/, '')}`;
    if (langOfPath(path, '/') !== lang || LEFT_OUT.includes(path)) continue;
    pagesAndStubs.push([path, join(dist, rel)]);
  }
  const pages = new Set<string>();
  const stubs: [string, string][] = [];
  for (const [path, file] of pagesAndStubs.sort(([a], [b]) => a.localeCompare(b))) {
    const target = redirectTarget(readFileSync(file, 'utf8'));
    if (target) stubs.push([path, target]);
    else {
      pages.add(path);
      files.push({ path, file });
    }
  }
  // Stub targets carry the base path already (they are links in the built page).
  for (const [from, to] of stubs)
    if (pages.has(to.slice(base.length - 1).replace(/[#?].*$/, ''))) redirects[withBase(from, base)] = to;
  const asset = (path: string) => {
    const file = join(dist, path);
    if (!existsSync(file)) throw new Error(`offline copy (${lang}): ${path} is not in the build`);
    files.push({ path, file });
  };
  for (const rel of filesUnder(join(dist, '_astro'))) asset(`/_astro/${rel}`);
  for (const path of [...SHARED, VOCABULARY[lang]]) asset(path);
  // The language's own Pagefind files, named in its entry file ("en-us": pf_meta, WebAssembly, index chunks...).
  const entry = JSON.parse(readFileSync(join(dist, PAGEFIND_ENTRY), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string }>;
  };
  const code = HTML_LANG[lang].toLowerCase();
  const index = entry.languages[code];
  if (!index) throw new Error(`offline copy (${lang}): ${PAGEFIND_ENTRY} has no "${code}" index`);
  asset(`${PAGEFIND_DIR}pagefind.${index.hash}.pf_meta`);
  asset(`${PAGEFIND_DIR}wasm.${index.wasm}.pagefind`);
  for (const folder of ['index', 'filter', 'fragment'])
    for (const rel of filesUnder(join(dist, PAGEFIND_DIR, folder)))
      if (rel.startsWith(`${code}_`)) asset(`${PAGEFIND_DIR}${folder}/${rel}`);
  return { files, redirects };
}

/** sha-256 of bytes as the manifest writes it (hex, HASH_HEX digits; the browser checks with the same cut). */
export function hashOf(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, HASH_HEX);
}

/** The manifest of a set of files as they are in dist/ now. */
export function manifestOf(
  lang: Lang,
  base: string,
  files: readonly CopyFile[],
  redirects: Record<string, string>,
): OfflineManifest {
  let bytes = 0;
  let transfer = 0;
  let reviewed = '';
  const entries = files.map(({ path, file }) => {
    const body = readFileSync(file);
    bytes += body.length;
    transfer += existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : body.length;
    if (path.endsWith('/')) {
      const r = reviewedOn(body.toString('utf8'));
      if (r && r > reviewed) reviewed = r;
    }
    return { url: withBase(path, base), hash: hashOf(body), bytes: body.length };
  });
  if (!reviewed) throw new Error(`offline copy (${lang}): no saved page shows a "last reviewed" date`);
  const home = localePaths(lang, base).home();
  const offlinePage = localePaths(lang, base).offline();
  if (!entries.some((e) => e.url === offlinePage)) throw new Error(`offline copy (${lang}): no page ${offlinePage}`);
  const version = hashOf(JSON.stringify({ home, offlinePage, reviewed, files: entries, redirects }));
  return { lang, version, home, offlinePage, reviewed, bytes, transfer, files: entries, redirects };
}

const SIZE_SPAN = /(<span data-offline-size="(transfer|bytes)">)[^<]*(<\/span>)/g;

/**
 * Write the copy's sizes into the Save controls on its pages (the build knows them only now, after every page is
 * written), and refresh those pages' gzip copies. Returns the files it changed.
 */
export function fillSizes(manifest: OfflineManifest, files: readonly CopyFile[]): string[] {
  const changed: string[] = [];
  for (const { path, file } of files) {
    if (!path.endsWith('/')) continue;
    const html = readFileSync(file, 'utf8');
    if (!html.includes('<iop-offline')) continue;
    if ([...html.matchAll(SIZE_SPAN)].length !== 2)
      throw new Error(`offline copy: ${path} has a Save control without its two sizes (data-offline-size spans)`);
    const filled = html.replace(
      SIZE_SPAN,
      (_, open: string, which: 'transfer' | 'bytes', close: string) =>
        `${open}${formatSize(manifest[which], manifest.lang)}${close}`,
    );
    if (filled === html) continue;
    writeFileSync(file, filled);
    writeGzipCopy(file);
    changed.push(path);
  }
  return changed;
}

/**
 * Every language's manifest for the build in `dist` (made for `base`): sizes written into the Save controls first
 * (again until they no longer change the pages), then dist/offline/manifest-<lang>.json and its gzip copy.
 */
export function writeManifests(dist: string, base = '/'): OfflineManifest[] {
  return LANGS.map((lang) => {
    const { files, redirects } = copyFiles(dist, lang, base);
    let manifest = manifestOf(lang, base, files, redirects);
    for (let round = 0; fillSizes(manifest, files).length; round += 1) {
      if (round === 3) throw new Error(`offline copy (${lang}): the sizes in the Save control do not settle`);
      manifest = manifestOf(lang, base, files, redirects);
    }
    const out = join(dist, manifestFile(lang));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(manifest));
    writeGzipCopy(out);
    return manifest;
  });
}
