/** Topics group articles and FAQs: the one place their ids, labels, blurbs and order are written. */
export const TOPIC_INFO = {
  'about-iop': {
    label: 'Understanding IOP',
    blurb: 'What IOP is, how it works, what happens there, and the kinds of care it offers.',
  },
  'care-levels': {
    label: 'IOP and other levels of care',
    blurb: 'Who IOP can help, and how it compares with PHP, residential and hospital care.',
  },
  needs: {
    label: 'Care for particular needs',
    blurb: 'Trauma, eating disorders, veterans, pregnancy, and LGBTQ+ people.',
  },
  'daily-life': { label: 'Fitting IOP into your life', blurb: 'Work, getting there, child care, and missed sessions.' },
  paying: { label: 'Paying for IOP', blurb: 'Insurance, Medicare, Medicaid, prior authorization and appeals.' },
  choosing: {
    label: 'Deciding and choosing',
    blurb: 'Pros and cons, questions to ask, signs of quality and red flags.',
  },
  families: { label: 'Families and teens', blurb: 'Helping someone you care about, and IOP for young people.' },
  safety: { label: 'Overdose and safety', blurb: 'What to do in an overdose, naloxone, and lowering the risk.' },
  after: { label: 'After IOP', blurb: 'Stepping down, aftercare and what to do if symptoms return.' },
  rights: { label: 'Privacy and rights', blurb: 'Health privacy laws and time off work, in outline.' },
} as const satisfies Record<string, { label: string; blurb: string }>;

/** A topic id. */
export type Topic = keyof typeof TOPIC_INFO;
/** Topic ids in the order the guide presents them. */
export const TOPICS = Object.keys(TOPIC_INFO) as [Topic, ...Topic[]];

/** Who a page is mainly for, with the label shown in filters and badges. */
export const AUDIENCE_LABEL = {
  self: 'For you',
  family: 'For families and friends',
  professional: 'For clinics and professionals',
} as const;
/** An audience id. */
export type Audience = keyof typeof AUDIENCE_LABEL;
/** Audience ids in display order. */
export const AUDIENCES = Object.keys(AUDIENCE_LABEL) as [Audience, ...Audience[]];

/** The topics' labels and blurbs in Spanish (same ids and order). */
export const TOPIC_INFO_ES: Record<Topic, { label: string; blurb: string }> = {
  'about-iop': { label: 'Qué es un IOP', blurb: 'Qué es un IOP, cómo funciona, qué pasa allí y qué atención ofrece.' },
  'care-levels': {
    label: 'El IOP y otros niveles de atención',
    blurb: 'A quién puede ayudar un IOP, y cómo se compara con otros niveles de atención.',
  },
  needs: {
    label: 'Atención para necesidades específicas',
    blurb: 'Trauma, trastornos de la conducta alimentaria, veteranos, embarazo y personas LGBTQ+.',
  },
  'daily-life': {
    label: 'El IOP en su vida diaria',
    blurb: 'El trabajo, cómo llegar, el cuidado de los niños y las sesiones perdidas.',
  },
  paying: {
    label: 'Cómo pagar un IOP',
    blurb: 'Seguro médico, Medicare, Medicaid, autorización previa y apelaciones.',
  },
  choosing: {
    label: 'Decidir y elegir',
    blurb: 'Lo bueno y lo malo, qué preguntar y cómo ver si un programa es bueno.',
  },
  families: { label: 'Familias y adolescentes', blurb: 'Cómo ayudar a un ser querido, y el IOP para jóvenes.' },
  safety: {
    label: 'Sobredosis y seguridad',
    blurb: 'Qué hacer ante una sobredosis, la naloxona y cómo bajar el riesgo.',
  },
  after: {
    label: 'Después del IOP',
    blurb: 'El paso a menos horas, el plan para después y qué hacer si vuelven los síntomas.',
  },
  rights: {
    label: 'Privacidad y derechos',
    blurb: 'Sus datos de salud, sus derechos y el tiempo libre del trabajo.',
  },
};

/** The audiences' labels in Spanish. */
export const AUDIENCE_LABEL_ES: Record<Audience, string> = {
  self: 'Para usted',
  family: 'Para familiares y amigos',
  professional: 'Para clínicas y profesionales',
};

/** Topic labels and blurbs in a language. */
export function topicInfo(lang: 'en' | 'es'): Record<Topic, { label: string; blurb: string }> {
  return lang === 'es' ? TOPIC_INFO_ES : TOPIC_INFO;
}

/** Audience labels in a language. */
export function audienceLabel(lang: 'en' | 'es'): Record<Audience, string> {
  return lang === 'es' ? AUDIENCE_LABEL_ES : AUDIENCE_LABEL;
}
