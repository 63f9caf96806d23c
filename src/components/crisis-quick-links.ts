/**
 * The crisis strip's links, from the helplines in src/lib/crisis.ts: each action's strip label, and for a call that
 * may show its number alone on a narrow phone, the words before the number, so the strip can drop them where there is
 * no room while the link keeps its whole label as its name. Pure, so Node tests reach it.
 */
import type { ActionKind, HelpAction } from '../lib/crisis.ts';

/** One link of the strip: what it opens, its whole label, and that label split around the number. */
export interface QuickAction {
  kind: ActionKind;
  href: string;
  /** The whole strip label ("Call 911"): the link's name wherever part of it is hidden. */
  label: string;
  /** The words before the number ("Call"), shown only where there is room; absent when the label is shown whole. */
  lead?: string;
  /** What always shows: the number ("911"), or the whole label. */
  text: string;
}

/** The number a tel: or sms: link dials or texts ("tel:911" -> "911"). */
export function actionNumber(href: string): string {
  return href.replace(/^(tel|sms):/, '').replace(/\?.*$/, '');
}

/**
 * A helpline action as a strip link. With `numberAlone`, a label that ends with the number it dials ("Call 911",
 * "Llame al 911") is split so the number can stand alone; any other label is shown whole (the strip's browser test
 * then tells whether it still fits one row).
 */
export function quickAction(a: HelpAction, opts: { numberAlone?: boolean } = {}): QuickAction {
  const label = a.short ?? a.label;
  const number = actionNumber(a.href);
  const lead = label.slice(0, -number.length).trim();
  if (!opts.numberAlone || !label.endsWith(number) || !lead) return { kind: a.kind, href: a.href, label, text: label };
  return { kind: a.kind, href: a.href, label, lead, text: number };
}
