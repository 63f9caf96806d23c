/** Crisis and help lines: the one place these numbers are typed. Every page, printout and test reads them here. */
export interface Helpline {
  id: string;
  name: string;
  /** What to do, shown as the main line. */
  action: string;
  /** A tel:, sms: or https: link for the main action. */
  href: string;
  detail: string;
}

/** The three lines shown on every page (footer, print, crisis box). */
export const CRISIS_LINES: readonly Helpline[] = [
  {
    id: '988',
    name: '988 Suicide & Crisis Lifeline',
    action: 'Call or text 988',
    href: 'tel:988',
    detail:
      'Free, confidential, 24/7, for any mental health, substance use or suicidal crisis, or if you are worried about someone. Chat at 988lifeline.org. En español: call 988 and press 2, or text AYUDA to 988.',
  },
  {
    id: '911',
    name: 'Emergency services',
    action: 'Call 911',
    href: 'tel:911',
    detail: 'If you or someone else is in immediate danger, or go to the nearest emergency room.',
  },
  {
    id: 'samhsa',
    name: 'SAMHSA National Helpline',
    action: 'Call 1-800-662-4357',
    href: 'tel:+18006624357',
    detail:
      'Free, confidential, 24/7, in English and Spanish. It helps you find treatment and support; it does not give counseling.',
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
    id: '988-chat',
    name: '988 Lifeline chat',
    action: 'Chat at 988lifeline.org',
    href: 'https://988lifeline.org/',
    detail:
      'Online chat with the same crisis counselors, in English or Spanish. Deaf and hard of hearing people can use ASL Now on the site, or a videophone, to reach a counselor who signs in American Sign Language.',
  },
  {
    id: 'veterans',
    name: 'Veterans Crisis Line',
    action: 'Call 988, then press 1, or text 838255',
    href: 'tel:988',
    detail:
      'For veterans, service members and their families and friends. You do not need to be enrolled in VA benefits or health care. Chat at VeteransCrisisLine.net/Chat.',
  },
  {
    id: 'crisis-text-line',
    name: 'Crisis Text Line',
    action: 'Text HOME to 741741',
    href: 'sms:741741?&body=HOME',
    detail: 'Free, 24/7 text support from trained volunteers (not clinicians). Any first word works.',
  },
  {
    id: 'samhsa-tty',
    name: 'SAMHSA National Helpline by TTY or text',
    action: 'TTY 1-800-487-4889, or text your ZIP code to 435748',
    href: 'tel:+18004874889',
    detail:
      'The same free, confidential referral service, for people who use TTY or prefer to text. The text service is in English.',
  },
  {
    id: 'findtreatment',
    name: 'FindTreatment.gov',
    action: 'Search FindTreatment.gov',
    href: 'https://findtreatment.gov/',
    detail: 'The federal government’s confidential search for state-licensed treatment, with filters for payment type.',
  },
];

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
] as const;
