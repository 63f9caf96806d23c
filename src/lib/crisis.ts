/**
 * Crisis and help lines: the one place these numbers are typed. Every page, printout and test reads them here.
 * Calling and texting are separate actions (tel: and sms: links), so "Text 988" never opens the dialler.
 */

/** What a reader can do with a line: call, text, chat or visit a site. */
export type ActionKind = 'call' | 'text' | 'web';

/** One action: its visible label (which always contains the number to dial or text) and its link. */
export interface HelpAction {
  kind: ActionKind;
  label: string;
  href: string;
  /** A shorter label for the sticky crisis strip, which must stay one row on a phone (the link is the same). */
  short?: string;
}

/** A helpline: its name, what you can do, and a sentence on who it is for. */
export interface Helpline {
  id: string;
  name: string;
  actions: readonly HelpAction[];
  detail: string;
  /** Plain words after the name where `detail` is not shown (a printed sheet has no glossary to lean on). */
  gloss?: string;
}

/** An sms: link; `body` pre-fills the message (iOS and Android both read "?&body="). */
export function smsHref(number: string, body?: string): string {
  return body ? `sms:${number}?&body=${encodeURIComponent(body)}` : `sms:${number}`;
}

const call = (label: string, number: string): HelpAction => ({ kind: 'call', label, href: `tel:${number}` });
const text = (label: string, number: string, body?: string): HelpAction => ({
  kind: 'text',
  label,
  href: smsHref(number, body),
});
const web = (label: string, url: string): HelpAction => ({ kind: 'web', label, href: url });

/** The three lines shown on every page (header, footer, print, crisis box). */
export const CRISIS_LINES: readonly Helpline[] = [
  {
    id: '988',
    name: '988 Suicide & Crisis Lifeline',
    actions: [call('Call 988', '988'), text('Text 988', '988')],
    detail:
      'Free, confidential, 24/7, for any mental health, substance use or suicidal crisis, or if you are worried about someone. Chat at 988lifeline.org. En español: call 988 and press 2, or text AYUDA to 988.',
  },
  {
    id: '911',
    name: 'Emergency services',
    actions: [call('Call 911', '911')],
    detail: 'Call if you or someone else is in immediate danger. You can also go to the nearest emergency room.',
  },
  {
    id: 'samhsa',
    name: 'SAMHSA National Helpline',
    actions: [call('Call 1-800-662-4357', '+18006624357'), text('Text your ZIP code to 435748', '435748')],
    detail:
      'Run by SAMHSA, the federal Substance Abuse and Mental Health Services Administration. Free, confidential, 24/7, in English and Spanish. It helps you find treatment and support; it does not give counseling. Texting is in English.',
  },
];

/** One of the three lines shown on every page, by id; an unknown id is a mistake in the code, so it throws. */
export function crisisLine(id: '988' | '911' | 'samhsa'): Helpline {
  const line = CRISIS_LINES.find((l) => l.id === id);
  if (!line) throw new Error(`no crisis line "${id}" in src/lib/crisis.ts`);
  return line;
}

/** Further lines for the Get help now page. */
export const MORE_LINES: readonly Helpline[] = [
  {
    id: '988-spanish',
    name: '988 in Spanish (988 en español)',
    actions: [call('Call 988, then press 2', '988'), text('Text AYUDA to 988', '988', 'AYUDA')],
    detail:
      'The same free, confidential 988 Lifeline, with counselors who speak Spanish. Chat in Spanish at 988lifeline.org.',
  },
  {
    id: '988-chat',
    name: '988 Lifeline chat',
    actions: [web('Chat at 988lifeline.org', 'https://988lifeline.org/')],
    detail:
      'Online chat with the same crisis counselors, in English or Spanish. Deaf and hard of hearing people can use ASL Now on the site, or a videophone, to reach a counselor who signs in American Sign Language.',
  },
  {
    id: 'veterans',
    name: 'Veterans Crisis Line',
    actions: [call('Call 988, then press 1', '988'), text('Text 838255', '838255')],
    detail:
      'For veterans, service members and their families and friends. You do not need to be enrolled in VA benefits or health care. Chat at VeteransCrisisLine.net/Chat.',
  },
  {
    id: 'trevor',
    name: 'The Trevor Project (LGBTQ+ young people)',
    actions: [call('Call 1-866-488-7386', '+18664887386'), text('Text START to 678678', '678678', 'START')],
    detail:
      'Free, confidential, 24/7 crisis support for LGBTQ+ young people, by call, text or chat at TheTrevorProject.org. 988 also helps everyone.',
  },
  {
    id: 'crisis-text-line',
    name: 'Crisis Text Line',
    actions: [text('Text HOME to 741741', '741741', 'HOME')],
    detail: 'Free, 24/7 text support from trained volunteers (not clinicians). Any first word works.',
  },
  {
    id: 'samhsa-tty',
    name: 'SAMHSA National Helpline by TTY',
    actions: [call('TTY 1-800-487-4889', '+18004874889')],
    detail:
      'The same free, confidential referral service, for people who are deaf or hard of hearing and use a TTY (text telephone: a phone that sends typed words).',
  },
  {
    id: 'findtreatment',
    name: 'FindTreatment.gov',
    actions: [web('Search FindTreatment.gov', 'https://findtreatment.gov/')],
    detail: 'The federal government’s confidential search for state-licensed treatment, with filters for payment type.',
  },
];

