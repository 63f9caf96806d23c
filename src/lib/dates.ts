/** Review dates as readers see them ("November 22, 2026") and as machines read them (ISO). */
export function formatDate(d: Date): string {
  return d.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** ISO date (YYYY-MM-DD) for <time datetime>. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
