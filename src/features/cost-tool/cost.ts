/**
 * The cost worksheet's arithmetic: what a reader might pay for IOP, from what they know (days, weeks, prices, their
 * deductible and out-of-pocket maximum left) and the site's dated figures (Medicare's Part B deductible and
 * coinsurance). Pure and free of words and the DOM, so it runs in Node tests and in the browser alike.
 *
 * Money is counted in whole cents as the reader gives it, and worked out in ten-thousandths of a cent, so a
 * coinsurance such as 12.5% of a bill is exact; only what the reader sees is rounded, to whole dollars (half up).
 * Every amount grows with every input (more days, a higher price, more deductible left, a higher cap), so the low
 * end is worked out from the low end of every range and the high end from the high end.
 */

/** How the reader is covered. */
export const COVERS = ['medicare', 'medicaid', 'plan', 'none'] as const;
export type Cover = (typeof COVERS)[number];

/** After the deductible, a plan shares the cost by a copay per day or a coinsurance percent. */
export const SHARES = ['copay', 'pct'] as const;
export type Share = (typeof SHARES)[number];

/** A number the reader gave as one value (lo === hi) or as a range. */
export interface Range {
  lo: number;
  hi: number;
}

/** What the reader entered, checked and in working units (state.ts reads it from the form or the address). */
export interface CostInputs {
  cover: Cover;
  /** Whole days a week, 1 to 7. */
  daysPerWeek?: Range;
  /** Whole weeks, 0 to 52 (one plan year). */
  weeks?: Range;
  /** Cents for 1 day: the program's price, what the plan allows, or the Medicare-approved amount. */
  price?: Range;
  /** Cents per day: a plan's copay, or a Medicaid copay. */
  copay?: Range;
  /** A plan's coinsurance in hundredths of a percent (2000 = 20%). */
  pct?: number;
  /** Cents of deductible left this year; undefined = the reader does not know. */
  deductibleLeft?: number;
  /** Cents left before the out-of-pocket maximum; undefined = not known (no cap is counted). */
  oopLeft?: number;
  share?: Share;
}

/** The site's own figures on the build's day (src/model facts), in working units; null = not known that day. */
export interface SiteNumbers {
  /** Medicare Part B deductible, cents. */
  partBDeductible: number | null;
  /** Medicare Part B coinsurance, hundredths of a percent. */
  partBCoinsurance: number | null;
}

/** Boxes the estimate needs that are empty (state.ts names them the same way). */
export type Needed = 'cover' | 'days' | 'weeks' | 'price' | 'share' | 'pct' | 'copay' | 'coinsurance';

/** Where a deductible figure in a scenario came from. */
export type DeductibleFrom =
  | 'reader'
  /** Not given: this end counts none left. */
  | 'assumed-none'
  /** Not given (Medicare): this end counts the whole Part B deductible, the site's figure. */
  | 'assumed-site'
  /** Not given, and no figure bounds it: this end counts it as larger than the bills. */
  | 'assumed-all';

/** One end of the range for Medicare or a plan, worked out day by day. Money in whole dollars, rounded. */
export interface SharedScenario {
  kind: 'shared';
  daysPerWeek: number;
  weeks: number;
  days: number;
  /** Dollars (and cents) for 1 day, when the price was needed and given. */
  price: number | null;
  /** The bills for all days, when the price is known. */
  bills: number | null;
  deductible: {
    /** Dollars left at the start; null when this end counts it as larger than the bills. */
    left: number | null;
    from: DeductibleFrom;
    /** Dollars of the bills that went to the deductible. */
    paid: number;
    /** The day the deductible was used up (0: none was left), or null if the bills never used it up. */
    metOnDay: number | null;
  };
  share:
    | { kind: 'pct'; pct: number; rest: number; amount: number }
    | { kind: 'copay'; copay: number; days: number; fromDay: number; amount: number }
    | null;
  /** Deductible plus share, before any cap. */
  subtotal: number;
  /** The out-of-pocket maximum left, if given, and the day it was reached (null: not reached). */
  cap: { left: number; reachedOnDay: number | null } | null;
  total: number;
}

