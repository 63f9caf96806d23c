/**
 * What an address written in content may be, wherever it sits (a Markdown link, a reference definition, an
 * autolink, an image, an attribute, a source in the frontmatter): a site path ("/guide/what-is-iop/#costs"), a
 * fragment of the same page ("#costs"), or a full https:// address of another site. Anything else is refused:
 * javascript:, data:, vbscript: and every other scheme in any spelling, protocol-relative addresses ("//host/"),
 * relative paths, and addresses with spaces, tabs, line breaks or control characters (which browsers strip, so
 * "java&#9;script:" would run). The address is read after the parser decoded its character references. Pure.
 */

/** How an address was classified. */
export type Address =
  | { kind: 'site'; path: string; query: string; fragment: string }
  | { kind: 'fragment'; fragment: string }
  | { kind: 'external'; url: URL };

/** What a place accepts: a link may go anywhere allowed; an image or a source only to one kind of address. */
export type Accepts = 'link' | 'image' | 'source';

/** What content may link to, for messages. */
export const LINK_RULE = 'a site path such as /guide/what-is-iop/, or a full https:// address';

/** Any character a browser strips or that has no place in an address: controls, spaces, tabs, line breaks. */
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/u;
/** A scheme, as a browser reads one ("JaVaScRiPt:" is javascript:). */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Read an address; returns what it is, or a problem saying why it is refused and what to write instead. */
export function readAddress(raw: string): Address | { problem: string } {
  const shown = JSON.stringify(raw.length > 200 ? `${raw.slice(0, 197)}...` : raw);
  if (raw.trim() === '') return { problem: 'is empty' };
  if (INVISIBLE.test(raw))
    return { problem: `${shown} contains a space, tab, line break or other non-printing character; remove it` };
  const scheme = SCHEME.exec(raw)?.[1].toLowerCase();
  if (scheme !== undefined) {
    if (scheme !== 'https')
      return {
        problem:
          scheme === 'http'
            ? `${shown} is http:, which is not private; write https://`
            : `${shown} is a ${scheme}: address${['javascript', 'vbscript', 'data'].includes(scheme) ? ', which can run code' : ''}; content may link only to ${LINK_RULE}`,
      };
    if (!/^https:\/\/[^/\\]/i.test(raw)) return { problem: `${shown} is not a full https:// address` };
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return { problem: `${shown} is not a valid address` };
    }
    if (url.username || url.password)
      return { problem: `${shown} has a user name in it (the part before "@"), which can disguise where it goes` };
    return { kind: 'external', url };
  }
  if (raw.startsWith('//') || raw.startsWith('/\\') || raw.startsWith('\\'))
    return {
      problem: `${shown} has no scheme (a protocol-relative address can lead anywhere); write a site path such as /guide/what-is-iop/, or https:${raw.startsWith('//') ? raw : '//...'}`,
    };
  if (raw.startsWith('#')) return { kind: 'fragment', fragment: raw.slice(1) };
  if (!raw.startsWith('/')) return { problem: `${shown} is a relative address; write ${LINK_RULE}` };
  if (raw.includes('\\')) return { problem: `${shown} contains a backslash` };
  const m = /^([^?#]*)(\?[^#]*)?(?:#(.*))?$/.exec(raw)!;
  return { kind: 'site', path: m[1], query: m[2] ?? '', fragment: m[3] ?? '' };
}

/** The problem with an address in a place that accepts `accepts`, or null when it may stay. */
export function addressProblem(raw: string, accepts: Accepts): string | null {
  const a = readAddress(raw);
  if ('problem' in a) return a.problem;
  const shown = JSON.stringify(raw);
  if (accepts === 'source' && a.kind !== 'external') return `${shown} must be a full https:// address`;
  if (accepts === 'image' && a.kind === 'external')
    return `${shown} is on another site (a reader's browser would contact it); put the file in public/ and use its site path`;
  if (accepts === 'image' && a.kind !== 'site') return `${shown} must be the site path of a file in public/`;
  return null;
}
