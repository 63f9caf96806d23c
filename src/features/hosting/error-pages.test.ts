// The server's own error pages: small, one heading, what happened in English and Spanish, and every crisis line.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { ERROR_STATUSES, errorPage, errorPageCss } from './error-pages';
import { contentSecurityPolicy } from './headers';
import { CRISIS_LINES, CRISIS_LINES_ES } from '../../lib/crisis';

/** A script hash as the caller passes it (the pages run no script; their <meta> policy is the site's). */
const HASH = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";

describe('error pages', () => {
  it.each(ERROR_STATUSES)('%s: tiny, one h1, both languages, every crisis line as a link', (status) => {
    const html = errorPage(status, [HASH]);
    expect(Buffer.byteLength(html)).toBeLessThan(4096);
    const { document } = parseHTML(html);
    expect(document.documentElement.getAttribute('lang')).toBe('en-US');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(document.querySelector('aside[lang="es-US"] h2')?.textContent).toBeTruthy();
    const links = [...document.querySelectorAll('footer a')].map((a) => [a.textContent, a.getAttribute('href')]);
    for (const a of [...CRISIS_LINES, ...CRISIS_LINES_ES].flatMap((l) => l.actions))
      expect(links).toContainEqual([a.label, a.href]);
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('head > meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      contentSecurityPolicy([HASH], { forMeta: true }),
    );
  });
  it('puts every link and asset under the base path', () => {
    const { document } = parseHTML(errorPage(414, [HASH], '/iop/'));
    const refs = [...document.querySelectorAll('[href]')]
      .map((e) => e.getAttribute('href')!)
      .filter((h) => h.startsWith('/'));
    expect(refs.length).toBeGreaterThan(5);
    expect(refs.filter((h) => !h.startsWith('/iop/'))).toEqual([]);
  });
  it('colours the crisis actions with the colours it is given, light and dark, and no others', () => {
    const css = errorPageCss({ light: '#123456', dark: '#abcdef' });
    expect(css).toContain('border: 2px solid #123456; border-radius: 0.375rem; color: #123456;');
    expect(css).toMatch(
      /@media \(prefers-color-scheme: dark\) \{ \.action \{ border-color: #abcdef; color: #abcdef; \} \}/,
    );
    expect(css.match(/#[0-9a-f]{3,8}\b/gi)?.sort()).toEqual(['#123456', '#123456', '#abcdef', '#abcdef']);
  });
});