/** One end for Medicaid: a copay per day, or none. */
export interface CopayScenario {
  kind: 'copay';
  daysPerWeek: number;
  weeks: number;
  days: number;
  /** Dollars per day; null when not given (this end cannot be worked out). */
  copay: number | null;
  total: number | null;
}

/** One end with no insurance: the program's price for each day. */
export interface PriceScenario {
  kind: 'price';
  daysPerWeek: number;
  weeks: number;
  days: number;
  price: number;
  total: number;
}

export type Scenario = SharedScenario | CopayScenario | PriceScenario;

/** The estimate: the boxes still needed, or the two ends of the range (the same when nothing was a range). */
export type Estimate =
  | { ok: false; cover: Cover | null; needed: Needed[] }
  | { ok: true; cover: Cover; low: Scenario; high: Scenario; range: { low: number; high: number | null } };

/** Working units: ten-thousandths of a cent. */
const U = 10_000;
const DOLLAR = 100 * U;

/** Whole dollars from working units, half up. */
function dollars(u: number): number {
  return Math.round(u / DOLLAR);
}
/** Whole dollars from cents, half up. */
function centsToDollars(c: number): number {
  return Math.round(c / 100);
}
/** Dollars and cents, for a price or copay the reader gave for 1 day (shown as given: "$57.50"). */
function perDay(c: number): number {
  return c / 100;
}

/** The days a range of days a week and weeks makes at one end. */
function daysAt(inputs: CostInputs, end: 'lo' | 'hi') {
  const daysPerWeek = inputs.daysPerWeek![end];
  const weeks = inputs.weeks![end];
  return { daysPerWeek, weeks, days: daysPerWeek * weeks };
}

/**
 * One end of the range with a deductible, then a coinsurance or a copay for each day, up to an out-of-pocket cap:
 * day by day, so the day the deductible is used up and the day the cap is reached are known. `deductible` is in
 * cents, or Infinity when this end counts it as larger than the bills. `price` may be null only when no deductible
 * is left and the share is a copay (the bill is not needed then).
 */
export function sharedScenario(p: {
  daysPerWeek: number;
  weeks: number;
  price: number | null;
  deductible: number;
  deductibleFrom: DeductibleFrom;
  share: { kind: 'pct'; pct: number } | { kind: 'copay'; copay: number };
  oopLeft?: number;
}): SharedScenario {
  const days = p.daysPerWeek * p.weeks;
  const bill = p.price === null ? Infinity : p.price * U;
  let left = p.deductible === Infinity ? Infinity : p.deductible * U;
  const cap = p.oopLeft === undefined ? Infinity : p.oopLeft * U;
  let paid = 0;
  let share = 0;
  let rest = 0;
  let copayDays = 0;
  let fromDay = 0;
  let metOnDay: number | null = left === 0 ? 0 : null;
  let reachedOnDay: number | null = null;
  for (let day = 1; day <= days; day++) {
    const toDeductible = Math.min(left, bill);
    left -= toDeductible;
    paid += toDeductible;
    if (left === 0 && metOnDay === null) metOnDay = day;
    const after = bill - toDeductible;
    if (after > 0) {
      if (p.share.kind === 'pct') {
        rest += after;
        share += (after * p.share.pct) / U;
      } else {
        // A copay is never more than what is left of the day's bill.
        share += Math.min(p.share.copay * U, after);
        copayDays += 1;
        fromDay ||= day;
      }
    }
    if (reachedOnDay === null && paid + share >= cap && cap !== Infinity) reachedOnDay = day;
  }
  const paidDollars = dollars(paid);
  const shareDollars = dollars(share);
  const subtotal = paidDollars + shareDollars;
  const capped = reachedOnDay !== null;
  return {
    kind: 'shared',
    daysPerWeek: p.daysPerWeek,
    weeks: p.weeks,
    days,
    price: p.price === null ? null : perDay(p.price),
    bills: p.price === null ? null : dollars(bill * days),
    deductible: {
      left: p.deductible === Infinity ? null : centsToDollars(p.deductible),
      from: p.deductibleFrom,
      paid: paidDollars,
      metOnDay,
    },
    share:
      p.share.kind === 'pct'
        ? { kind: 'pct', pct: p.share.pct / 100, rest: dollars(rest), amount: shareDollars }
        : { kind: 'copay', copay: perDay(p.share.copay), days: copayDays, fromDay, amount: shareDollars },
    subtotal,
    cap: p.oopLeft === undefined ? null : { left: centsToDollars(p.oopLeft), reachedOnDay },
    total: capped ? Math.min(subtotal, centsToDollars(p.oopLeft!)) : subtotal,
  };
}

