// The worksheet's arithmetic for each kind of coverage: deductibles, coinsurance, copays, out-of-pocket caps, ranges,
// zero weeks and rounding to whole dollars.
import { describe, expect, it } from 'vitest';
import { estimate, needed, type CostInputs, type Estimate, type SharedScenario, type SiteNumbers } from './cost';

/** The site's figures for 2026: a $283 Part B deductible and 20% coinsurance (in cents and hundredths of a percent). */
const SITE: SiteNumbers = { partBDeductible: 28_300, partBCoinsurance: 2_000 };
/** After 2026 the registry no longer knows the deductible. */
const SITE_2027: SiteNumbers = { partBDeductible: null, partBCoinsurance: 2_000 };

const one = (n: number) => ({ lo: n, hi: n });
const usd = (n: number) => Math.round(n * 100);
const ok = (e: Estimate) => {
  if (!e.ok) throw new Error(`not worked out: needs ${e.needed.join(', ')}`);
  return e;
};
const shared = (s: unknown) => s as SharedScenario;

describe('no insurance', () => {
  it('is the price for a day times the days', () => {
    const e = ok(estimate({ cover: 'none', daysPerWeek: one(3), weeks: one(8), price: one(usd(250)) }, SITE));
    expect(e.range).toEqual({ low: 6000, high: 6000 });
  });
  it('gives a range when the reader gives one (days, weeks and price)', () => {
    const e = ok(
      estimate(
        {
          cover: 'none',
          daysPerWeek: { lo: 3, hi: 5 },
          weeks: { lo: 6, hi: 12 },
          price: { lo: usd(200), hi: usd(300) },
        },
        SITE,
      ),
    );
    // Low: 3 x 6 = 18 days at $200; high: 5 x 12 = 60 days at $300.
    expect(e.range).toEqual({ low: 3600, high: 18000 });
  });
  it('rounds to whole dollars, half up', () => {
    const e = ok(estimate({ cover: 'none', daysPerWeek: one(3), weeks: one(1), price: one(usd(33.33)) }, SITE));
    expect(e.range.low).toBe(100); // $99.99
    const half = ok(estimate({ cover: 'none', daysPerWeek: one(1), weeks: one(1), price: one(usd(10.5)) }, SITE));
    expect(half.range.low).toBe(11);
  });
  it('is $0 for 0 weeks', () => {
    const e = ok(estimate({ cover: 'none', daysPerWeek: one(3), weeks: one(0), price: one(usd(250)) }, SITE));
    expect(e.range).toEqual({ low: 0, high: 0 });
    expect(e.low.days).toBe(0);
  });
  it('needs the price, the days and the weeks', () => {
    expect(needed({ cover: 'none' }, SITE)).toEqual(['days', 'weeks', 'price']);
    expect(estimate({}, SITE)).toEqual({ ok: false, cover: null, needed: ['cover'] });
  });
});

