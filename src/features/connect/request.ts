/**
 * Reading an infobutton request, and answering it from the codes table. Pure (browser and tests).
 *
 * The parameters are those of the HL7 Version 3 Context-Aware Knowledge Retrieval (Infobutton) URL-based
 * implementation guide (Release 4), as MedlinePlus Connect's web application reads them
 * (https://medlineplus.gov/medlineplus-connect/web-application/, seen in the stored copy of the NLM page): the code in
 * mainSearchCriteria.v.c, its code system in mainSearchCriteria.v.cs (ICD-10-CM is 2.16.840.1.113883.6.90), and the
 * patient's language in informationRecipient.languageCode.c ("en" or "es"; English when it is left out). Also read:
 * - names in any case ("mainsearchcriteria.v.c"): systems differ, and the names are a URL's, not XML's;
 * - the numbered forms of the guide's repeated criteria (mainSearchCriteria.v.c1, .cs1, ...): the first code that has
 *   a page is answered;
 * - "sp" and "spa" for Spanish, and language tags with a region ("es-US"): "sp" appears in systems' code that calls
 *   MedlinePlus Connect, though the page documents "es".
 * mainSearchCriteria.v.dn (the code's name) and every other parameter are ignored: a page is chosen by the code alone,
 * and nothing from the address is ever shown on the page.
 */
import { compactCode, isIcd10cmSystem, narrowest } from '../../lib/icd10';
import type { Lang } from '../../i18n/lang';

/** One code sent in a request, with its code system when one was sent. */
export interface SentCode {
  code: string;
  system?: string;
}

/** What an infobutton request asks. */
export interface InfobuttonRequest {
  /** Was anything asked (any infobutton parameter)? Without, the page is simply being read. */
  asked: boolean;
  /** The codes sent, in order: mainSearchCriteria.v.c, then .c0, .c1, ... */
  codes: SentCode[];
  /** The patient's language, when the request gives it. */
  lang?: Lang;
}

/** Parameter names that make an address an infobutton request (lower case). */
const INFOBUTTON = /^(mainsearchcriteria|informationrecipient|taskcontext|subtopic|knowledgeresponsetype)(\.|$)/;
const CODE = /^mainsearchcriteria\.v\.c(\d*)$/;
const SYSTEM = /^mainsearchcriteria\.v\.cs(\d*)$/;
const LANGUAGE = 'informationrecipient.languagecode.c';
/** Longer values are not codes, language tags or code systems: they are read as malformed, never parsed further. */
const MAX_VALUE = 64;

/** The language a language code asks for: Spanish for "es", "sp", "spa" (any region), English for anything else. */
export function languageOf(value: string): Lang | undefined {
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return undefined;
  return ['es', 'sp', 'spa'].includes(primary) ? 'es' : 'en';
}

/** Read a request from an address's query string ("?mainSearchCriteria.v.c=F43.10&..."). */
export function readRequest(search: string): InfobuttonRequest {
  const params = new URLSearchParams(search);
  const codes = new Map<number, SentCode>();
  const systems = new Map<number, string>();
  let asked = false;
  let lang: Lang | undefined;
  // The first value of a name counts, whatever its case.
  const seen = new Set<string>();
  for (const [rawName, rawValue] of params) {
    const name = rawName.trim().toLowerCase();
    if (seen.has(name)) continue;
    seen.add(name);
    if (INFOBUTTON.test(name)) asked = true;
    const value = rawValue.length > MAX_VALUE ? '\u0000' : rawValue;
    const index = (m: RegExpExecArray) => (m[1] === '' ? -1 : Number(m[1]));
    const code = CODE.exec(name);
    const system = SYSTEM.exec(name);
    if (code) codes.set(index(code), { code: value });
    else if (system) systems.set(index(system), value);
    else if (name === LANGUAGE) lang = languageOf(value);
  }
  const ordered = [...codes.entries()]
    .filter(([, c]) => c.code.trim() !== '')
    .sort(([a], [b]) => a - b)
    .map(([i, c]) => (systems.has(i) ? { ...c, system: systems.get(i) } : c));
  return { asked, codes: ordered, ...(lang ? { lang } : {}) };
}

/** One row of the codes table: the codes a mapping covers (compact forms) and its page in each language ('' none). */
export type TableRow = [low: string, high: string, en: string, es: string];

/** Why a request gets no page. */
export type Problem = 'missing' | 'malformed' | 'system' | 'unknown';

/** What the page does with a request. */
export type Answer =
  /** Nothing was asked: the page is being read (its list of codes stays as it is). */
  | { kind: 'idle' }
  /** Open this page (a path from the table, never from the request). */
  | { kind: 'go'; to: string }
  /** Show the problem, in the other language's page: the reader asked for it. */
  | { kind: 'switch'; lang: Lang }
  /** Say why there is no page (in the page's own words, nothing from the request). */
  | { kind: 'problem'; problem: Problem };

/** The page for one sent code, or why there is none. */
export function pageFor(rows: readonly TableRow[], sent: SentCode, lang: Lang): string | Problem {
  if (sent.system !== undefined && !isIcd10cmSystem(sent.system)) return 'system';
  const compact = compactCode(sent.code);
  if (!compact) return 'malformed';
  const row = narrowest(
    rows.map((r) => ({ low: r[0], high: r[1], row: r })),
    compact,
  )?.row;
  const page = row ? row[lang === 'es' ? 3 : 2] : '';
  return page || 'unknown';
}

/**
 * The answer to a request on the page in `pageLang`: the page of the first code that has one, in the language asked
 * for (the page's own when none is asked); else the first code's problem, shown in the language asked for.
 */
export function answer(rows: readonly TableRow[], request: InfobuttonRequest, pageLang: Lang): Answer {
  if (!request.asked) return { kind: 'idle' };
  const lang = request.lang ?? pageLang;
  const results = request.codes.map((c) => pageFor(rows, c, lang));
  const page = results.find((r) => r.startsWith('/'));
  if (page) return { kind: 'go', to: page };
  if (lang !== pageLang) return { kind: 'switch', lang };
  return { kind: 'problem', problem: (results[0] as Problem | undefined) ?? 'missing' };
}
