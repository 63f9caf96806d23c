// The builder's output: addresses from the one site setting, short addresses only for whole pages, text messages in
// the page's language (English in one GSM-7 SMS, Spanish with its accents), and how many SMS a message takes.
import { describe, expect, it } from 'vitest';
import { buildLink, countText, pageLang, plainText, smsSize, SMS_LIMIT, SMS_LIMIT_ES, textMessage } from './link';

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

describe('a Spanish page’s text message', () => {
  const es = {
    path: '/es/guide/what-is-iop/',
    title: '¿Qué es un programa intensivo ambulatorio (IOP)?',
    short: '/es/h/what/',
  };
  it('is in Spanish, with its accents, and the Spanish short address', () => {
    expect(pageLang(es.path)).toBe('es');
    expect(pageLang('/guide/what-is-iop/')).toBe('en');
    expect(buildLink(es, undefined, site).message).toBe(
      'La página de la que hablamos, de IOP Guide: "¿Qué es un programa intensivo ambulatorio (IOP)?" https://iopguide.org/es/h/what/',
    );
  });
  it('fits two UCS-2 messages, shortening a long title at a word and keeping its accents', () => {
    const title =
      'Cómo se paga un IOP: seguro médico privado, Medicare, Medicaid, el Mercado de seguros y qué hacer si no tiene seguro';
    const message = textMessage(title, 'https://iopguide.org/es/guide/paying-for-iop/', 'es');
    expect(message.length).toBeLessThanOrEqual(SMS_LIMIT_ES);
    expect(message).toMatch(
      /^La página de la que hablamos, de IOP Guide: "Cómo se paga un IOP: seguro médico\.\.\." https:/,
    );
    expect(smsSize(message)).toMatchObject({ encoding: 'UCS-2', messages: 2 });
  });
});

describe('smsSize and countText', () => {
  it('counts GSM-7 text: 160 characters in one SMS, then 153 in each part', () => {
    expect(smsSize('a'.repeat(160))).toEqual({ length: 160, encoding: 'GSM-7', messages: 1 });
    expect(smsSize('a'.repeat(161))).toEqual({ length: 161, encoding: 'GSM-7', messages: 2 });
    expect(smsSize('a'.repeat(307)).messages).toBe(3);
  });
  it('keeps é, ñ, ü, ¿ and ¡ in GSM-7, and counts its extension characters (€, [, ]) twice', () => {
    expect(smsSize('¿Año? ¡Sí!').encoding).toBe('UCS-2');
    expect(smsSize('¿Niño? ¡Pequeño! él, güero').encoding).toBe('GSM-7');
    expect(smsSize('€5 [x]')).toEqual({ length: 9, encoding: 'GSM-7', messages: 1 });
  });
  it('counts UCS-2 when a letter such as á is outside GSM-7: 70 in one SMS, then 67 in each part', () => {
    expect(smsSize('á'.repeat(70))).toEqual({ length: 70, encoding: 'UCS-2', messages: 1, forcedBy: 'á' });
    expect(smsSize(`página ${'a'.repeat(64)}`)).toMatchObject({ length: 71, messages: 2, forcedBy: 'á' });
    expect(smsSize('curly “quotes”').forcedBy).toBe('“');
  });
  it('says how long a message is and how many SMS it takes, and why when accents make it more', () => {
    expect(countText('a'.repeat(98))).toBe('98 characters: one text message (up to 160 characters fit in one).');
    expect(countText(`página ${'a'.repeat(100)}`)).toBe(
      '107 characters: 2 text messages. Letters such as “á” are outside the basic text alphabet, so each message holds 70 characters (67 when split).',
    );
  });
});
