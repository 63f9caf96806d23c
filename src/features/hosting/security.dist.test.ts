// The security headers on the built site: no inline script runs unless the policy names its hash, the policy never
// allows 'unsafe-inline', and every page carries the <meta> fallback for hosts that cannot send headers.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtPages } from '../../../tests/helpers/dist';
import { contentSecurityPolicy, securityHeaders } from './headers';
import { cspHash } from '../../lib/csp-hash';
import { INLINE_SCRIPT_HASHES, THEME_BOOTSTRAP } from '../theme/head-script';
import { inlineScripts, redirectsFile } from './build/integration';
import { readRedirects } from '../../model/link-registry';

const pages = builtPages();

describe('the Content-Security-Policy', () => {
  it('allows no inline script or style except by hash, no plugins, no framing, and WebAssembly only for search', () => {
    const policy = contentSecurityPolicy(INLINE_SCRIPT_HASHES);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
    for (const d of [
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      "style-src 'self'",
    ])
      expect(policy).toContain(d);
    expect(contentSecurityPolicy(INLINE_SCRIPT_HASHES, { forMeta: true })).not.toContain('frame-ancestors');
  });
  it('knows the hash of the one inline script', () => {
    expect(INLINE_SCRIPT_HASHES).toEqual([cspHash(THEME_BOOTSTRAP)]);
    expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
  it('ships dist/_headers with every security header, HSTS included (these hosts serve HTTPS)', () => {
    const text = readFileSync('dist/_headers', 'utf8');
    for (const [k, v] of Object.entries(securityHeaders(INLINE_SCRIPT_HASHES, { https: true })))
      expect(text).toContain(`  ${k}: ${v}`);
    expect(securityHeaders([], { https: false })).not.toHaveProperty('Strict-Transport-Security');
  });
  it('every page: each inline script has a known hash, and the <meta> policy comes first in <head>', () => {
    const problems: string[] = [];
    for (const p of pages) {
      for (const s of inlineScripts(p.html))
        if (!INLINE_SCRIPT_HASHES.includes(cspHash(s)))
          problems.push(`${p.path}: unknown inline script ${s.slice(0, 40)}`);
      const first = p.document.querySelector('head > meta[http-equiv]');
      if (first?.getAttribute('content') !== contentSecurityPolicy(INLINE_SCRIPT_HASHES, { forMeta: true }))
        problems.push(`${p.path}: no <meta> CSP`);
      if (p.document.querySelector('[style]'))
        problems.push(`${p.path}: a style attribute (style-src has no 'unsafe-inline')`);
      if (/\son[a-z]+=/i.test(p.html.replace(/<script[\s\S]*?<\/script>/g, '')))
        problems.push(`${p.path}: an inline event handler`);
    }
    expect(problems).toEqual([]);
  });
  it('ships dist/_redirects with every moved page and short address as a 301', () => {
    const redirects = readRedirects();
    expect(readFileSync('dist/_redirects', 'utf8')).toBe(redirectsFile(redirects));
    expect(redirectsFile({ '/h/vs/': '/handouts/iop-vs-php/' })).toContain('/h/vs/ /handouts/iop-vs-php/ 301');
  });
  it('also lands short addresses typed in capitals, and serves the Spanish 404 page under /es/, last', () => {
    const file = redirectsFile({ '/h/vs/': '/guide/iop-vs-php/', '/guide/old/': '/guide/new/' }).trim().split('\n');
    expect(file).toContain('/H/VS/ /guide/iop-vs-php/ 301');
    expect(file).toContain('/H/ /h/ 301');
    expect(file).toContain('/ES/H/ /es/h/ 301');
    expect(file).not.toContain('/GUIDE/OLD/ /guide/new/ 301');
    expect(file.at(-1)).toBe('/es/* /es/404.html 404');
    const based = redirectsFile({ '/es/p/vs/': '/es/handouts/iop-vs-php/' }, '/iop/').trim().split('\n');
    expect(based).toContain('/iop/ES/P/VS/ /iop/es/handouts/iop-vs-php/ 301');
    expect(based.at(-1)).toBe('/iop/es/* /iop/es/404.html 404');
  });
});
