import { describe, expect, it } from 'vitest';
import { levelFact } from './levels';
import type { Level } from './levels-schema';

const levels = { iop: { hours: { adults: { min: 9 } }, medicare: { minHours: 9 } } } as unknown as Record<string, Level>;

describe('levelFact', () => {
  it('reads a number by dotted key', () => {
    expect(levelFact(levels, 'iop.hours.adults.min')).toBe(9);
  });
  it('names the key and file when a level or value is missing', () => {
    expect(() => levelFact(levels, 'xyz.hours')).toThrow('no level "xyz"');
    expect(() => levelFact(levels, 'iop.hours.teens.min')).toThrow('content/levels/iop.yaml has no number at "hours.teens.min"');
    expect(() => levelFact(levels, 'iop.hours')).toThrow(/no number/);
  });
});