/**
 * The lines in Spanish, for Spanish pages and printouts: the same ids, numbers and links, in Spanish words. 988 and
 * SAMHSA's National Helpline answer in Spanish (988: press 2, or text AYUDA); SAMHSA's texting is in English only.
 */
export const CRISIS_LINES_ES: readonly Helpline[] = [
  {
    id: '988',
    name: 'Línea 988 de Prevención del Suicidio y Crisis',
    // The strip says "Llame al 988" (the line's greeting offers Spanish with 2) and "Mensaje al 988" (the message
    // opens with AYUDA already typed); the full words are in the footer, on Get help now and on every printout.
    actions: [
      { ...call('Llame al 988 y oprima 2', '988'), short: 'Llame al 988' },
      { ...text('Envíe AYUDA al 988', '988', 'AYUDA'), short: 'Mensaje al 988' },
    ],
    detail:
      'Gratis, confidencial, las 24 horas, para cualquier crisis de salud mental, de consumo de sustancias o de suicidio, o si le preocupa otra persona. Hay consejeros que hablan español, también por chat en 988lifeline.org.',
  },
  {
    id: '911',
    name: 'Servicios de emergencia',
    actions: [call('Llame al 911', '911')],
    detail:
      'Llame si usted u otra persona está en peligro inmediato. También puede ir a la sala de emergencias más cercana.',
  },
  {
    id: 'samhsa',
    name: 'Línea Nacional de Ayuda de SAMHSA',
    actions: [call('Llame al 1-800-662-4357', '+18006624357')],
    detail:
      'De SAMHSA, la Administración de Servicios de Salud Mental y Abuso de Sustancias del gobierno federal. Gratis, confidencial, las 24 horas, en español e inglés. Le ayuda a encontrar tratamiento y apoyo; no da consejería.',
  },
];

/** Further lines for the Spanish Get help now page (the English page lists the rest). */
export const MORE_LINES_ES: readonly Helpline[] = [
  {
    id: '988-chat',
    name: 'Chat de la Línea 988',
    actions: [web('Chatee en 988lifeline.org', 'https://988lifeline.org/')],
    detail:
      'Chat por internet con los mismos consejeros de crisis, gratis y confidencial, en español o en inglés. Las personas sordas o con problemas de audición pueden usar ASL Now en el sitio, o un videoteléfono, para hablar en lengua de señas americana (ASL).',
  },
  {
    id: 'veterans',
    name: 'Línea de Crisis para Veteranos',
    actions: [call('Llame al 988 y oprima 1', '988'), text('Envíe un texto al 838255', '838255')],
    detail:
      'Para veteranos, miembros del servicio militar y sus familias y amigos. No necesita estar inscrito en los beneficios ni en la atención médica del VA. También puede chatear en VeteransCrisisLine.net/Chat (en inglés).',
  },
  {
    id: 'samhsa-tty',
    name: 'Línea Nacional de Ayuda de SAMHSA por TTY',
    actions: [call('TTY 1-800-487-4889', '+18004874889')],
    detail:
      'El mismo servicio gratuito y confidencial, para personas sordas o con problemas de audición que usan un TTY (teléfono de texto: un teléfono que envía palabras escritas).',
  },
  {
    id: 'findtreatment',
    name: 'FindTreatment.gov',
    actions: [web('Buscar en FindTreatment.gov (en inglés)', 'https://findtreatment.gov/')],
    detail: 'El buscador confidencial del gobierno federal de programas de tratamiento con licencia estatal.',
  },
];

/**
 * Support lines that pages name where their topic comes up (not crisis lines, so not on Get help now). Their labels
 * are what content may show as these numbers.
 */
