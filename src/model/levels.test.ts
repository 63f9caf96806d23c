import { describe, expect, it } from 'vitest';
import { levelFact, levelKeysIn } from './levels';
import { readKind, readLevels } from './read';
import type { Level } from './levels-schema';

const levels = { iop: { hours: { adults: { min: 9 } }, medicare: { minHours: 9 } } } as unknown as Record<
  string,
  Level
>;

describe('levelFact', () => {
  it('reads a number by dotted key', () => {
    expect(levelFact(levels, 'iop.hours.adults.min')).toBe(9);
  });
  it('names the key and file when a level or value is missing', () => {
    expect(() => levelFact(levels, 'xyz.hours')).toThrow('no level "xyz"');
    expect(() => levelFact(levels, 'iop.hours.teens.min')).toThrow(
      'content/levels/iop.yaml has no number at "hours.teens.min"',
    );
    expect(() => levelFact(levels, 'iop.hours')).toThrow(/no number/);
  });
});

describe('<N k="..." /> in the real content', () => {
  it('finds the keys in a text', () => {
    expect(levelKeysIn('At least <N k="iop.hours.adults.min" /> hours, or <N  k="php.hours.adults.min"/>.')).toEqual([
      'iop.hours.adults.min',
      'php.hours.adults.min',
    ]);
  });
  it('every key used in content/ resolves to a number in content/levels (the prose and the data agree)', () => {
    const data = readLevels();
    const docs = (['articles', 'faq', 'pages', 'handouts'] as const).flatMap((k) => readKind(k));
    const uses = docs.flatMap((d) => levelKeysIn(d.body).map((key) => ({ file: d.file, key })));
    expect(uses.length).toBeGreaterThan(5);
    const bad = uses.flatMap(({ file, key }) => {
      try {
        levelFact(data, key);
        return [];
      } catch (e) {
        return [`${file}: ${(e as Error).message}`];
      }
    });
    expect(bad).toEqual([]);
  });
});
