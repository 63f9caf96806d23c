import { describe, expect, it } from 'vitest';
import { rebase } from './plugin';

describe('content links under a base path', () => {
  it('put site paths under the base, and leave everything else alone', () => {
    expect(rebase('/guide/x/#medicare', '/iop/')).toBe('/iop/guide/x/#medicare');
    expect(rebase('/iop/guide/x/', '/iop/')).toBe('/iop/guide/x/');
    expect(rebase('https://www.samhsa.gov/', '/iop/')).toBe('https://www.samhsa.gov/');
    expect(rebase('//cdn.example/x', '/iop/')).toBe('//cdn.example/x');
    expect(rebase('#section', '/iop/')).toBe('#section');
    expect(rebase('/guide/x/', '/')).toBe('/guide/x/');
  });
});