describe('a plan with a coinsurance', () => {
  const base: Partial<CostInputs> = {
    cover: 'plan',
    daysPerWeek: one(3),
    weeks: one(8),
    price: one(usd(250)),
    share: 'pct',
    pct: 2000,
  };
  it('is the deductible left, then the percent of the rest', () => {
    const e = ok(estimate({ ...base, deductibleLeft: usd(600) }, SITE));
    const s = shared(e.low);
    expect(s.bills).toBe(6000);
    expect(s.deductible).toMatchObject({ paid: 600, metOnDay: 3, from: 'reader' });
    expect(s.share).toEqual({ kind: 'pct', pct: 20, rest: 5400, amount: 1080 });
    expect(e.range).toEqual({ low: 1680, high: 1680 });
  });
  it('pays the whole bill when the deductible left is larger than the total', () => {
    const e = ok(estimate({ ...base, deductibleLeft: usd(8000) }, SITE));
    const s = shared(e.low);
    expect(s.deductible).toMatchObject({ paid: 6000, metOnDay: null });
    expect(s.share).toMatchObject({ rest: 0, amount: 0 });
    expect(e.range.low).toBe(6000);
  });
  it('stops at the out-of-pocket maximum left, and says on which day it is reached', () => {
    const e = ok(estimate({ ...base, deductibleLeft: usd(600), oopLeft: usd(1000) }, SITE));
    const s = shared(e.low);
    // Day 3 ends the deductible ($600); each later day adds 20% of $250 = $50: $1,000 is reached on day 11.
    expect(s.cap).toEqual({ left: 1000, reachedOnDay: 11 });
    expect(s.subtotal).toBe(1680);
    expect(s.total).toBe(1000);
    expect(e.range).toEqual({ low: 1000, high: 1000 });
  });
  it('counts the cap as not reached when the total stays under it', () => {
    const s = shared(ok(estimate({ ...base, deductibleLeft: usd(600), oopLeft: usd(5000) }, SITE)).low);
    expect(s.cap).toEqual({ left: 5000, reachedOnDay: null });
    expect(s.total).toBe(1680);
  });
  it('with 0% coinsurance, pays only the deductible', () => {
    const e = ok(estimate({ ...base, pct: 0, deductibleLeft: usd(600) }, SITE));
    expect(e.range.low).toBe(600);
  });
  it('with 100% coinsurance, pays every bill (up to the cap)', () => {
    expect(ok(estimate({ ...base, pct: 10_000, deductibleLeft: usd(600) }, SITE)).range.low).toBe(6000);
    expect(ok(estimate({ ...base, pct: 10_000, deductibleLeft: 0, oopLeft: usd(2500) }, SITE)).range.low).toBe(2500);
  });
  it('works out a percent with cents exactly before rounding', () => {
    // 12.5% of 24 x $99.99 = $299.97.
    const e = ok(estimate({ ...base, price: one(usd(99.99)), pct: 1250, deductibleLeft: 0 }, SITE));
    expect(shared(e.low).share).toMatchObject({ rest: 2400, amount: 300 });
  });
  it('without the deductible left, the low end counts none left and the high end the whole bill', () => {
    const e = ok(estimate(base, SITE));
    expect(shared(e.low).deductible.from).toBe('assumed-none');
    expect(shared(e.high).deductible).toMatchObject({ from: 'assumed-all', left: null, paid: 6000 });
    expect(e.range).toEqual({ low: 1200, high: 6000 });
  });
  it('without the deductible left, a known cap still bounds the high end', () => {
    expect(ok(estimate({ ...base, oopLeft: usd(3000) }, SITE)).range).toEqual({ low: 1200, high: 3000 });
  });
  it('needs the share, its percent and the price', () => {
    expect(needed({ cover: 'plan', daysPerWeek: one(3), weeks: one(8) }, SITE)).toEqual(['share', 'price']);
    expect(needed({ ...base, pct: undefined }, SITE)).toEqual(['pct']);
    expect(needed({ ...base, price: undefined }, SITE)).toEqual(['price']);
  });
});

