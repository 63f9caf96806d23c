/** Review dates as readers see them ("November 22, 2026") and as machines read them (ISO). */
export function formatDate(d: Date, locale = 'en-US'): string {
  return d.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** ISO date (YYYY-MM-DD) for <time datetime>. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The date 12 months after `d` (a page's next review is due one year after its last). */
export function oneYearAfter(d: Date): Date {
  const next = new Date(d);
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}

/** The earliest of some dates (a page's next review is the soonest of its own and its entries'). */
export function soonest(first: Date, ...rest: readonly Date[]): Date {
  return rest.reduce((a, b) => (b < a ? b : a), first);
}
