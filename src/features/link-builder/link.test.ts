// The builder's output: addresses from the one site setting, short addresses only for whole pages, and text
// messages that always fit one SMS in the GSM alphabet.
import { describe, expect, it } from 'vitest';
import { buildLink, plainText, SMS_LIMIT, textMessage } from './link';

const site = 'https://iopguide.org';
const vs = { path: '/guide/iop-vs-php/', title: 'IOP vs PHP and other levels of care', short: '/h/vs/' };

describe('buildLink', () => {
  it('gives the page, its short address, and a message with the short address', () => {
    const link = buildLink(vs, undefined, site);
    expect(link.url).toBe('https://iopguide.org/guide/iop-vs-php/');
    expect(link.short).toBe('https://iopguide.org/h/vs/');
    expect(link.message).toBe(
      'The page we talked about, from IOP Guide: "IOP vs PHP and other levels of care" https://iopguide.org/h/vs/',
    );
  });
  it('links a section with its anchor, and then has no short address (short ones open the whole page)', () => {
    const link = buildLink(vs, { id: 'how-iop-and-php-differ', title: 'How IOP and PHP differ' }, site);
    expect(link.url).toBe('https://iopguide.org/guide/iop-vs-php/#how-iop-and-php-differ');
    expect(link.short).toBeUndefined();
    expect(link.message).toContain('"How IOP and PHP differ (IOP vs PHP and other..."');
    expect(link.message.length).toBeLessThanOrEqual(SMS_LIMIT);
    expect(link.message.endsWith(link.url)).toBe(true);
  });
  it('keeps a comparison preset’s query', () => {
    const preset = { path: '/compare/?levels=iop,php&diff=1', title: 'Compare IOP and PHP' };
    expect(buildLink(preset, undefined, 'https://example.org/').url).toBe(
      'https://example.org/compare/?levels=iop,php&diff=1',
    );
  });
});

describe('textMessage', () => {
  const gsm = /^[\x20-\x7e]*$/;
  it('fits one SMS, shortening a long title at a word', () => {
    const title =
      'Can I keep my job, my health insurance and my benefits while I go to an intensive outpatient program?';
    const url = 'https://iopguide.org/faq/keep-working/';
    const message = textMessage(title, url);
    expect(message.length).toBeLessThanOrEqual(SMS_LIMIT);
    expect(message).toMatch(/ [a-z]+\.\.\." https:\/\/iopguide\.org\/faq\/keep-working\/$/);
    expect(message).toMatch(gsm);
  });
  it('falls back to the address when even a short title cannot fit', () => {
    const url = `https://iopguide.org/guide/${'a'.repeat(80)}/`;
    expect(textMessage('A title that is much too long to fit here', url)).toBe(
      `The page we talked about, from IOP Guide: ${url}`,
    );
    expect(textMessage('A title', `https://iopguide.org/${'a'.repeat(150)}/`)).toMatch(/^https:/);
  });
  it('writes curly quotes, dashes and accents in the GSM alphabet', () => {
    expect(plainText('I’m “here” – café…')).toBe('I\'m "here" - cafe...');
    expect(textMessage('I’m looking – for “you”', 'https://x.org/')).toMatch(gsm);
  });
});
