/**
 * The acronyms our pages use that a reader may not know, and what each stands for: the one list the acronym check
 * (tests/acronyms.dist.test.ts) reads. A page must spell an acronym out at or before its first use, e.g. "the Substance
 * Abuse and Mental Health Services Administration (SAMHSA)", or in brackets right after it, "IOP (intensive outpatient
 * program)"; a glossary link does not count as spelling it out.
 * Names people know by their letters alone (ZIP code, LGBTQ+, TRICARE, KFF) are left out on purpose, and so is CFR:
 * "42 CFR Part 2" is a rule's name, which pages explain as "a federal rule" where they use it.
 */

/** One acronym: its letters, and the words it stands for (the first is the form to write; others also count). */
export interface Acronym {
  short: string;
  long: readonly [string, ...string[]];
  /** The Spanish words, where our Spanish pages use the acronym (they keep the English letters). */
  es?: readonly [string, ...string[]];
}

/** Every acronym the check knows, by its letters. */
export const ACRONYMS: readonly Acronym[] = [
  {
    short: 'IOP',
    long: ['intensive outpatient program', 'intensive outpatient'],
    es: ['programa intensivo ambulatorio', 'programas intensivos ambulatorios'],
  },
  { short: 'IOT', long: ['intensive outpatient treatment'] },
  { short: 'PHP', long: ['partial hospitalization'], es: ['hospitalización parcial'] },
  {
    short: 'SAMHSA',
    long: ['Substance Abuse and Mental Health Services Administration'],
    es: [
      'Administración de Servicios de Salud Mental y Abuso de Sustancias',
      'Substance Abuse and Mental Health Services Administration',
    ],
  },
  {
    short: 'ASAM',
    long: ['American Society of Addiction Medicine'],
    es: [
      'Sociedad Estadounidense de Medicina de la Adicción',
      'Sociedad Estadounidense de Medicina de las Adicciones',
      'American Society of Addiction Medicine',
    ],
  },
  {
    short: 'HIPAA',
    long: ['Health Insurance Portability and Accountability Act'],
    es: [
      'Ley de Portabilidad y Responsabilidad del Seguro Médico',
      'Health Insurance Portability and Accountability Act',
    ],
  },
  { short: 'CDC', long: ['Centers for Disease Control and Prevention'] },
  { short: 'PTSD', long: ['post-traumatic stress disorder', 'posttraumatic stress disorder'] },
  { short: 'FDA', long: ['Food and Drug Administration'] },
  { short: 'AHRQ', long: ['Agency for Healthcare Research and Quality'] },
  { short: 'NIDA', long: ['National Institute on Drug Abuse'] },
  { short: 'NIAAA', long: ['National Institute on Alcohol Abuse and Alcoholism'] },
  { short: 'NIMH', long: ['National Institute of Mental Health'] },
  { short: 'NIH', long: ['National Institutes of Health'] },
  { short: 'HHS', long: ['Department of Health and Human Services', 'Health and Human Services'] },
  { short: 'HRSA', long: ['Health Resources and Services Administration'] },
  { short: 'CMS', long: ['Centers for Medicare & Medicaid Services'] },
  { short: 'CPT', long: ['cognitive processing therapy'] },
  { short: 'PE', long: ['prolonged exposure'] },
  { short: 'EMDR', long: ['eye movement desensitization and reprocessing'] },
  { short: 'CBT', long: ['cognitive behavioral therapy'] },
  {
    short: 'DBT',
    long: ['dialectical behavior therapy'],
    es: ['terapia dialéctica conductual', 'terapia dialéctico-conductual'],
  },
  { short: 'TF-CBT', long: ['trauma-focused cognitive behavioral therapy'] },
  { short: 'MI', long: ['motivational interviewing'] },
  { short: 'CM', long: ['contingency management'] },
  { short: 'CRAFT', long: ['Community Reinforcement and Family Training'] },
  { short: 'FBT', long: ['family-based treatment'] },
  {
    short: 'MOUD',
    long: [
      'medications for opioid use disorder',
      'medication for opioid use disorder',
      'medicines for opioid use disorder',
    ],
  },
  { short: 'MAT', long: ['medication-assisted treatment', 'medications for addiction treatment'] },
  { short: 'OUD', long: ['opioid use disorder'] },
  { short: 'SUD', long: ['substance use disorder'] },
  { short: 'ADHD', long: ['attention-deficit/hyperactivity disorder', 'attention deficit hyperactivity disorder'] },
  { short: 'ARFID', long: ['avoidant/restrictive food intake disorder'] },
  { short: 'ECG', long: ['electrocardiogram'] },
  { short: 'PDMP', long: ['prescription drug monitoring program'] },
  { short: 'CIT', long: ['crisis intervention team'] },
  { short: 'ADA', long: ['Americans with Disabilities Act'] },
  { short: 'FMLA', long: ['Family and Medical Leave Act'] },
  { short: 'EEOC', long: ['Equal Employment Opportunity Commission'] },
  { short: 'EAP', long: ['employee assistance program'] },
  { short: 'VA', long: ['Department of Veterans Affairs', 'Veterans Affairs'] },
  { short: 'ACA', long: ['Affordable Care Act'] },
  {
    short: 'CHIP',
    long: ["Children's Health Insurance Program"],
    es: ['Programa de Seguro Médico para Niños', "Children's Health Insurance Program"],
  },
  { short: 'EPSDT', long: ['Early and Periodic Screening, Diagnostic and Treatment'] },
  { short: 'MCO', long: ['managed care organization'] },
  { short: 'PIHP', long: ['prepaid inpatient health plan'] },
  { short: 'PAHP', long: ['prepaid ambulatory health plan'] },
  { short: 'NEMT', long: ['non-emergency medical transportation'] },
  {
    short: 'EMTALA',
    long: ['Emergency Medical Treatment and Labor Act', 'Emergency Medical Treatment and Active Labor Act'],
  },
  { short: 'DACA', long: ['Deferred Action for Childhood Arrivals'] },
  { short: 'COFA', long: ['Compact of Free Association'] },
  { short: 'PRWORA', long: ['Personal Responsibility and Work Opportunity Reconciliation Act'] },
  { short: 'OBBBA', long: ['One Big Beautiful Bill Act'] },
  { short: 'FTC', long: ['Federal Trade Commission'] },
  { short: 'DEA', long: ['Drug Enforcement Administration'] },
  { short: 'GAO', long: ['Government Accountability Office'] },
  { short: 'CARF', long: ['Commission on Accreditation of Rehabilitation Facilities'] },
  { short: 'NARR', long: ['National Alliance for Recovery Residences'] },
  { short: 'NAMI', long: ['National Alliance on Mental Illness'] },
  { short: 'FERPA', long: ['Family Educational Rights and Privacy Act'] },
  { short: 'IDEA', long: ['Individuals with Disabilities Education Act'] },
  { short: 'IEP', long: ['individualized education program'] },
  { short: 'APA', long: ['American Psychiatric Association'] },
  { short: 'ACOG', long: ['American College of Obstetricians and Gynecologists'] },
  { short: 'NCSL', long: ['National Conference of State Legislatures'] },
  { short: 'LAPPA', long: ['Legislative Analysis and Public Policy Association'] },
  { short: 'TTY', long: ['teletypewriter', 'text telephone'] },
];

