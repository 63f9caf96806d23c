/**
 * What the builder makes from a choice: the full address, the short one where it exists, and a text message in the
 * chosen page's language, with how many characters and text messages (SMS segments) it takes. Pure and small, so the
 * browser script stays small and Node tests reach it.
 */
import { count as smsCount } from 'sms-length';
import { siteUrl } from '../../lib/urls';
import { SITE_NAME } from '../../lib/site.ts';

/**
 * The longest English text message: 160 characters of the GSM 7-bit alphabet, one SMS. A Spanish one keeps its
 * accents, and "á", "í", "ó" and "ú" are not in that alphabet, so it goes as UCS-2: 70 characters in one SMS, 67 in
 * each part of a longer one; it may take two parts.
 */
export const SMS_LIMIT = 160;
export const SMS_LIMIT_ES = 2 * 67;

/** The language of a page from its site path ("/es/..." is Spanish). */
export function pageLang(path: string): 'en' | 'es' {
  return /^\/es\//.test(path) ? 'es' : 'en';
}

/** How a text message travels: its length as the phone counts it, its alphabet, and how many SMS it takes. */
export interface SmsSize {
  length: number;
  /** GSM-7 (160 characters to one SMS) or UCS-2 (70). */
  encoding: 'GSM-7' | 'UCS-2';
  /** SMS messages (segments) the text is split into. */
  messages: number;
  /** The first character that forces UCS-2, if any ("á"). */
  forcedBy?: string;
}

/**
 * The size of a text message, from sms-length (a small, maintained counter of GSM-7, its extension table and UCS-2):
 * GSM-7 extension characters such as "€" count twice, and any character outside GSM-7 (most accents except é, è, ñ,
 * ü and a few more) makes the whole message UCS-2.
 */
export function smsSize(text: string): SmsSize {
  const c = smsCount(text);
  const encoding = c.encoding === 'UTF16' ? 'UCS-2' : 'GSM-7';
  const forcedBy = encoding === 'UCS-2' ? [...text].find((ch) => smsCount(ch).encoding === 'UTF16') : undefined;
  return { length: c.length, encoding, messages: c.messages, ...(forcedBy ? { forcedBy } : {}) };
}

/** The line under the text message (the builder is for clinics, in English): its length and how many SMS it takes. */
export function countText(message: string): string {
  const s = smsSize(message);
  const parts = `${s.length} characters: ${s.messages === 1 ? 'one text message' : `${s.messages} text messages`}`;
  return s.encoding === 'GSM-7'
    ? `${parts} (up to ${SMS_LIMIT} characters fit in one).`
    : `${parts}. Letters such as “${s.forcedBy}” are outside the basic text alphabet, so each message holds 70 characters (67 when split).`;
}

/** What the builder shows for one choice. */
export interface BuiltLink {
  /** The absolute address of the page, or of the section when one is picked. */
  url: string;
  /** The absolute short address, for a whole page that has one. */
  short?: string;
  /** A ready text message in the page's language, with the shortest working address. */
  message: string;
}

/** The link for a page (`path`, with `short` when it has a short address) and an optional section. */
export function buildLink(
  choice: { path: string; title: string; short?: string },
  section: { id: string; title: string } | undefined,
  site: string,
): BuiltLink {
  const url = siteUrl(choice.path + (section ? `#${section.id}` : ''), site);
  const short = choice.short && !section ? siteUrl(choice.short, site) : undefined;
  const title = section ? `${section.title} (${choice.title})` : choice.title;
  return { url, ...(short ? { short } : {}), message: textMessage(title, short ?? url, pageLang(choice.path)) };
}

/** Curly quotes, dashes and ellipses as their plain forms (one keystroke each on any phone). */
function plainPunctuation(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/…/g, '...');
}

/**
 * English text as the GSM 7-bit alphabet sends it in one SMS: plain punctuation and accents dropped (one character
 * outside it would make a phone send the message as several).
 */
export function plainText(text: string): string {
  return plainPunctuation(text)
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '');
}

/** The words around the page's title in a text message, in each language. */
const LEAD = {
  en: `The page we talked about, from ${SITE_NAME}: `,
  es: `La página de la que hablamos, de ${SITE_NAME}: `,
} as const;

/**
 * A ready text message: who it is from, what the page is and its address, in the page's language. English fits one
 * SMS (SMS_LIMIT, GSM-7); Spanish keeps its accents and fits two UCS-2 parts (SMS_LIMIT_ES). A long title is
 * shortened at a word; if even the address alone is too long, the message is the address.
 */
export function textMessage(title: string, url: string, lang: 'en' | 'es' = 'en'): string {
  const lead = LEAD[lang];
  const limit = lang === 'es' ? SMS_LIMIT_ES : SMS_LIMIT;
  const name = lang === 'es' ? plainPunctuation(title) : plainText(title);
  const whole = `${lead}"${name}" ${url}`;
  if (whole.length <= limit) return whole;
  const room = limit - lead.length - url.length - 6; // quotes, space, "..."
  if (room < 12) return `${lead}${url}`.length <= limit ? `${lead}${url}` : url;
  const cut = name.slice(0, room);
  return `${lead}"${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}..." ${url}`;
}