export const SUPPORT_LINES: readonly Helpline[] = [
  {
    id: 'maternal-mental-health',
    name: 'National Maternal Mental Health Hotline',
    actions: [call('Call 1-833-852-6262', '+18338526262'), text('Text 1-833-852-6262', '+18338526262')],
    detail:
      'Free, confidential, 24/7 support by call or text for pregnant and postpartum people and their families (1-833-TLC-MAMA), in English and Spanish, with interpreters for 60 more languages. It is not a crisis line.',
  },
  /**
   * The federal No Surprises Help Desk (CMS): questions and complaints about surprise bills and good faith estimates.
   * "Call the Help Desk at 1-800-985-3059 ... We can help you in English, Spanish and over 350 other languages"
   * (nsa-idr.cms.gov, consumer complaints page, seen 2026-12-05). Its hours are not stated here: not seen from CMS.
   */
  {
    id: 'no-surprises',
    name: 'No Surprises Help Desk',
    actions: [call('Call 1-800-985-3059', '+18009853059')],
    detail: 'Free federal help with surprise bills and good faith estimates, in English, Spanish and other languages.',
  },
];

/** The lines shown on every page, in the page's language. */
export function crisisLinesFor(lang: 'en' | 'es'): readonly Helpline[] {
  return lang === 'es' ? CRISIS_LINES_ES : CRISIS_LINES;
}

/** Every action label of every line (what content and tests may show as helpline numbers). */
export function actionLabels(
  lines: readonly Helpline[] = [
    ...CRISIS_LINES,
    ...MORE_LINES,
    ...CRISIS_LINES_ES,
    ...MORE_LINES_ES,
    POISON_LINE,
    POISON_LINE_ES,
    ...SUPPORT_LINES,
  ],
): string[] {
  return lines.flatMap((l) => l.actions.map((a) => a.label));
}

/** Sources for the numbers above, shown on the Get help now page. */
export const CRISIS_SOURCES = [
  {
    title: '988 Suicide & Crisis Lifeline',
    publisher: '988 Suicide & Crisis Lifeline',
    year: 2025,
    url: 'https://988lifeline.org/',
  },
  {
    title: 'SAMHSA’s National Helpline',
    publisher: 'Substance Abuse and Mental Health Services Administration (SAMHSA)',
    year: 2025,
    url: 'https://www.samhsa.gov/find-help/national-helpline',
  },
  {
    title: 'Veterans Crisis Line',
    publisher: 'U.S. Department of Veterans Affairs',
    year: 2025,
    url: 'https://www.veteranscrisisline.net/',
  },
  {
    title: 'Help for Mental Illnesses',
    publisher: 'National Institute of Mental Health (NIMH)',
    year: 2025,
    url: 'https://www.nimh.nih.gov/health/find-help',
  },
  {
    title: 'FindTreatment.gov',
    publisher: 'Substance Abuse and Mental Health Services Administration (SAMHSA)',
    year: 2025,
    url: 'https://findtreatment.gov/',
  },
  {
    title: 'Crisis Text Line',
    publisher: 'Crisis Text Line',
    year: 2025,
    url: 'https://www.crisistextline.org/',
  },
  {
    title: 'Get Help Now (TrevorLifeline, TrevorText, TrevorChat)',
    publisher: 'The Trevor Project',
    year: 2025,
    url: 'https://www.thetrevorproject.org/get-help/',
  },
  {
    title: 'Poison Help: About Us',
    publisher: 'Health Resources and Services Administration (HRSA)',
    year: 2026,
    url: 'https://poisonhelp.hrsa.gov/about-us',
  },
] as const;

/**
 * Poison Help (HRSA's national line; it connects to the local poison center): free and confidential, 24 hours a day,
 * answered by nurses, pharmacists and doctors, with interpretation in 161 languages (poisonhelp.hrsa.gov/about-us
 * and its Spanish page, seen December 2026). For a possible poisoning or an overdose of a medicine; HRSA and the
 * poison centers say to call 911 first if the person is unconscious, has trouble breathing or has a seizure.
 */
export const POISON_LINE: Helpline = {
  id: 'poison',
  name: 'Poison Help',
  actions: [call('Call 1-800-222-1222', '+18002221222')],
  detail:
    'Free and confidential, 24/7, with interpreters (Spanish too). For pills, drugs or chemicals someone may have taken.',
};

/** Poison Help in Spanish words (HRSA calls it "la línea gratuita de ayuda por envenenamiento"). */
export const POISON_LINE_ES: Helpline = {
  id: 'poison',
  name: 'Poison Help (ayuda por envenenamiento)',
  actions: [call('Llame al 1-800-222-1222', '+18002221222')],
  detail:
    'Gratis y confidencial, las 24 horas, con intérpretes en español. Si alguien pudo haber tomado pastillas, drogas o un químico.',
};

/** The first action of search's help box when someone may be dying: the emergency number, said as an instruction. */
export const CALL_911_NOW: Readonly<Record<'en' | 'es', HelpAction>> = {
  en: call('Call 911 now', '911'),
  es: call('Llame al 911 ahora', '911'),
};
