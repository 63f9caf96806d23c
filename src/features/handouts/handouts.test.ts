// Handouts' addresses and printed helplines (the short-address check is src/model/handout-links.test.ts).
import { describe, expect, it } from 'vitest';
import { handoutAddresses, HANDOUT_CRISIS_LINES } from './handouts';
import { HANDOUT_HEADINGS } from '../../lib/page-titles/handouts';
import { bareUrl } from '../../lib/urls';

const vs = { id: 'iop-vs-php', short: 'vs', article: 'iop-vs-php' };

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

describe('details a printout depends on', () => {
  it('strips only a leading http or https and www. from an address', () => {
    expect(bareUrl('http://example.org/h/vs/')).toBe('example.org/h/vs/');
    expect(bareUrl('https://example.org/h/vs/')).toBe('example.org/h/vs/');
    expect(bareUrl('example.org/go/?to=https://www.other.org/')).toBe('example.org/go/?to=https://www.other.org/');
  });
  it('has every layout heading in Spanish, translated', () => {
    expect(Object.keys(HANDOUT_HEADINGS.es).sort()).toEqual(Object.keys(HANDOUT_HEADINGS.en).sort());
    for (const [id, en] of Object.entries(HANDOUT_HEADINGS.en)) {
      const es = HANDOUT_HEADINGS.es[id as keyof typeof HANDOUT_HEADINGS.en];
      expect(es, id).toMatch(/\p{L}{3}/u);
      expect(es, id).not.toBe(en);
    }
  });
});