/** What an acronym stands for in `lang`'s words (none: Spanish pages are not checked for it). */
const wordsFor = (a: Acronym, lang: 'en' | 'es') => (lang === 'es' ? a.es : a.long);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for the acronym's letters standing alone ("IOP", "IOPs", "SAMHSA's"; not "TF-CBT" for CBT). */
function shortPattern(short: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escape(short)}s?(?![\\p{L}\\p{N}])`, 'u');
}

/** A pattern for the words, loose about case, punctuation, spacing, "&" for "and", and a plural at the end. */
function longPattern(words: string): RegExp {
  const parts = words
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (/^(and|y)$/i.test(w) ? `(?:${w}|&)` : escape(w)));
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('[^\\p{L}\\p{N}]+')}`, 'iu');
}

/** An acronym a text uses before spelling it out: its letters and a few words around its first use. */
export interface EarlyAcronym {
  short: string;
  /** What it stands for (the form to write). */
  long: string;
  /** The text around its first use. */
  at: string;
}

/**
 * The acronyms `text` uses before (or without) spelling them out, in `lang`'s words, in order of first use. Pure.
 * Spanish pages keep the English letters and may spell them out in Spanish or in English; an acronym with no Spanish
 * words is not checked on Spanish pages.
 */
export function acronymsUsedEarly(text: string, lang: 'en' | 'es' = 'en', list = ACRONYMS): EarlyAcronym[] {
  const found: (EarlyAcronym & { index: number })[] = [];
  for (const a of list) {
    const longs = wordsFor(a, lang);
    if (!longs) continue;
    const use = shortPattern(a.short).exec(text);
    if (!use) continue;
    const spelled = longs
      .map((l) => longPattern(l).exec(text)?.index ?? Infinity)
      .reduce((x, y) => Math.min(x, y), Infinity);
    if (spelled < use.index) continue;
    // "IOP (intensive outpatient program)": the words in brackets right after the letters explain them there too.
    const after = text.slice(use.index + use[0].length);
    if (longs.some((l) => new RegExp(`^\\s*\\(\\s*${longPattern(l).source}`, 'iu').test(after))) continue;
    const at = text
      .slice(Math.max(0, use.index - 50), use.index + a.short.length + 30)
      .replace(/\s+/g, ' ')
      .trim();
    found.push({ short: a.short, long: longs[0], at, index: use.index });
  }
  return found.sort((x, y) => x.index - y.index).map(({ index: _, ...rest }) => rest);
}

/**
 * `title` with each acronym that neither it nor `text` spells out followed by its words in brackets, at its first use.
 * For a line that quotes another page's title on a sheet that may never use the acronym itself: a handout's caption
 * under its QR code names the full page, and a reader of the paper alone must not meet "IOP" unexplained there.
 * Pure.
 */
export function spellOutIn(title: string, text: string, lang: 'en' | 'es' = 'en', list = ACRONYMS): string {
  let out = title;
  for (const a of list) {
    const longs = wordsFor(a, lang);
    if (!longs || longs.some((l) => longPattern(l).test(`${out} ${text}`))) continue;
    const use = shortPattern(a.short).exec(out);
    if (!use) continue;
    const end = use.index + use[0].length;
    out = `${out.slice(0, end)} (${longs[0]})${out.slice(end)}`;
  }
  return out;
}
