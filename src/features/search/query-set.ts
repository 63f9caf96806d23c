/**
 * The lay query set: what readers type, by category, and the pages that answer them. Used by
 * queries.browser.test.ts (each query must find one of its targets in the top 3). Targets are short: an article slug
 * ("paying-for-iop", "paying-for-iop#medicare"), "faq#id", "glossary#id", or a path ("/get-help/").
 * A "!" before the query means the first result must be one of its targets; a "*" means the query describes an
 * emergency, so the crisis help must show too (and it does not count as a false alarm).
 */

/** The categories a score is printed for. */
export type Category =
  | 'definitions'
  | 'schedule'
  | 'work'
  | 'cost'
  | 'comparison'
  | 'conditions'
  | 'therapies'
  | 'teens'
  | 'families'
  | 'privacy'
  | 'aftercare'
  | 'choosing'
  | 'near me'
  | 'crisis'
  | 'overdose'
  | 'misspellings'
  | 'life and needs'
  | 'refusing help'
  | 'housing'
  | 'school'
  | 'self-pay'
  | 'immigrants'
  | 'getting in'
  | 'legitimacy'
  | 'confidentiality'
  | 'two meanings';

/** One query: its words, the acceptable targets, and whether the first target must come first. */
export interface LayQuery {
  category: Category;
  q: string;
  want: string[];
  first: boolean;
  /** An emergency in the reader's words: the help box must show above the results. */
  help?: boolean;
}

/** "faq#x" -> "/faq/#x", "slug#id" -> "/guide/slug/#id", "/path/" stays. */
export function expandTarget(t: string): string {
  if (t.startsWith('/')) return t;
  const [head, hash] = t.split('#');
  const path = head === 'faq' || head === 'glossary' ? `/${head}/` : `/guide/${head}/`;
  return hash ? `${path}#${hash}` : path;
}

/** Rows of [query, space-separated targets] filed under one category. */
export function set(category: Category, rows: [string, string][]): LayQuery[] {
  return rows.map(([q, targets]) => ({
    category,
    q: q.replace(/^[!*]/, ''),
    want: targets.split(' ').map(expandTarget),
    first: q.startsWith('!'),
    ...(q.startsWith('*') ? { help: true } : {}),
  }));
}

