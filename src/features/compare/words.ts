/** Words shared by the comparison's build-time parts and its browser script (kept tiny: the script ships it). */

/** The site's languages (as src/i18n/lang.ts; repeated here so the browser script does not ship the i18n module). */
export type Lang = 'en' | 'es';

/** "1 hour", "3 hours", "1.5 hours": a count with its noun, singular only for exactly 1. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
