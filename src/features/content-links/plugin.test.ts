import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { contentLinks, isEnglishOutsideLink, isEnglishSitePath, rebase } from './plugin';

/** Compile MDX as if it were a Spanish content file. */
const spanish = (mdx: string) =>
  (
    mdxToJs(mdx, {
      hastPlugins: [contentLinks('/')],
      fileURL: new URL('file:///site/content/es/faq/x.mdx'),
    }) as { code: string }
  ).code;

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

describe('outside links from Spanish pages', () => {
  it('tell an English outside site from a Spanish edition', () => {
    expect(isEnglishOutsideLink('https://findtreatment.gov/')).toBe(true);
    expect(isEnglishOutsideLink('https://988lifeline.org/')).toBe(true);
    expect(isEnglishOutsideLink('https://www.cuidadodesalud.gov/es/')).toBe(false);
    expect(isEnglishOutsideLink('https://es.medicare.gov/')).toBe(false);
    expect(isEnglishOutsideLink('/guide/x/')).toBe(false);
  });
  it('mark an English outside link "(en inglés)" once, and leave a Spanish edition alone', () => {
    const js = spanish(
      'Busque en [FindTreatment.gov](https://findtreatment.gov/) o en [CuidadoDeSalud.gov](https://www.cuidadodesalud.gov/es/).\n\n' +
        'Busque en [FindTreatment.gov](https://findtreatment.gov/) (en inglés).\n',
    );
    expect(js.match(/\(en inglés\)/g)).toHaveLength(2);
    expect(js.match(/hrefLang: "en"|hreflang: "en"/g)).toHaveLength(1);
  });
});