/** Queries written for issue 12: how people ask, misspell, say "near me", and reach out in crisis. */
export const LAY_QUERIES: LayQuery[] = [
  ...set('definitions', [
    ['!what does iop stand for', 'what-is-iop glossary#iop faq#what-is-iop'],
    ['iop meaning', 'what-is-iop glossary#iop faq#what-is-iop'],
    ['what is intensive outpatient', 'what-is-iop glossary#iop faq#what-is-iop'],
    ['define php', 'glossary#php faq#what-is-php iop-vs-php'],
    ['what is partial hospitalization', 'glossary#php faq#what-is-php iop-vs-php'],
    ['what is a level of care', 'glossary#level-of-care iop-vs-php'],
    ['what is outpatient treatment', 'glossary#outpatient-care iop-vs-php what-is-iop'],
    ['what is an assessment', 'glossary#assessment who-iop-can-help'],
    ['what does step down mean', 'glossary#step-down after-iop who-iop-can-help'],
  ]),
  ...set('schedule', [
    ['how many days a week is iop', 'how-iop-works faq#how-many-hours what-is-iop'],
    ['how long does iop last', 'faq#how-long-does-iop-last how-iop-works what-is-iop'],
    ['evening program', 'how-iop-works working-during-iop'],
    ['weekend iop', 'working-during-iop how-iop-works'],
    ['what happens on the first day', 'faq#first-day how-iop-works'],
    ['what does a typical week look like', 'how-iop-works#what-a-week-might-look-like'],
    ['is iop every day', 'how-iop-works faq#how-many-hours what-is-iop'],
    ['drug testing', 'how-iop-works#drug-and-alcohol-testing'],
  ]),
  ...set('work', [
    ['can i keep my job', 'faq#keep-working working-during-iop'],
    ['do i have to tell my employer', 'working-during-iop faq#employer-find-out'],
    ['can i get fired for going to rehab', 'faq#fired-for-treatment working-during-iop'],
    ['paid time off for treatment', 'working-during-iop faq#time-off-work'],
    ['short term disability', 'working-during-iop'],
    ['can i go to school during iop', 'faq#school-during-iop faq#teen-school iop-for-teens#school'],
  ]),
  ...set('cost', [
    ['how much is iop', 'paying-for-iop faq#how-much-does-iop-cost'],
    ['iop without insurance', 'faq#no-insurance paying-for-iop#if-you-have-no-insurance'],
    ['sliding scale', 'paying-for-iop faq#no-insurance choosing-a-program'],
    ['does insurance cover iop', 'faq#insurance-coverage paying-for-iop'],
    ['deductible', 'glossary#deductible paying-for-iop'],
    ['is iop free with medicaid', 'faq#medicaid-coverage paying-for-iop#medicaid'],
    ['claim denied', 'paying-for-iop#if-your-claim-is-denied faq#insurer-says-no'],
    ['how much will iop cost me', '/tools/cost/ faq#how-much-does-iop-cost paying-for-iop'],
    ['iop cost calculator', '/tools/cost/'],
    ['what would i pay for iop with medicare', '/tools/cost/ paying-for-iop#what-you-may-pay-with-medicare'],
  ]),
  ...set('comparison', [
    ['difference between iop and php', 'iop-vs-php faq#iop-or-php'],
    ['iop vs inpatient', 'iop-vs-php glossary#inpatient-care'],
    ['iop vs rehab', 'faq#iop-vs-rehab iop-vs-php'],
    ['is iop better than residential', 'iop-vs-php faq#iop-vs-rehab'],
    ['which level of care do i need', 'faq#who-decides-level who-iop-can-help iop-vs-php'],
    ['asam level 2.1', 'iop-vs-php faq#what-is-asam-level glossary#asam-criteria'],
  ]),
  ...set('conditions', [
    ['bipolar', 'who-iop-can-help mental-health-and-substance-use-iop'],
    ['bipolar disorder iop', 'who-iop-can-help mental-health-and-substance-use-iop'],
    ['ptsd from combat', 'trauma-and-ptsd iop-for-veterans'],
    ['eating disorder program for my daughter', 'eating-disorder-iop faq#parents-role-eating-disorder'],
    ['iop for depression', 'who-iop-can-help mental-health-and-substance-use-iop what-is-iop'],
    ['alcohol problem', 'mental-health-and-substance-use-iop'],
    ['opioid addiction treatment', 'mental-health-and-substance-use-iop therapies-and-services glossary#moud'],
  ]),
  ...set('therapies', [
    ['cbt', 'glossary#cbt therapies-and-services'],
    ['what is dialectical behavior therapy', 'glossary#dbt therapies-and-services'],
    ['motivational interviewing', 'glossary#motivational-interviewing therapies-and-services'],
    ['one on one therapy', 'therapies-and-services#individual-therapy glossary#individual-therapy'],
    ['do i have to talk in group', 'faq#talk-in-group how-iop-works#what-happens-in-group-sessions'],
    ['will i get medication', 'faq#medication-in-iop therapies-and-services#medication-management'],
  ]),
  ...set('teens', [
    ['!my 16 year old', 'iop-for-teens'],
    ['iop for teenager with depression', 'iop-for-teens faq#iop-for-teen'],
    ['will my teen miss school', 'faq#teen-school iop-for-teens#school'],
    ['can parents see my records', 'faq#teen-privacy iop-for-teens privacy-and-rights'],
    ['adolescent program', 'iop-for-teens faq#iop-for-teen'],
    ['my daughter is 15', 'iop-for-teens'],
  ]),
  ...set('families', [
    ['how can i support my husband in rehab', 'for-families faq#help-someone-in-iop'],
    ['my wife is in iop', 'for-families faq#help-someone-in-iop'],
    ['will the program tell me how my son is doing', 'faq#program-tell-family for-families privacy-and-rights'],
    ['family sessions', 'faq#family-sessions for-families'],
    ['my adult son refuses treatment', 'faq#make-adult-child-go court-ordered-treatment for-families'],
    ['taking care of myself while my partner is in treatment', 'faq#caring-for-yourself for-families'],
  ]),
  ...set('privacy', [
    ['hipaa', 'glossary#hipaa privacy-and-rights'],
    ['who can see my treatment records', 'privacy-and-rights faq#substance-use-records-private'],
    ['42 cfr part 2', 'glossary#42-cfr-part-2 privacy-and-rights faq#substance-use-records-private'],
    ['can the program tell my family', 'faq#program-tell-family privacy-and-rights'],
  ]),
  ...set('aftercare', [
    ['what happens after iop', 'after-iop faq#after-iop-what-next'],
    ['aftercare plan', 'faq#aftercare-plan glossary#aftercare-plan after-iop'],
    ['aa meetings', 'after-iop#support-groups-and-peer-support faq#support-groups glossary#mutual-support-groups'],
    ['na meetings', 'after-iop#support-groups-and-peer-support faq#support-groups glossary#mutual-support-groups'],
    ['12 step', 'after-iop faq#support-groups glossary#mutual-support-groups'],
    ['can i go back to iop', 'faq#go-back-to-iop attending-iop'],
    ['symptoms coming back', 'after-iop#if-symptoms-or-use-come-back faq#relapse-after-iop'],
  ]),
  ...set('choosing', [
    ['how to find a good iop', 'choosing-a-program faq#find-a-program faq#good-program-signs'],
    ['questions to ask an iop', 'faq#questions-to-ask choosing-a-program'],
    ['is the program licensed', 'choosing-a-program glossary#state-license'],
    ['joint commission', 'glossary#accreditation choosing-a-program'],
    ['warning signs of a bad program', 'choosing-a-program#red-flags-to-watch-for faq#red-flags'],
    // The questions tool (issue 23).
    ['questions to ask a rehab', '/tools/questions/'],
    ['what to ask an iop program', '/tools/questions/'],
    ['list of questions to ask a treatment program', '/tools/questions/'],
  ]),
  ...set('near me', [
    ['!iop near me', 'faq#find-a-program choosing-a-program'],
    ['!programs near me', 'faq#find-a-program choosing-a-program'],
    ['!find iop in my area', 'faq#find-a-program choosing-a-program'],
    ['!outpatient rehab nearby', 'faq#find-a-program choosing-a-program'],
    ['findtreatment.gov', 'faq#find-a-program choosing-a-program /get-help/'],
  ]),
  ...set('crisis', [
    ['!i want to die', '/get-help/'],
    ['!kill myself', '/get-help/'],
    ['!suicide', '/get-help/'],
    ['!thinking about suicide', '/get-help/'],
    ['!self harm', '/get-help/'],
    ['!cutting myself', '/get-help/'],
    ['!overdose', '/get-help/'],
    ['!my friend overdosed', '/get-help/'],
    ['!no reason to live', '/get-help/'],
    ['!quiero morir', '/get-help/'],
    ['!suicidio', '/get-help/'],
    ['!suicde', '/get-help/'],
  ]),
  // Issues 18 and 22: what to do in an overdose. The crisis lines show first; the steps page must be in the top 3.
  ...set('overdose', [
    ['*someone overdosing what do i do', 'overdose faq#someone-overdosing'],
    ['how to use narcan', 'overdose'],
    ['narcan', 'overdose faq#where-to-get-naloxone glossary#naloxone'],
    ['*not breathing', 'overdose'],
    ['signs of an overdose', 'overdose faq#someone-overdosing'],
    ['*friend wont wake up', 'overdose'],
    ['fentanyl in pills', 'overdose glossary#fentanyl'],
    ['good samaritan law overdose', 'overdose glossary#good-samaritan-law'],
    ['recovery position', 'overdose glossary#recovery-position'],
    ['fentanyl test strips', 'overdose glossary#fentanyl-test-strips'],
  ]),
  // Issue 22 (gaps-b): the questions an outside check found no page for, in the words people type.
  ...set('refusing help', [
    ['what is a 5150', 'faq#what-is-a-5150 when-someone-refuses-help#emergency-holds-the-5150-and-the-baker-act'],
    ['baker act', 'when-someone-refuses-help#emergency-holds-the-5150-and-the-baker-act faq#what-is-a-5150'],
    [
      'my son refuses to go to rehab',
      'faq#loved-one-refuses-treatment when-someone-refuses-help faq#make-adult-child-go',
    ],
    ['my husband wont stop drinking', 'when-someone-refuses-help faq#loved-one-refuses-treatment'],
    [
      'marchman act',
      'when-someone-refuses-help#court-ordered-treatment-for-mental-illness-or-substance-use faq#court-order-rehab',
    ],
    ['caseys law kentucky', 'when-someone-refuses-help faq#court-order-rehab'],
    ['section 35 massachusetts', 'when-someone-refuses-help faq#court-order-rehab'],
    [
      'can i force my daughter into treatment',
      'faq#make-adult-child-go faq#court-order-rehab when-someone-refuses-help',
    ],
    ['involuntary commitment for drug addiction', 'when-someone-refuses-help faq#court-order-rehab'],
    ['community reinforcement and family training', 'when-someone-refuses-help glossary#craft'],
  ]),
  ...set('housing', [
    ['sober living during iop', 'faq#sober-living-during-iop recovery-housing'],
    ['halfway house', 'recovery-housing glossary#recovery-residence glossary#residential-treatment'],
    ['how do i know if a sober house is legit', 'faq#legit-sober-living recovery-housing'],
    ['sober home offered me free rent', 'faq#sober-house-free-rent recovery-housing#red-flags'],
    [
      'does medicaid pay for sober living',
      'faq#insurance-pay-sober-living recovery-housing#paying-for-recovery-housing',
    ],
    ['oxford house', 'recovery-housing glossary#recovery-residence'],
    ['narr level 2 recovery residence', 'recovery-housing glossary#recovery-residence'],
  ]),
  ...set('school', [
    ['504 plan for anxiety', 'faq#504-plan-mental-health school-and-college-during-iop glossary#section-504-plan'],
    ['iep for depression', 'school-and-college-during-iop glossary#iep faq#504-plan-mental-health'],
    ['missing school for treatment', 'school-and-college-during-iop faq#teen-school faq#school-during-iop'],
    [
      'do i have to tell the school my child is in rehab',
      'faq#tell-school-about-treatment school-and-college-during-iop',
    ],
    ['college disability services', 'faq#college-accommodations school-and-college-during-iop'],
    ['reduced course load in college', 'faq#college-accommodations school-and-college-during-iop'],
    ['make up work after treatment', 'school-and-college-during-iop'],
  ]),
  ...set('self-pay', [
    [
      'good faith estimate',
      'paying-yourself#get-a-good-faith-estimate-in-writing glossary#good-faith-estimate faq#written-price-before-iop',
    ],
    ['paying for iop out of pocket', 'paying-yourself faq#written-price-before-iop faq#no-insurance'],
    ['bill is higher than the estimate', 'faq#bill-higher-than-estimate paying-yourself'],
    ['surprise out of network bill', 'faq#surprise-out-of-network-bill paying-yourself'],
    ['payment plan for rehab', 'faq#pay-iop-monthly paying-yourself'],
    ['no surprises act', 'paying-yourself faq#written-price-before-iop faq#surprise-out-of-network-bill'],
    ['cash price for treatment', 'paying-yourself faq#written-price-before-iop'],
  ]),
  ...set('immigrants', [
    ['can immigrants get medicaid', 'faq#immigrants-medicaid-2026 immigrants-and-coverage'],
    ['refugee health insurance 2027', 'faq#refugee-lose-coverage immigrants-and-coverage'],
    ['will medicaid affect my green card', 'faq#treatment-green-card immigrants-and-coverage'],
    ['mental health help for undocumented people', 'faq#undocumented-mental-health-care immigrants-and-coverage'],
    ['public charge', 'immigrants-and-coverage glossary#public-charge faq#treatment-green-card'],
    ['daca health insurance', 'immigrants-and-coverage'],
    ['emergency medicaid', 'immigrants-and-coverage'],
  ]),
  ...set('getting in', [
    ['do i need a referral for iop', 'faq#referral-for-iop how-iop-works'],
    ['how do i get into an iop', 'faq#get-into-iop choosing-a-program faq#find-a-program'],
    ['how to sign up for outpatient rehab', 'faq#get-into-iop choosing-a-program faq#find-a-program'],
    ['can i refer myself', 'faq#referral-for-iop'],
    ['iop intake appointment', 'faq#get-into-iop how-iop-works'],
  ]),
  ...set('legitimacy', [
    ['is this program legit', 'faq#rehab-legit choosing-a-program'],
    ['scam rehab', 'faq#rehab-legit faq#red-flags choosing-a-program'],
    ['how to check a rehab is licensed', 'faq#rehab-legit choosing-a-program glossary#state-license'],
    ['fake treatment center', 'faq#rehab-legit faq#red-flags choosing-a-program'],
    ['body brokers', 'glossary#patient-brokering recovery-housing faq#sober-house-free-rent'],
  ]),
  ...set('confidentiality', [
    ['will my employer find out', 'faq#employer-find-out working-during-iop'],
    ['will my job find out im in rehab', 'faq#employer-find-out working-during-iop'],
    ['are my records private', 'faq#treatment-kept-private faq#substance-use-records-private privacy-and-rights'],
    ['is rehab confidential', 'faq#treatment-kept-private privacy-and-rights faq#substance-use-records-private'],
    ['will anyone know im in treatment', 'faq#treatment-kept-private privacy-and-rights'],
  ]),
  ...set('two meanings', [
    ['does an iop actually work', 'benefits-and-trade-offs faq#is-iop-worth-it'],
    ['does outpatient rehab really work', 'benefits-and-trade-offs faq#is-iop-worth-it'],
    ['will rehab work for me', 'benefits-and-trade-offs faq#is-iop-worth-it'],
    ['work schedule and iop', 'working-during-iop faq#keep-working how-iop-works'],
    ['rehab while working', 'working-during-iop faq#keep-working'],
    ['rehab or iop', 'faq#iop-vs-rehab iop-vs-php'],
    ['outpatient rehab for alcohol', 'mental-health-and-substance-use-iop what-is-iop'],
  ]),
  ...set('misspellings', [
    ['theraphy', 'therapies-and-services'],
    ['insurence', 'paying-for-iop faq#insurance-coverage'],
    ['adolesent', 'iop-for-teens'],
    ['medicair', 'paying-for-iop faq#medicare-coverage'],
    ['medicade', 'paying-for-iop faq#medicaid-coverage glossary#medicaid'],
    ['councelling', 'therapies-and-services'],
    ['confidentaility', 'privacy-and-rights faq#substance-use-records-private'],
    ['hospitilization', 'iop-vs-php glossary#php'],
    ['accomodation', 'working-during-iop glossary#ada'],
    ['postpartem', 'pregnancy-and-postpartum'],
  ]),
  // Issue 22: stopping alcohol or sedatives safely (topic 2), medicine by telehealth (3), courts and MOUD (7),
  // Medicare above IOP and PHP (8).
  ...set('conditions', [
    ['is it safe to quit drinking cold turkey', 'faq#quit-drinking-cold-turkey stopping-alcohol-or-sedatives-safely'],
    [
      'alcohol withdrawal seizures',
      'stopping-alcohol-or-sedatives-safely faq#quit-drinking-cold-turkey glossary#delirium-tremens',
    ],
    [
      'how to stop xanax safely',
      'stopping-alcohol-or-sedatives-safely faq#stop-benzo-on-my-own glossary#benzodiazepine',
    ],
    ['coming off benzos', 'stopping-alcohol-or-sedatives-safely faq#stop-benzo-on-my-own glossary#benzodiazepine'],
    ['where can i detox', 'stopping-alcohol-or-sedatives-safely glossary#withdrawal-management faq#detox-first'],
    ['opioid detox or suboxone', 'stopping-alcohol-or-sedatives-safely#what-about-opioids'],
    ['what are the dts', 'glossary#delirium-tremens stopping-alcohol-or-sedatives-safely'],
  ]),
  ...set('life and needs', [
    ['can i still get suboxone by telehealth', 'telehealth-prescriptions faq#telehealth-medicine-2027'],
    ['adderall telehealth 2027', 'telehealth-prescriptions faq#telehealth-medicine-2027'],
    ['dea telehealth rule', 'telehealth-prescriptions faq#telehealth-medicine-2027'],
    ['do i need an in person visit for my prescription', 'telehealth-prescriptions faq#telehealth-medicine-2027'],
    [
      'buprenorphine by phone',
      'telehealth-prescriptions#buprenorphine-has-its-own-permanent-rule telehealth-prescriptions',
    ],
    [
      'can a judge make me stop methadone',
      'court-ordered-treatment#can-a-court-make-you-stop-methadone-or-buprenorphine faq#court-says-stop-suboxone',
    ],
    [
      'probation officer said stop suboxone',
      'faq#court-says-stop-suboxone court-ordered-treatment#can-a-court-make-you-stop-methadone-or-buprenorphine',
    ],
    [
      'drug court suboxone',
      'court-ordered-treatment#can-a-court-make-you-stop-methadone-or-buprenorphine faq#court-says-stop-suboxone',
    ],
    [
      'ada complaint court medication',
      'court-ordered-treatment#can-a-court-make-you-stop-methadone-or-buprenorphine faq#court-says-stop-suboxone',
    ],
    [
      'is it legal for probation to ban methadone',
      'court-ordered-treatment#can-a-court-make-you-stop-methadone-or-buprenorphine faq#court-says-stop-suboxone',
    ],
  ]),
  ...set('cost', [
    [
      'does medicare pay for a psychiatric hospital',
      'faq#medicare-psychiatric-hospital paying-for-iop#hospital-and-residential-care-with-medicare',
    ],
    [
      'medicare 190 day limit',
      'paying-for-iop#hospital-and-residential-care-with-medicare faq#medicare-psychiatric-hospital glossary#medicare-part-a',
    ],
    [
      'does medicare cover residential rehab',
      'faq#medicare-residential-rehab paying-for-iop#hospital-and-residential-care-with-medicare',
    ],
    [
      'medicare part a deductible',
      'paying-for-iop#hospital-and-residential-care-with-medicare glossary#medicare-part-a faq#medicare-psychiatric-hospital',
    ],
    [
      'medicare inpatient detox',
      'paying-for-iop#hospital-and-residential-care-with-medicare faq#medicare-residential-rehab',
    ],
    ['what is a benefit period', 'glossary#benefit-period paying-for-iop#hospital-and-residential-care-with-medicare'],
  ]),
  // Getting into IOP, step by step (issue 23, section 3): the journey page must answer these.
  ...set('getting in', [
    ['steps to get into iop', 'getting-into-iop faq#get-into-iop'],
    ['how to start an intensive outpatient program', 'getting-into-iop faq#get-into-iop'],
    ['how do i get admitted to an iop', 'getting-into-iop faq#get-into-iop'],
    ['iop step by step', 'getting-into-iop'],
  ]),
];
