import { describe, expect, it } from 'vitest';
import { soonest } from './dates';

describe('soonest', () => {
  it('picks the earliest date, whatever the order', () => {
    const [a, b, c] = ['2027-11-22', '2026-12-31', '2027-01-01'].map((s) => new Date(`${s}T00:00:00Z`));
    expect(soonest(a, b, c)).toBe(b);
    expect(soonest(a)).toBe(a);
  });
});
