/**
 * The words of <DenialLetter /> (one line from a made-up letter saying a plan will not pay: where the reason and the
 * last day to appeal are), in both languages. Its own module so the shared words module of the other pictures stays
 * untouched. The date is made up and says so ("sample").
 */
import type { Lang } from '../../i18n/lang.ts';

/** Every word of the strip in one language. */
export interface DenialLetterWords {
  /** The strip's title: says it is a sample and how to use it (PEMAT 25), one short line. */
  title: string;
  /** The two places to find on a real letter, in reading order. */
  fields: readonly [{ label: string; value: string }, { label: string; value: string }];
}

export const DENIAL_LETTER_WORDS: Record<Lang, DenialLetterWords> = {
  en: {
    title: 'On your letter (a sample), find:',
    fields: [
      { label: 'Reason', value: 'IOP not needed' },
      { label: 'Last day to appeal', value: 'June 30' },
    ],
  },
  es: {
    title: 'En su carta (un ejemplo):',
    fields: [
      { label: 'Motivo', value: 'no necesita el IOP' },
      { label: 'Apele hasta el', value: '30 de junio' },
    ],
  },
};
