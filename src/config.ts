// The site's build-time settings, read here and nowhere else in src/ (lib and features receive them as imports).

/** "/", or "/sub/path/" with one slash at each end, from whatever was set ("sub/path", "/sub/path", ""). */
export function normalizeBase(raw: string | undefined): string {
  const inner = (raw ?? '').replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/**
 * The path the site is served under: "/" or, e.g., "/iop-guide/". In pages and browser code Vite provides it
 * (BASE_URL, from astro.config.mjs); in build steps that run in plain Node, it is BASE_PATH itself.
 */
export const BASE: string = normalizeBase(import.meta.env?.BASE_URL ?? globalThis.process?.env?.BASE_PATH);