/** The boxes an estimate for these inputs still needs (empty when it can be worked out). */
export function needed(inputs: Partial<CostInputs>, site: SiteNumbers): Needed[] {
  if (!inputs.cover) return ['cover'];
  const out: Needed[] = [];
  if (!inputs.daysPerWeek) out.push('days');
  if (!inputs.weeks) out.push('weeks');
  switch (inputs.cover) {
    case 'none':
      if (!inputs.price) out.push('price');
      break;
    case 'medicare':
      if (!inputs.price) out.push('price');
      if (site.partBCoinsurance === null) out.push('coinsurance');
      break;
    case 'plan':
      if (!inputs.share) out.push('share');
      else if (inputs.share === 'pct' && inputs.pct === undefined) out.push('pct');
      else if (inputs.share === 'copay' && !inputs.copay) out.push('copay');
      // The bill is needed for a coinsurance, and to know when a deductible is used up.
      if (!inputs.price && (inputs.share !== 'copay' || inputs.deductibleLeft !== 0)) out.push('price');
      break;
    case 'medicaid':
      break;
  }
  return out;
}

/** Work out the estimate: each end of the range, or what is still needed. Never throws on missing boxes. */
export function estimate(inputs: Partial<CostInputs>, site: SiteNumbers): Estimate {
  const missing = needed(inputs, site);
  if (missing.length) return { ok: false, cover: inputs.cover ?? null, needed: missing };
  const i = inputs as CostInputs;
  const at = (end: 'lo' | 'hi'): Scenario => {
    const base = daysAt(i, end);
    switch (i.cover) {
      case 'none': {
        const price = i.price![end];
        return { kind: 'price', ...base, price: perDay(price), total: dollars(price * U * base.days) };
      }
      case 'medicaid': {
        const copay = i.copay ? i.copay[end] : end === 'lo' ? 0 : null;
        return {
          kind: 'copay',
          ...base,
          copay: copay === null ? null : perDay(copay),
          total: copay === null ? null : dollars(copay * U * base.days),
        };
      }
      case 'medicare':
      case 'plan': {
        const known = i.deductibleLeft !== undefined;
        const siteDeductible = i.cover === 'medicare' ? site.partBDeductible : null;
        const deductible = known
          ? i.deductibleLeft!
          : end === 'lo'
            ? 0
            : siteDeductible !== null
              ? siteDeductible
              : Infinity;
        const deductibleFrom: DeductibleFrom = known
          ? 'reader'
          : end === 'lo'
            ? 'assumed-none'
            : siteDeductible !== null
              ? 'assumed-site'
              : 'assumed-all';
        const share =
          i.cover === 'medicare'
            ? ({ kind: 'pct', pct: site.partBCoinsurance! } as const)
            : i.share === 'pct'
              ? ({ kind: 'pct', pct: i.pct! } as const)
              : ({ kind: 'copay', copay: i.copay![end] } as const);
        return sharedScenario({
          ...base,
          price: i.price ? i.price[end] : null,
          deductible,
          deductibleFrom,
          share,
          oopLeft: i.cover === 'plan' ? i.oopLeft : undefined,
        });
      }
    }
  };
  const low = at('lo');
  const high = at('hi');
  return { ok: true, cover: i.cover, low, high, range: { low: low.total ?? 0, high: high.total } };
}
