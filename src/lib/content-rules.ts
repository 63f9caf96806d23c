/**
 * Editorial rules from the content guide, as data and small checks, so tests can enforce them over content/.
 */

/** Stigmatizing words and marketing phrases we never use (official names are allowed through ALLOWED_NAMES). */
export const AVOID: readonly { pattern: RegExp; instead: string }[] = [
  { pattern: /\baddicts?\b/i, instead: 'person with a substance use disorder' },
  { pattern: /\babusers?\b/i, instead: 'person who uses substances' },
  { pattern: /\bjunkies?\b/i, instead: 'person with a substance use disorder' },
  { pattern: /\balcoholics?\b/i, instead: 'person with an alcohol use disorder' },
  { pattern: /\bsubstance abuse\b/i, instead: 'substance use' },
  { pattern: /\bsuffer(s|ed|ing)? (from|with)\b/i, instead: 'has, lives with' },
  { pattern: /\b(the )?mentally ill\b/i, instead: 'person with a mental health condition' },
  { pattern: /\bcommit(ted|s)? suicide\b/i, instead: 'died by suicide' },
  { pattern: /\b(clean|dirty) (urine|test|drug test|screen)s?\b/i, instead: 'tested negative/positive' },
  { pattern: /\bnear me\b/i, instead: '(no search-engine bait)' },
  { pattern: /\bcall us\b/i, instead: '(we are not a provider)' },
  { pattern: /\bclick here\b/i, instead: 'a descriptive link' },
  { pattern: /\bguarantee(d|s)?\b/i, instead: '(no promises)' },
  { pattern: /\bcures?\b/i, instead: '(no promises)' },
];

