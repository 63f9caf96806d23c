/**
 * The estimate in words: the range, the steps of the arithmetic for each end ("3 days a week for 8 weeks is 24
 * days..."), and a table of the numbers used, each marked as the reader's or the site's. Pure, so Node tests read the
 * same sentences the page shows.
 */
import type { CostInputs, Estimate, Range, Scenario, SharedScenario } from './cost.ts';
import { COST_WORDS, money, price, type CostWords, type Lang } from './words.ts';

/** The site's figures as the page states them on the build's day ("$283 for 2026"), with their values. */
export interface SiteTexts {
  /**
   * Part B deductible: its words, its value in dollars (null once its period has ended), and where it comes from
   * and when it was checked ("Federal Register; checked December 4, 2026").
   */
  deductible: { text: string; value: number | null; from: string };
  /** Part B coinsurance: its words ("20%"), its value in percent, and its source and date. */
  coinsurance: { text: string; value: number | null; from: string };
}

/** One row of "The numbers we used". */
export interface NumberRow {
  what: string;
  value: string;
  from: string;
}

/** What the result area shows once an estimate can be worked out. */
export interface Explained {
  /** "$1,080 to $1,680". */
  summary: string;
  /** Said when both ends are the same. */
  sameEnds: string | null;
  /** One list of steps, or two (the low end and the high end) each with its title. */
  ends: { title: string | null; steps: string[] }[];
  /** Notes after the steps (no cap counted; Original Medicare's lack of a yearly limit). */
  notes: string[];
  numbers: NumberRow[];
}

/** "3", "3 to 5", with `fmt` for each number. */
function rangeText(r: Range, w: CostWords, fmt: (n: number) => string = String): string {
  return r.lo === r.hi ? fmt(r.lo) : `${fmt(r.lo)} ${w.to} ${fmt(r.hi)}`;
}

/** The steps of one end with a deductible and a share (Medicare or a plan). */
function sharedSteps(s: SharedScenario, cover: 'medicare' | 'plan', w: CostWords): string[] {
  const steps: string[] = [w.days(s.daysPerWeek, s.weeks, s.days)];
  if (s.days === 0) return steps;
  const bills = s.bills === null ? null : money(s.bills);
  if (s.price !== null && bills !== null) steps.push(w.bills(s.days, price(s.price), bills, cover));
  const d = s.deductible;
  const paidAll = d.metOnDay === null;
  if (d.from === 'assumed-all') steps.push(w.deductibleAssumedAll(bills!));
  else {
    if (d.from === 'assumed-none') steps.push(w.deductibleAssumedNone);
    else if (d.from === 'assumed-site') steps.push(w.deductibleAssumedSite(money(d.left!)));
    if (d.from !== 'assumed-none') {
      if (d.metOnDay === 0) steps.push(w.deductibleNone(cover));
      else if (paidAll) steps.push(w.deductibleAll(money(d.left!), bills!));
      else steps.push(w.deductiblePaid(money(d.paid), d.metOnDay!));
    }
  }
  const share = s.share;
  if (share && !paidAll) {
    if (share.kind === 'pct') steps.push(w.pctShare(money(share.rest), `${share.pct}%`, money(share.amount), cover));
    else if (share.days > 0)
      steps.push(w.copayShare(price(share.copay), share.days, money(share.amount), share.fromDay));
    if (d.paid > 0 && share.amount > 0) steps.push(w.sum(money(d.paid), money(share.amount), money(s.subtotal)));
  }
  if (s.cap)
    steps.push(
      s.cap.reachedOnDay !== null
        ? w.capReached(money(s.cap.left), s.cap.reachedOnDay)
        : w.capNotReached(money(s.cap.left)),
    );
  return steps;
}

