import { describe, expect, it } from 'vitest';
import { fragmentId } from './fragment';

describe('fragmentId', () => {
  it('reads a plain or an escaped fragment', () => {
    expect(fragmentId('#virtual-iop')).toBe('virtual-iop');
    expect(fragmentId('#%C3%A9xito')).toBe('éxito');
    expect(fragmentId('')).toBe('');
  });
  it('never throws on a malformed escape: it reads the fragment as written', () => {
    expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(fragmentId('#100%')).toBe('100%');
  });
});