/** Official names that contain a word from the avoid-list. They are removed before checking. */
export const ALLOWED_NAMES: readonly RegExp[] = [
  /Substance Abuse and Mental Health Services Administration/g,
  /Substance Abuse\b/g, // title case only: document titles such as TIP 47 ("Substance Abuse: Clinical Issues...")
  /National Institute on (Drug|Alcohol) Abuse[^.\n"]*/g,
  /Alcoholics Anonymous/g,
  /Al-Anon[^.\n]*/g,
  /Opioid Addiction Recovery Fraud Prevention Act/g,
  /Confidentiality of Substance Use Disorder Patient Records/g,
  /Mental Health Parity and Addiction Equity Act/g,
];

/** Words that would tell a reader which care they need, or score them. */
export const TRIAGE: readonly RegExp[] = [
  /\byou (definitely |probably )?need (an? )?(IOP|PHP|residential|inpatient)\b/i,
  /\byour (level of care|level) is\b/i,
  /\b(take|use) (this|our) (quiz|test|score)\b/i,
  /\byou should (go to|choose|enroll in) (an? )?(IOP|PHP|residential|inpatient)\b/i,
];

/** Avoid-list hits in a text, after removing allowed official names. */
export function avoidHits(text: string): string[] {
  let cleaned = text;
  for (const name of ALLOWED_NAMES) cleaned = cleaned.replace(name, ' ');
  return AVOID.flatMap(({ pattern, instead }) => {
    const m = cleaned.match(pattern);
    return m ? [`"${m[0]}" (use: ${instead})`] : [];
  });
}

/**
 * Hand-typed weekly hour figures ("9 hours a week", "20 or more hours per week"). Those numbers live in
 * content/levels/ and reach prose through <N k="..." />, so the data and the text can never disagree.
 */
export function typedWeeklyHours(text: string): string[] {
  return (
    text.match(
      /\b\d+(?:\s*(?:to|-|–)\s*\d+)?\s+(?:or more\s+)?hours?\b(?:(?!\bdays?\b)[^.\n<]){0,25}?\b(?:a|per|each)\s+week\b/gi,
    ) ?? []
  );
}

/** A phone number written out in full: "1-800-662-4357", "(800) 662-4357", "1-800-273-TALK". */
export const LONG_PHONE = /(?:\+?1[-.\s]?)?(?:\(\d{3}\)|\b\d{3})[-.\s]\d{3}[-.\s]\d{4}\b|\b1-800-[A-Z0-9-]{7,}/g;

/** Phone-number-like strings (10 or more digits, or short codes after call/text/dial) in a text. */
export function phoneNumbers(text: string): string[] {
  const long = text.match(LONG_PHONE) ?? [];
  const short = [...text.matchAll(/\b(?:call|text|dial)(?: or text)? (\d{3,6})(?![-\d])/gi)].map((m) => m[1]);
  return [...long, ...short];
}

/** Hostnames we accept as authoritative sources: government, professional bodies, journals. */
export const AUTHORITATIVE_HOSTS: readonly RegExp[] = [
  /\.gov$/,
  /(^|\.)nih\.gov$/,
  /(^|\.)988lifeline\.org$/,
  /(^|\.)veteranscrisisline\.net$/,
  // Crisis services' own sites, the source for their own numbers and hours (as 988lifeline.org is for 988).
  /(^|\.)thetrevorproject\.org$/,
  /(^|\.)crisistextline\.org$/,
  /(^|\.)asam\.org$/,
  // The health data standards body whose infobutton guide the clinics page describes (/connect/).
  /(^|\.)hl7\.org$/,
  /(^|\.)psychiatry\.org$/,
  /(^|\.)jointcommission\.org$/,
  /(^|\.)carf\.org$/,
  /(^|\.)psychiatryonline\.org$/,
  /(^|\.)cochrane(library)?\.org$/,
  /(^|\.)implementationscience\.biomedcentral\.com$/,
  /(^|\.)jaapl\.org$/,
  /(^|\.)chcs\.org$/,
  /(^|\.)kff\.org$/,
  /(^|\.)macpac\.gov$/,
  /(^|\.)healthinfolaw\.org$/,
  /(^|\.)apa\.org$/,
  /(^|\.)aacap\.org$/,
  /(^|\.)aap\.org$/,
  /(^|\.)jamanetwork\.com$/,
  /(^|\.)nejm\.org$/,
  /(^|\.)thelancet\.com$/,
  /(^|\.)sciencedirect\.com$/,
  /(^|\.)springer\.com$/,
  /(^|\.)wiley\.com$/,
  /(^|\.)tandfonline\.com$/,
  /(^|\.)doi\.org$/,
  /(^|\.)ccf\.georgetown\.edu$/,
  /(^|\.)chirblog\.org$/,
  /(^|\.)findtreatment\.gov$/,
  /(^|\.)nami\.org$/,
  // The national patient organization for eating disorders (as NAMI is for mental illness): its health consequences page.
  /(^|\.)nationaleatingdisorders\.org$/,
  /(^|\.)ada\.gov$/,
  /(^|\.)who\.int$/,
  /(^|\.)jmir\.org$/,
  // Connecticut's state-funded children's behavioral health system of care (a public program, not a provider).
  /(^|\.)connectingtocarect\.org$/,
  // The University of California's open-access copies of peer-reviewed papers.
  /^escholarship\.org$/,
  // Salt Lake County's behavioral health division (a county government, not a provider).
  /^slco\.org$/,
  // The American Bar Association (a professional body): its Health Law Section's status report on the 2024 parity rule.
  /(^|\.)americanbar\.org$/,
  // The Healthcare Financial Management Association (a professional body for health care finance staff).
  /(^|\.)hfma\.org$/,
  // The Illinois Department of Human Services (a state agency; it licenses substance use programs).
  /^(www\.)?dhs\.state\.il\.us$/,
  // TRICARE, the Department of Defense health program run by the Defense Health Agency (a .mil federal site).
  /(^|\.)tricare\.mil$/,
  // The Military Health System (Defense Health Agency), which publishes the TRICARE manuals (a .mil federal site).
  /(^|\.)health\.mil$/,
  // American College of Obstetricians and Gynecologists (a professional body; clinical guidance on pregnancy care).
  /(^|\.)acog\.org$/,
  // KFF Health News, the newsroom of KFF (kff.org is already listed).
  /(^|\.)kffhealthnews\.org$/,
  // Patient Information Forum, the UK professional body for health information (it runs the PIF TICK quality mark).
  /(^|\.)pifonline\.org\.uk$/,
  // The Legislative Analysis and Public Policy Association, funded by the White House drug policy office (ONDCP) to
  // survey and draft state laws; its 50-state summaries of overdose Good Samaritan laws.
  /(^|\.)legislativeanalysis\.org$/,
  // The National Conference of State Legislatures (a bipartisan body serving state legislators).
  /(^|\.)ncsl\.org$/,
  // The Pew Charitable Trusts' research on state health policy (issue briefs with sourced figures).
  /(^|\.)pew\.org$/,
  // Penn State's Evidence-to-Impact Collaborative, a university research-to-policy center (research summaries).
  /^evidence2impact\.psu\.edu$/,
  // The Health Research Board's National Drugs Library (an Irish state agency), which keeps catalogued copies of
  // government drug-policy documents, such as SAMHSA's 2023 "Best Practices for Recovery Housing".
  /^(www\.)?drugsandalcohol\.ie$/,
  // Santa Clara County, California (a county government, not a provider): its behavioral health department's page
  // on the "5150" hold.
  /^(www\.)?sccgov\.org$/,
];

/** Is this source URL from an authoritative publisher? */
export function isAuthoritative(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return AUTHORITATIVE_HOSTS.some((re) => re.test(host));
}

/**
 * Numbers a reader sees in Markdown prose ("180", "39%", "1,250"), without link targets, <N k> keys or heading ids;
 * commas dropped so "1,250" and "1250" compare equal.
 */
export function numbersIn(text: string): string[] {
  const visible = text
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<N\s+k="[^"]*"\s*\/>/g, ' ')
    .replace(/<[^>]+>/g, ' ');
  return [...visible.matchAll(/(?<![\w.])\d+(?:[,.]\d+)*%?/g)].map((m) => m[0].replace(/,/g, '').replace(/%$/, ''));
}

