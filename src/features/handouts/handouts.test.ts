// Handouts' addresses and the short-address check against the link registry.
import { describe, expect, it } from 'vitest';
import { bareUrl, handoutAddresses, HANDOUT_CRISIS_LINES, shortLinkProblems } from './handouts';

const vs = { id: 'iop-vs-php', short: 'vs', article: 'iop-vs-php' };

describe('handout addresses', () => {
  it('opens the full article from the QR code, and gives a typeable short address, from the one site setting', () => {
    expect(handoutAddresses(vs, 'https://example.org')).toEqual({
      full: 'https://example.org/guide/iop-vs-php/',
      short: 'https://example.org/h/vs/',
      fullText: 'example.org/guide/iop-vs-php/',
      shortText: 'example.org/h/vs/',
    });
    expect(bareUrl('https://www.iopguide.org/h/ask/')).toBe('iopguide.org/h/ask/');
  });
  it('prints 988 (with its Spanish line), 911 and the SAMHSA helpline', () => {
    expect(HANDOUT_CRISIS_LINES.map((l) => l.id)).toEqual(['988', '988-spanish', '911', 'samhsa']);
  });
});

describe('short addresses in the link registry', () => {
  it('accepts a registered short address that opens the handout’s article', () => {
    expect(shortLinkProblems([vs], { '/h/vs/': '/guide/iop-vs-php/' })).toEqual([]);
  });
  it('names the file and the line to add when a short address is not registered', () => {
    expect(shortLinkProblems([vs], {})).toEqual([
      'content/handouts/iop-vs-php.mdx: short: /h/vs/ is not registered. Add "/h/vs/: /guide/iop-vs-php/" under "short:" in content/links.yaml.',
    ]);
  });
  it('rejects a short address that leads elsewhere, and one shared by two handouts', () => {
    expect(shortLinkProblems([vs], { '/h/vs/': '/guide/what-is-iop/' })[0]).toMatch(
      /leads to \/guide\/what-is-iop\/ in content\/links\.yaml, not to \/guide\/iop-vs-php\//,
    );
    const twice = shortLinkProblems([vs, { ...vs, id: 'other' }], { '/h/vs/': '/guide/iop-vs-php/' });
    expect(twice).toEqual(['content/handouts/other.mdx: short: "vs" is also used by iop-vs-php']);
  });
});
