import type { Audience, Topic } from './schemas';

/** Topic labels and blurbs, in the order the guide presents them. */
export const TOPIC_INFO: Record<Topic, { label: string; blurb: string }> = {
  'about-iop': { label: 'Understanding IOP', blurb: 'What IOP is, how it works, what happens there, and the kinds of care it offers.' },
  'care-levels': { label: 'IOP and other levels of care', blurb: 'Who IOP can help, and how it compares with PHP, residential and hospital care.' },
  paying: { label: 'Paying for IOP', blurb: 'Insurance, Medicare, Medicaid, prior authorization and appeals.' },
  choosing: { label: 'Deciding and choosing', blurb: 'Weighing the pros and cons, questions to ask, signs of quality and red flags.' },
  families: { label: 'Families and teens', blurb: 'Helping someone you care about, and IOP for young people.' },
  after: { label: 'After IOP', blurb: 'Stepping down, aftercare and what to do if symptoms return.' },
  rights: { label: 'Privacy and rights', blurb: 'Health privacy laws and time off work, in outline.' },
};

/** Audience labels for filters and page badges. */
export const AUDIENCE_LABEL: Record<Audience, string> = {
  self: 'For you',
  family: 'For families and friends',
  professional: 'For clinics and professionals',
};
