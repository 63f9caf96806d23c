// Handouts' addresses and the short-address check against the link registry.
import { describe, expect, it } from 'vitest';
import {
  bareUrl,
  handoutAddresses,
  HANDOUT_CRISIS_LINES,
  HANDOUT_HEADINGS,
  HANDOUT_HEADINGS_ES,
  shortLinkProblems,
} from './handouts';

const vs = { id: 'iop-vs-php', short: 'vs', article: 'iop-vs-php' };
const both = { '/h/vs/': '/guide/iop-vs-php/', '/p/vs/': '/handouts/iop-vs-php/' };

describe('handout addresses', () => {
  it('opens the full article from the QR code, and gives typeable short addresses, from the one site setting', () => {
    expect(handoutAddresses(vs, 'https://example.org')).toEqual({
      full: 'https://example.org/guide/iop-vs-php/',
      short: 'https://example.org/h/vs/',
      own: 'https://example.org/p/vs/',
      fullText: 'example.org/guide/iop-vs-php/',
      shortText: 'example.org/h/vs/',
      ownText: 'example.org/p/vs/',
    });
    expect(handoutAddresses(vs, 'https://example.org', 'es')).toMatchObject({
      shortText: 'example.org/es/h/vs/',
      ownText: 'example.org/es/p/vs/',
    });
    expect(bareUrl('https://www.iopguide.org/h/ask/')).toBe('iopguide.org/h/ask/');
  });
  it('prints 988 (with its Spanish line), 911 and the SAMHSA helpline', () => {
    expect(HANDOUT_CRISIS_LINES.map((l) => l.id)).toEqual(['988', '988-spanish', '911', 'samhsa']);
  });
});

describe('short addresses in the link registry', () => {
  it('accepts registered short addresses that open the handout’s article (/h/) and the handout itself (/p/)', () => {
    expect(shortLinkProblems([vs], both)).toEqual([]);
    expect(
      shortLinkProblems([vs], { '/es/h/vs/': '/es/guide/iop-vs-php/', '/es/p/vs/': '/es/handouts/iop-vs-php/' }, 'es'),
    ).toEqual([]);
  });
  it('names the file and the line to add when a short address is not registered', () => {
    expect(shortLinkProblems([vs], {})).toEqual([
      'content/handouts/iop-vs-php.mdx: short: /h/vs/ is not registered. Add "/h/vs/: /guide/iop-vs-php/" under "short:" in content/links.yaml.',
      'content/handouts/iop-vs-php.mdx: short: /p/vs/ is not registered. Add "/p/vs/: /handouts/iop-vs-php/" under "short:" in content/links.yaml.',
    ]);
  });
  it('rejects a short address that leads elsewhere, and one shared by two handouts', () => {
    expect(shortLinkProblems([vs], { ...both, '/h/vs/': '/guide/what-is-iop/' })).toEqual([
      'content/handouts/iop-vs-php.mdx: short: /h/vs/ leads to /guide/what-is-iop/ in content/links.yaml, not to /guide/iop-vs-php/, the page this handout sums up.',
    ]);
    expect(shortLinkProblems([vs], { ...both, '/p/vs/': '/guide/iop-vs-php/' })[0]).toMatch(
      /\/p\/vs\/ leads to \/guide\/iop-vs-php\/ in content\/links\.yaml, not to \/handouts\/iop-vs-php\/, this handout/,
    );
    const twice = shortLinkProblems([vs, { ...vs, id: 'other' }], { ...both, '/p/vs/': '/handouts/iop-vs-php/' });
    expect(twice[0]).toBe('content/handouts/other.mdx: short: "vs" is also used by iop-vs-php');
  });
});

describe('details a printout depends on', () => {
  it('strips only a leading http or https and www. from an address', () => {
    expect(bareUrl('http://example.org/h/vs/')).toBe('example.org/h/vs/');
    expect(bareUrl('https://example.org/h/vs/')).toBe('example.org/h/vs/');
    expect(bareUrl('example.org/go/?to=https://www.other.org/')).toBe('example.org/go/?to=https://www.other.org/');
  });
  it('names the Spanish handout file when its short address is missing', () => {
    expect(shortLinkProblems([vs], { '/es/p/vs/': '/es/handouts/iop-vs-php/' }, 'es')).toEqual([
      'content/es/handouts/iop-vs-php.mdx: short: /es/h/vs/ is not registered. Add "/es/h/vs/: /es/guide/iop-vs-php/" under "short:" in content/links.yaml.',
    ]);
  });
  it('has every layout heading in Spanish, translated', () => {
    expect(Object.keys(HANDOUT_HEADINGS_ES).sort()).toEqual(Object.keys(HANDOUT_HEADINGS).sort());
    for (const [id, en] of Object.entries(HANDOUT_HEADINGS)) {
      const es = HANDOUT_HEADINGS_ES[id as keyof typeof HANDOUT_HEADINGS];
      expect(es, id).toMatch(/\p{L}{3}/u);
      expect(es, id).not.toBe(en);
    }
  });
});
