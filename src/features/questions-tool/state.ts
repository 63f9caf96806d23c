/**
 * The questions tool's state, free of the DOM so Node tests and the browser share it: which questions are chosen,
 * read from and written to the address's fragment (#q=wait,hours,moud), and what a shared link and a text message
 * hold. The fragment never reaches a server, so the choice stays with the reader. Anyone can write a fragment, so
 * reading one never throws.
 */

/** The fragment's key: "#q=wait,hours". */
export const FRAGMENT_KEY = 'q';

/** What an address's fragment asks for: the known ids in the list's order, and how many ids were not known. */
export interface Choice {
  ids: string[];
  unknown: number;
  /** Whether the fragment holds a choice at all ("#q=", even empty); a section link ("#cost") does not. */
  present: boolean;
}

/**
 * Read a fragment ("#q=wait,hours", with or without "#"). Ids are compared in lower case and may be separated by
 * commas, spaces or "+"; repeats are dropped; unknown ids are counted and left out; other keys ("#x=1&q=...") are
 * ignored. A fragment without the key (a section link such as "#paying") chooses nothing. A malformed escape is read as
 * written. Never throws.
 */
export function parseFragment(hash: unknown, known: readonly string[]): Choice {
  const none = { ids: [], unknown: 0, present: false };
  if (typeof hash !== 'string') return none;
  const raw = hash.replace(/^#/, '');
  const part = raw.split('&').find((p) => p.split('=')[0].trim().toLowerCase() === FRAGMENT_KEY);
  if (part === undefined) return none;
  const eq = part.indexOf('=');
  const value = eq < 0 ? '' : part.slice(eq + 1);
  const asked = [
    ...new Set(
      decode(value)
        .toLowerCase()
        .split(/[\s,+]+/)
        .filter(Boolean),
    ),
  ];
  const ids = inOrder(asked, known);
  return { ids, unknown: asked.length - ids.length, present: true };
}

/** Percent-decoding that never throws: a malformed escape ("%E0%A4%A") leaves the text as it was written. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The chosen ids in the list's order, unknown ones dropped. */
export function inOrder(ids: readonly string[], known: readonly string[]): string[] {
  return known.filter((id) => ids.includes(id));
}

/** The fragment for a choice ("#q=wait,hours"), in the list's order; "" when nothing is chosen. */
export function fragmentFor(ids: readonly string[], known: readonly string[]): string {
  const chosen = inOrder(ids, known);
  return chosen.length ? `#${FRAGMENT_KEY}=${chosen.join(',')}` : '';
}

/** The address that reopens a choice: the page's address (any fragment replaced) with the choice's fragment. */
export function choiceUrl(pageUrl: string, ids: readonly string[], known: readonly string[]): string {
  return pageUrl.replace(/#.*$/, '') + fragmentFor(ids, known);
}

/** Tick or untick one question; unknown ids change nothing. Returns the new choice in the list's order. */
export function toggle(ids: readonly string[], id: string, on: boolean, known: readonly string[]): string[] {
  if (!known.includes(id)) return inOrder(ids, known);
  return inOrder(on ? [...ids, id] : ids.filter((x) => x !== id), known);
}

/** What goes on paper: the chosen questions when some are chosen, every question when none are. */
export function printedIds(ids: readonly string[], known: readonly string[]): string[] {
  const chosen = inOrder(ids, known);
  return chosen.length ? chosen : [...known];
}

/**
 * An sms: link that opens the reader's messages app with `body` filled in and no number, so they choose who gets it.
 * The form is src/lib/crisis.ts smsHref's ("?&body=", which iOS and Android both read), written here so the browser
 * script does not carry the helplines' data; a test holds the two the same.
 */
export function smsLink(body: string): string {
  return `sms:?&body=${encodeURIComponent(body)}`;
}

/** The chosen questions as plain text to paste into a note or an e-mail: a title line, numbered questions, the link. */
export function listText(title: string, questions: readonly string[], url: string): string {
  return [title, '', ...questions.map((q, i) => `${i + 1}. ${q}`), '', url].join('\n');
}