/** The steps of one end, ending with its total. */
function stepsOf(s: Scenario, cover: Estimate['cover'], w: CostWords): string[] {
  switch (s.kind) {
    case 'price':
      return s.days === 0
        ? [w.days(s.daysPerWeek, s.weeks, s.days)]
        : [w.days(s.daysPerWeek, s.weeks, s.days), w.selfPay(s.days, price(s.price), money(s.total))];
    case 'copay': {
      const steps = [w.days(s.daysPerWeek, s.weeks, s.days)];
      if (s.days === 0) return steps;
      if (s.copay === null) return [...steps, w.medicaidUnknown(s.days)];
      if (s.copay === 0) return [...steps, w.medicaidNoCopay];
      return [...steps, w.medicaidCopay(price(s.copay), s.days, money(s.total!))];
    }
    case 'shared':
      return [...sharedSteps(s, cover as 'medicare' | 'plan', w), w.total(money(s.total))];
  }
}

/** The numbers used, each marked as the reader's, the site's, or not given. */
function numbers(inputs: Partial<CostInputs>, site: SiteTexts, lang: Lang): NumberRow[] {
  const w = COST_WORDS[lang];
  const f = w.field;
  const cover = inputs.cover!;
  const rows: NumberRow[] = [];
  const you = (what: string, value: string) => rows.push({ what, value, from: w.fromYou });
  const dollarsOf = (cents: number) => price(cents / 100);
  if (inputs.daysPerWeek) you(f.days, rangeText(inputs.daysPerWeek, w));
  if (inputs.weeks) you(f.weeks, rangeText(inputs.weeks, w));
  if (inputs.price && cover !== 'medicaid')
    you(
      f.price[cover],
      rangeText(inputs.price, w, (c) => dollarsOf(c)),
    );
  if (cover === 'medicare' || cover === 'plan') {
    const label = cover === 'medicare' ? f.ded.medicare : f.ded.plan;
    if (inputs.deductibleLeft !== undefined) you(label, dollarsOf(inputs.deductibleLeft));
    else
      rows.push({
        what: label,
        value:
          cover === 'medicare' && site.deductible.value !== null
            ? `${money(0)} ${w.to} ${money(site.deductible.value)}`
            : w.orMore(money(0)),
        from: w.notGiven,
      });
  }
  if (cover === 'plan') {
    if (inputs.share === 'pct' && inputs.pct !== undefined) you(f.pct, `${inputs.pct / 100}%`);
    if (inputs.share === 'copay' && inputs.copay)
      you(
        f.copay.plan,
        rangeText(inputs.copay, w, (c) => dollarsOf(c)),
      );
    if (inputs.oopLeft !== undefined) you(f.oop, dollarsOf(inputs.oopLeft));
    else rows.push({ what: f.oop, value: w.noCap, from: w.notGiven });
  }
  if (cover === 'medicaid') {
    if (inputs.copay)
      you(
        f.copay.medicaid,
        rangeText(inputs.copay, w, (c) => dollarsOf(c)),
      );
    else rows.push({ what: f.copay.medicaid, value: w.orMore(money(0)), from: w.notGiven });
  }
  if (cover === 'medicare') {
    rows.push({ what: w.partBDeductible, value: site.deductible.text, from: w.fromSiteWith(site.deductible.from) });
    rows.push({ what: w.partBCoinsurance, value: site.coinsurance.text, from: w.fromSiteWith(site.coinsurance.from) });
  }
  return rows;
}

/** The estimate in words, in the page's language. */
export function explain(
  e: Extract<Estimate, { ok: true }>,
  inputs: Partial<CostInputs>,
  site: SiteTexts,
  lang: Lang,
): Explained {
  const w = COST_WORDS[lang];
  const low = stepsOf(e.low, e.cover, w);
  const high = stepsOf(e.high, e.cover, w);
  const same = low.join('\n') === high.join('\n');
  const endTotal = (s: Scenario) => (s.total === null ? w.range(0, null) : money(s.total));
  const notes: string[] = [];
  if (e.cover === 'plan' && inputs.oopLeft === undefined) notes.push(w.noCapNote);
  if (e.cover === 'medicare') notes.push(w.medicareNoCap);
  return {
    summary: w.range(e.range.low, e.range.high),
    sameEnds: same ? w.sameEnds : null,
    ends: same
      ? [{ title: null, steps: low }]
      : [
          { title: w.lowEnd(endTotal(e.low)), steps: low },
          { title: w.highEnd(e.high.total === null ? w.highUnknown : endTotal(e.high)), steps: high },
        ],
    notes,
    numbers: numbers(inputs, site, lang),
  };
}
