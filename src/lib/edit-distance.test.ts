import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';

describe('editDistance', () => {
  it('counts inserts, deletes and substitutions', () => {
    expect(editDistance('therapy', 'therapy')).toBe(0);
    expect(editDistance('theraphy', 'therapy')).toBe(1);
    expect(editDistance('medicade', 'medicare')).toBe(1);
    expect(editDistance('councelling', 'counseling')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('confidentaility', 'confidentiality')).toBe(1);
    expect(editDistance('suicdie', 'suicide')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });
  it('stops early once the distance is more than max', () => {
    expect(editDistance('insurance', 'privacy', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('therapy', 'theraphy', 1)).toBe(1);
  });
});

describe('editDistance, swaps only of the same two letters', () => {
  it('does not count a shared letter in the next place as a swap', () => {
    expect(editDistance('ab', 'bc')).toBe(2);
    expect(editDistance('form', 'from')).toBe(1);
  });
});
