import { describe, expect, it } from 'vitest';
import { langOfPath, localePaths, twinSitePath } from './lang';
import { UI } from './strings';

describe('languages by address', () => {
  it('reads the language from the path, under any base', () => {
    expect(langOfPath('/es/')).toBe('es');
    expect(langOfPath('/es/guide/what-is-iop/')).toBe('es');
    expect(langOfPath('/guide/what-is-iop/')).toBe('en');
    expect(langOfPath('/escalate/')).toBe('en');
    expect(langOfPath('/iop/es/faq/', '/iop/')).toBe('es');
    expect(langOfPath('/iop/faq/', '/iop/')).toBe('en');
  });

  it('gives each language its paths', () => {
    expect(localePaths('es', '/').article('paying-for-iop', 'medicare')).toBe('/es/guide/paying-for-iop/#medicare');
    expect(localePaths('en', '/').faqAnswer('keep-working')).toBe('/faq/keep-working/');
    expect(localePaths('es', '/iop/').home()).toBe('/iop/es/');
  });

  it('finds the twin page, keeping the section', () => {
    expect(twinSitePath('/guide/x/#medicare', 'es')).toBe('/es/guide/x/#medicare');
    expect(twinSitePath('/es/guide/x/', 'en')).toBe('/guide/x/');
    expect(twinSitePath('/es/', 'en')).toBe('/');
    expect(twinSitePath('/', 'es')).toBe('/es/');
  });

  it('has every frame word in both languages', () => {
    const keys = (o: object, at = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${at}${k}.`) : [`${at}${k}`],
      );
    expect(keys(UI.es)).toEqual(keys(UI.en));
  });
});
