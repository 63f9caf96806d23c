// The handouts' short-address check against the link registry.
import { describe, expect, it } from 'vitest';
import { shortLinkProblems } from './handout-links';

const vs = { id: 'iop-vs-php', short: 'vs', article: 'iop-vs-php' };
const both = { '/h/vs/': '/guide/iop-vs-php/', '/p/vs/': '/handouts/iop-vs-php/' };

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
  it('names the Spanish handout file when its short address is missing', () => {
    expect(shortLinkProblems([vs], { '/es/p/vs/': '/es/handouts/iop-vs-php/' }, 'es')).toEqual([
      'content/es/handouts/iop-vs-php.mdx: short: /es/h/vs/ is not registered. Add "/es/h/vs/: /es/guide/iop-vs-php/" under "short:" in content/links.yaml.',
    ]);
  });
});