describe('a plan with a copay', () => {
  const base: Partial<CostInputs> = {
    cover: 'plan',
    daysPerWeek: one(3),
    weeks: one(8),
    price: one(usd(250)),
    share: 'copay',
    copay: one(usd(40)),
  };
  it('is the deductible, then the copay for each day from the day it is used up', () => {
    const s = shared(ok(estimate({ ...base, deductibleLeft: usd(600) }, SITE)).low);
    // Days 1-2 pay $500 of the deductible; day 3 pays the last $100 and a copay: 22 copay days (3 to 24).
    expect(s.deductible).toMatchObject({ paid: 600, metOnDay: 3 });
    expect(s.share).toEqual({ kind: 'copay', copay: 40, days: 22, fromDay: 3, amount: 880 });
    expect(s.total).toBe(1480);
  });
  it('needs no price when no deductible is left', () => {
    expect(needed({ ...base, price: undefined, deductibleLeft: 0 }, SITE)).toEqual([]);
    const s = shared(ok(estimate({ ...base, price: undefined, deductibleLeft: 0 }, SITE)).low);
    expect(s.bills).toBeNull();
    expect(s.total).toBe(960);
  });
  it('never charges a copay above what is left of a day’s bill', () => {
    const s = shared(ok(estimate({ ...base, copay: one(usd(300)), deductibleLeft: 0 }, SITE)).low);
    expect(s.total).toBe(6000);
  });
  it('gives a range for a copay range', () => {
    const e = ok(estimate({ ...base, copay: { lo: usd(20), hi: usd(40) }, deductibleLeft: 0 }, SITE));
    expect(e.range).toEqual({ low: 480, high: 960 });
  });
  it('stops at the cap mid-way', () => {
    const s = shared(ok(estimate({ ...base, deductibleLeft: 0, oopLeft: usd(500) }, SITE)).low);
    expect(s.cap).toEqual({ left: 500, reachedOnDay: 13 }); // 13 x $40 = $520
    expect(s.total).toBe(500);
  });
});

describe('Original Medicare (Part B)', () => {
  const base: Partial<CostInputs> = {
    cover: 'medicare',
    daysPerWeek: one(3),
    weeks: one(8),
    price: one(usd(200)),
  };
  it('is the Part B deductible left, then 20% of the Medicare-approved amount', () => {
    const e = ok(estimate({ ...base, deductibleLeft: usd(283) }, SITE));
    // 24 x $200 = $4,800; $283 to the deductible; 20% of $4,517 = $903.40.
    expect(shared(e.low).share).toMatchObject({ rest: 4517, amount: 903 });
    expect(e.range).toEqual({ low: 1186, high: 1186 });
  });
  it('without the deductible left, runs from none left to the whole Part B deductible (the site’s figure)', () => {
    const e = ok(estimate(base, SITE));
    expect(shared(e.low).deductible.from).toBe('assumed-none');
    expect(shared(e.high).deductible).toMatchObject({ from: 'assumed-site', left: 283 });
    expect(e.range).toEqual({ low: 960, high: 1186 });
  });
  it('once the deductible is not known (2027), never uses the 2026 amount: the high end counts the whole bill', () => {
    const e = ok(estimate(base, SITE_2027));
    expect(shared(e.high).deductible.from).toBe('assumed-all');
    expect(e.range).toEqual({ low: 960, high: 4800 });
    // With the reader's own figure, it is exact again.
    expect(ok(estimate({ ...base, deductibleLeft: usd(300) }, SITE_2027)).range.low).toBe(1200); // $300 + 20% of $4,500
  });
  it('counts no out-of-pocket maximum (Original Medicare has none)', () => {
    const e = ok(estimate({ ...base, deductibleLeft: 0, oopLeft: usd(10) }, SITE));
    expect(shared(e.low).cap).toBeNull();
    expect(e.range.low).toBe(960);
  });
  it('needs the Medicare-approved amount for a day', () => {
    expect(needed({ cover: 'medicare', daysPerWeek: one(3), weeks: one(8) }, SITE)).toEqual(['price']);
  });
});

describe('Medicaid', () => {
  it('is $0 without a copay, with no top known until the reader enters one', () => {
    const e = ok(estimate({ cover: 'medicaid', daysPerWeek: one(3), weeks: one(8) }, SITE));
    expect(e.range).toEqual({ low: 0, high: null });
  });
  it('is the copay times the days', () => {
    const e = ok(
      estimate({ cover: 'medicaid', daysPerWeek: one(3), weeks: one(8), copay: { lo: 0, hi: usd(4) } }, SITE),
    );
    expect(e.range).toEqual({ low: 0, high: 96 });
  });
  it('needs only the days and weeks', () => {
    expect(needed({ cover: 'medicaid' }, SITE)).toEqual(['days', 'weeks']);
  });
});