/** Numbers in `answer` that appear in none of the `sourced` texts (compared as numbers, so "60" is not found in "600"). */
export function unsourcedNumbers(answer: string, sourced: readonly string[]): string[] {
  const known = new Set(sourced.flatMap(numbersIn));
  return [...new Set(numbersIn(answer))].filter((n) => !known.has(n));
}

/** A value content may not type by hand: a dated fact's dollar amount or deadline (content/facts/). */
export interface OwnedValue {
  id: string;
  unit: 'dollars' | 'days' | 'hours';
  value: number;
}

/** How each unit is written in English and Spanish prose, and what is not a deadline ("7 days a week"). */
const TYPED: Record<OwnedValue['unit'], { re: RegExp; notAfter?: RegExp }> = {
  dollars: { re: /(?:US)?\$\s?(\d[\d,]*(?:\.\d\d)?)|(\d[\d.,]*)\s+d[óo]lares\b/gi },
  days: {
    re: /(\d[\d,]*)\s+(?:calendar\s+|business\s+)?(?:days?|d[íi]as)\b/gi,
    notAfter: /^\s+(?:(?:a|per|each)\s+week|(?:a|de|por)\s+(?:la\s+)?semana)/i,
  },
  hours: {
    re: /(\d[\d,]*)\s+(?:hours?|horas)\b/gi,
    notAfter:
      /^\s+(?:(?:a|per|each)\s+(?:day|week)|(?:al|por)\s+d[íi]a|(?:a|de|por)\s+(?:la\s+)?semana|semanales|diarias)/i,
  },
};

/**
 * Dollar amounts and deadlines in days or hours, typed by hand in a line of content, whose number a dated fact owns:
 * each with the ids of the facts to use instead. A value in quotation marks ('"90 days" online') is a quote, not a
 * rule, and "7 days a week" or "24 hours a day" is not a deadline.
 */
export function handTypedValues(line: string, owned: readonly OwnedValue[]): { text: string; ids: string[] }[] {
  const found: { text: string; ids: string[] }[] = [];
  for (const [unit, { re, notAfter }] of Object.entries(TYPED) as [OwnedValue['unit'], (typeof TYPED)['days']][]) {
    for (const m of line.matchAll(re)) {
      const before = line[m.index - 1];
      if (before === '"' || before === '“') continue;
      if (notAfter?.test(line.slice(m.index + m[0].length))) continue;
      const n = Number((m[1] ?? m[2]).replace(/[,.](?=\d{3}\b)/g, ''));
      const ids = owned.filter((o) => o.unit === unit && o.value === n).map((o) => o.id);
      if (ids.length) found.push({ text: m[0], ids });
    }
  }
  return found;
}
