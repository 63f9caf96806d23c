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

/**
 * The day the site is built for, from BUILD_DATE ("2027-01-02"): dated facts (content/facts/) show the value in force
 * that day, and review notes compare against it. Unset or empty means `now`, the day of the build. Anything else is an
 * error saying what to write.
 */
export function parseBuildDay(raw: string | undefined, now: Date): Date {
  const text = (raw ?? '').trim();
  if (!text) return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : new Date(NaN);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text)
    throw new Error(`BUILD_DATE: "${text}" is not a real day; write it as YYYY-MM-DD (for example 2027-01-02)`);
  return day;
}

/**
 * The build's day in pages and components. astro.config.mjs reads BUILD_DATE once and defines
 * import.meta.env.IOP_BUILD_DAY from it; outside a build (plain Node tools) it is today.
 */
export const BUILD_DAY: Date = parseBuildDay(
  typeof import.meta.env === 'object' ? import.meta.env.IOP_BUILD_DAY : undefined,
  new Date(),
);
