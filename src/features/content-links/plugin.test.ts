import { describe, expect, it } from 'vitest';
import { isEnglishSitePath, rebase } from './plugin';

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

describe('links from Spanish pages', () => {
  it('tell an English site path from a Spanish one, a fragment or an outside link', () => {
    expect(isEnglishSitePath('/guide/attending-iop/')).toBe(true);
    expect(isEnglishSitePath('/compare/?levels=iop,php')).toBe(true);
    expect(isEnglishSitePath('/es/guide/paying-for-iop/')).toBe(false);
    expect(isEnglishSitePath('/es/')).toBe(false);
    expect(isEnglishSitePath('#medicare')).toBe(false);
    expect(isEnglishSitePath('https://www.cuidadodesalud.gov/es/')).toBe(false);
    expect(isEnglishSitePath('//cdn.example/x')).toBe(false);
  });
});
