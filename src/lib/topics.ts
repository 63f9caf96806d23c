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
