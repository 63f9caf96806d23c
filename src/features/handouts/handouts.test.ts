// Handouts' addresses and printed helplines (the short-address check is src/model/handout-links.test.ts).
import { describe, expect, it } from 'vitest';
import { handoutAddresses, HANDOUT_CRISIS_LINES } from './handouts';
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
