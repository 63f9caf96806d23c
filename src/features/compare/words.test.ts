import { describe, expect, it } from 'vitest';
import { countOf } from './words';

describe('countOf', () => {
  it('uses the singular only for exactly 1', () => {
    expect(countOf(1, 'hour')).toBe('1 hour');
    expect([0, 2, 1.5, 20].map((n) => countOf(n, 'hour'))).toEqual(['0 hours', '2 hours', '1.5 hours', '20 hours']);
    expect(countOf(3, 'level')).toBe('3 levels');
    expect(countOf(2, 'day of care', 'days of care')).toBe('2 days of care');
  });
});
