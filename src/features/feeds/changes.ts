/**
 * The "what changed" feed's entries: pages whose dated facts (content/facts/) change value. A page that uses a fact
 * gets an entry on each day the fact's value changes (a new period starts, or the last one ends and the value is not
 * known any more), so a clinic that printed the page or its handout knows when to print it again. Pure: callers pass
 * the facts, the pages and the day the site is built for.
 *
 * Which changes are listed on that day: those that have happened (on or before it), dated the day they happened, and
 * those coming within FACTS_WARNING_DAYS, dated that many days before they happen (a fixed day, so a feed reader sees
 * each entry once rather than again after every build).
 */
import { FACTS_WARNING_DAYS, factChangeDays, factText, type Facts } from '../../model/facts';
import type { Lang } from '../../i18n/lang';

const DAY = 86_400_000;

/** One entry: a page, the day its facts change, and each fact's words before and after. */
export interface ChangeEntry {
  path: string;
  title: string;
  /** The day the facts change. */
  day: Date;
  /** When the entry is dated: the change day, or FACTS_WARNING_DAYS before it for a coming change. */
  dated: Date;
  coming: boolean;
  facts: { id: string; before: string; after: string }[];
}

/** The pages that use facts, as the feed needs them. */
export interface PageWithFacts {
  path: string;
  title: string;
  facts: readonly string[];
}

/** Every entry to list on `today`, newest first (then by page). */
export function changeEntries(pages: readonly PageWithFacts[], facts: Facts, lang: Lang, today: Date): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  for (const page of pages) {
    const byDay = new Map<number, ChangeEntry['facts']>();
    for (const id of page.facts) {
      const fact = facts.get(id);
      if (!fact) continue;
      for (const { day } of factChangeDays(fact)) {
        const list = byDay.get(day.getTime()) ?? [];
        list.push({
          id,
          before: factText(facts, id, lang, new Date(day.getTime() - DAY)),
          after: factText(facts, id, lang, day),
        });
        byDay.set(day.getTime(), list);
      }
    }
    for (const [time, list] of byDay) {
      const day = new Date(time);
      const announced = new Date(time - FACTS_WARNING_DAYS * DAY);
      if (announced > today) continue;
      const coming = day > today;
      entries.push({ path: page.path, title: page.title, day, dated: coming ? announced : day, coming, facts: list });
    }
  }
  return entries.sort((a, b) => b.dated.getTime() - a.dated.getTime() || a.path.localeCompare(b.path));
}
