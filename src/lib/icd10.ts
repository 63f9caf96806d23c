/**
 * ICD-10-CM codes as the site reads them: how a code is written, a code's place among code ranges, and the code
 * system's identifiers. Pure, so the build (content/codes.yaml), the page that answers infobutton requests and the
 * tests share one reading.
 *
 * A code has 3 to 7 characters: a letter, a digit, then letters or digits ("F43.10", "F32.A", "O99.310"), with a dot
 * after the third when it is longer. The CDC's tabular list writes them so (ICD-10-CM Official Guidelines, section
 * I.A.1). A code written without its dot ("F4310") or in lower case ("f43.10") is the same code.
 */

/** The HL7 object identifier of ICD-10-CM, as infobutton requests send it in mainSearchCriteria.v.cs. */
export const ICD10CM_OID = '2.16.840.1.113883.6.90';
/** The name of the code system, as people and FHIR write it. */
export const ICD10CM_NAME = 'ICD-10-CM';

/** The letters and digits of a code without its dot, and at most one dot after the third ("F43.10"). */
const CODE = /^([A-Z][0-9][0-9A-Z])\.?([0-9A-Z]{0,4})$/;
/** A code's compact form: the same characters without the dot ("F4310"). */
const COMPACT = /^[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}$/;

/**
 * A code in its compact form ("F4310"), from how a system or a person may write it: with or without the dot, in any
 * case, with spaces around it. Anything else (too short or long, a dot in the wrong place, other characters) is null.
 */
export function compactCode(raw: string): string | null {
  const text = raw.trim().toUpperCase();
  if (text.length > 8) return null;
  const m = CODE.exec(text);
  return m ? m[1] + m[2] : null;
}

/** A compact code written as the tabular list writes it: "F4310" -> "F43.10", "F32" -> "F32". */
export function dottedCode(compact: string): string {
  return compact.length > 3 ? `${compact.slice(0, 3)}.${compact.slice(3)}` : compact;
}

/** The codes a mapping covers: every code from `low` to `high` (compact forms), both ends included. */
export interface CodeSpan {
  low: string;
  high: string;
}

/** Sorts after every letter and digit: "F431" + HIGHEST is after every code that starts with "F431". */
const HIGHEST = '~';

/**
 * The codes a mapping's `code` covers, or a sentence saying what is wrong with it. A code covers itself and every
 * code under it ("F43.1" covers F43.10, F43.11 and F43.12); a range "F32-F33" covers both categories and every code
 * under them. A range's two ends are written at the same length, the first before the second.
 */
export function spanOf(text: string): CodeSpan | string {
  const parts = text.split('-');
  if (parts.length > 2) return `"${text}" has more than one "-"; write a code (F43.1) or a range (F32-F33)`;
  const ends = parts.map((p) => (COMPACT.test(p.replace('.', '')) ? compactCode(p) : null));
  const bad = parts.find((p, i) => ends[i] === null || dottedCode(ends[i]!) !== p);
  if (bad !== undefined)
    return `"${bad}" is not an ICD-10-CM code as the tabular list writes it (a letter, a digit, a letter or digit, then a dot and up to 4 more, in capitals: F43.10)`;
  const [low, high = low] = ends as string[];
  if (parts.length === 2) {
    if (low.length !== high.length)
      return `"${text}": write both ends of a range at the same length (F32-F33, F43.0-F43.1)`;
    if (low >= high) return `"${text}": the first code of a range must come before the second`;
  }
  return { low, high: high + HIGHEST };
}

/** Does a span cover a code (compact form)? */
export function covers(span: CodeSpan, compact: string): boolean {
  return span.low <= compact && compact <= span.high;
}

/** How two spans sit: apart, one inside the other (a narrower mapping within a wider one), the same, or crossing. */
export function relation(a: CodeSpan, b: CodeSpan): 'apart' | 'same' | 'a-in-b' | 'b-in-a' | 'cross' {
  if (a.high < b.low || b.high < a.low) return 'apart';
  if (a.low === b.low && a.high === b.high) return 'same';
  if (b.low <= a.low && a.high <= b.high) return 'a-in-b';
  if (a.low <= b.low && b.high <= a.high) return 'b-in-a';
  return 'cross';
}

/**
 * Of the spans that cover a code, the narrowest: spans never cross (the content check holds that), so those covering
 * one code sit one inside the other, and the narrowest starts last (and, when two start together, ends first).
 */
export function narrowest<T extends CodeSpan>(spans: readonly T[], compact: string): T | undefined {
  let best: T | undefined;
  for (const s of spans)
    if (covers(s, compact) && (!best || s.low > best.low || (s.low === best.low && s.high < best.high))) best = s;
  return best;
}

/** Is this how a request names ICD-10-CM? The HL7 identifier, or the name ("ICD-10-CM", "icd10cm") or FHIR URI. */
export function isIcd10cmSystem(raw: string): boolean {
  const text = raw.trim().toLowerCase();
  return (
    text === ICD10CM_OID ||
    text === `urn:oid:${ICD10CM_OID}` ||
    text.replace(/[^a-z0-9]/g, '') === 'icd10cm' ||
    text === 'http://hl7.org/fhir/sid/icd-10-cm'
  );
}
