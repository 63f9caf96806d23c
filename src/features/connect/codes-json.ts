/**
 * /codes.json: every diagnosis-code mapping with its full addresses in both languages, the code system and the day
 * the site was built for, for record systems that fetch and cache rather than send patients to /connect/. Pure: the
 * route passes the mappings, the titles and the site's address.
 */
import { ICD10CM_NAME, ICD10CM_OID, dottedCode } from '../../lib/icd10';
import { siteUrl, sitePaths } from '../../lib/urls';
import { localePaths, type Lang } from '../../i18n/lang';
import type { CodeTarget } from '../../model/codes-schema';
import type { ResolvedMapping } from '../../model/codes';
import { codeText, targetPath } from './table';

/** The section of the clinics page (content/pages/clinics.mdx) that explains /connect/ and /codes.json. */
export const CLINICS_SECTION = 'open-a-page-from-a-diagnosis-code';

/** A page in /codes.json. */
export interface CodesJsonPage {
  url: string;
  title: string;
  /** Spanish only: true when the page is a general one because the topic's own page is not in Spanish yet. */
  general?: boolean;
}

/** One mapping in /codes.json. */
export interface CodesJsonMapping {
  /** As content/codes.yaml writes it: a code ("F43.1") or a range ("F32-F33"). */
  code: string;
  /** The first and last code of the range (both the code itself for a single code); codes under them are included. */
  from: string;
  to: string;
  /** The ICD-10-CM tabular list's title. */
  title: string;
  /** Plain words for patients in each language (what /connect/ shows). */
  label: { en: string; es: string };
  en: CodesJsonPage | null;
  es: CodesJsonPage | null;
  /** Why there is no page (en and es are null). */
  none?: string;
  /** Why this page fits these codes. */
  why: string;
}

/** What codesJson needs besides the mappings. */
export interface CodesJsonContext {
  /** The public address (SITE_URL) and the base path. */
  site: string;
  base: string;
  /** The day the site is built for (YYYY-MM-DD). */
  date: string;
  /** A page's title by article id, and a section's by "article#id", in each language. */
  titles: Record<Lang, ReadonlyMap<string, string>>;
  sections: Record<Lang, ReadonlyMap<string, string>>;
}

/** The /codes.json document. */
export function codesJson(mappings: readonly ResolvedMapping[], ctx: CodesJsonContext) {
  const abs = (sitePath: string) => siteUrl(sitePath, ctx.site, ctx.base);
  const page = (t: CodeTarget | null, lang: Lang, general?: boolean): CodesJsonPage | null => {
    if (!t) return null;
    const title = ctx.titles[lang].get(t.page) ?? t.page;
    const section = t.section ? ctx.sections[lang].get(`${t.page}#${t.section}`) : undefined;
    return {
      url: abs(targetPath(t, lang, '/')),
      title: section ? `${title} — ${section}` : title,
      ...(general === undefined ? {} : { general }),
    };
  };
  return {
    description:
      'Diagnosis codes mapped to IOP Guide pages, in English and Spanish. A code not listed is answered by the narrowest range that holds it; a code outside every range has no page. /connect/ answers the same mappings as HL7 infobutton requests.',
    codeSystem: { name: ICD10CM_NAME, oid: ICD10CM_OID },
    date: ctx.date,
    connect: { en: abs(sitePaths.connect()), es: abs(localePaths('es', '/').connect()) },
    about: abs(`${sitePaths.clinics()}#${CLINICS_SECTION}`),
    mappings: mappings.map((m): CodesJsonMapping => ({
      code: codeText(m),
      from: dottedCode(m.low),
      to: dottedCode(m.high.slice(0, -1)),
      title: m.title,
      label: m.label,
      en: page(m.en, 'en'),
      es: page(m.es, 'es', m.es ? m.esFallback : undefined),
      ...(m.none ? { none: m.none } : {}),
      why: m.why,
    })),
  };
}
