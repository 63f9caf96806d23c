/**
 * What the builder makes from a choice: the full address, the short one where it exists, and a text message. Pure and
 * small, so the browser script stays small and Node tests reach it.
 */
import { siteUrl } from '../../lib/urls';
import { SITE_NAME } from '../../lib/site.ts';

/** The longest text message that still goes as one SMS (160 characters of the GSM 7-bit alphabet). */
export const SMS_LIMIT = 160;

/** The line under the text message: how long it is. */
export function countText(message: string): string {
  return `${message.length} of ${SMS_LIMIT} characters`;
}

/** What the builder shows for one choice. */
export interface BuiltLink {
  /** The absolute address of the page, or of the section when one is picked. */
  url: string;
  /** The absolute short address, for a whole page that has one. */
  short?: string;
  /** A ready text message with the shortest working address, at most SMS_LIMIT characters. */
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
  return { url, ...(short ? { short } : {}), message: textMessage(title, short ?? url) };
}

/**
 * Text as the GSM 7-bit alphabet sends it in one SMS: curly quotes, dashes and ellipses become their plain forms and
 * accents are dropped (one character outside it would make a phone send the message as several).
 */
export function plainText(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '');
}

/**
 * A ready text message: who it is from, what the page is and its address, within SMS_LIMIT characters. A long title
 * is shortened at a word; if even the address alone is too long, the message is the address.
 */
export function textMessage(title: string, url: string, limit = SMS_LIMIT): string {
  const lead = `The page we talked about, from ${SITE_NAME}: `;
  const name = plainText(title);
  const whole = `${lead}"${name}" ${url}`;
  if (whole.length <= limit) return whole;
  const room = limit - lead.length - url.length - 6; // quotes, space, "..."
  if (room < 12) return `${lead}${url}`.length <= limit ? `${lead}${url}` : url;
  const cut = name.slice(0, room);
  return `${lead}"${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}..." ${url}`;
}
