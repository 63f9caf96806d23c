import { paths } from './urls';
import { DEFAULT_LEVELS } from '../features/compare/state';

/** The home page's three task-based starting points. */
export const ENTRY_POINTS = [
  {
    label: 'I’m looking into IOP for myself',
    href: paths.article('what-is-iop'),
    blurb: 'What IOP is, what a week looks like, and how to find out if it could fit you.',
    links: [
      { href: paths.article('how-iop-works'), label: 'How IOP works' },
      { href: paths.article('paying-for-iop'), label: 'Paying for IOP' },
      { href: paths.faq(), label: 'Common questions' },
    ],
  },
  {
    label: 'I’m looking for someone I care about',
    href: paths.article('for-families'),
    blurb: 'How to help, what programs can share with you, and care for teens.',
    links: [
      { href: paths.article('iop-for-teens'), label: 'IOP for teens' },
      { href: paths.article('choosing-a-program'), label: 'Choosing a program' },
      { href: paths.getHelp(), label: 'Get help now' },
    ],
  },
  {
    label: 'I work at a clinic',
    href: paths.clinics(),
    blurb: 'Link patients to exact sections, print one-page handouts, and make QR codes.',
    links: [
      { href: paths.handouts(), label: 'Handouts to print' },
      { href: paths.linkBuilder(), label: 'Make a link or QR code' },
      { href: paths.compare(DEFAULT_LEVELS), label: 'Compare levels of care' },
    ],
  },
] as const;
