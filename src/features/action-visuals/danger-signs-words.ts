/**
 * The words of <DangerSigns /> (three danger signs as small pictures leading to a phone with 911), in both languages.
 * Its own module so the shared words module of the other pictures stays untouched. Each label is one or two words and
 * stays on one line under its picture; together they are the picture's text equivalent.
 */
import type { Lang } from '../../i18n/lang.ts';

/** Every word of the row in one language. */
export interface DangerSignsWords {
  /** The three signs, in the order of their pictures: a seizure, very confused, will not wake up. */
  signs: readonly [string, string, string];
  /** Under the phone: what to do. */
  call: string;
}

export const DANGER_SIGNS_WORDS: Record<Lang, DangerSignsWords> = {
  en: { signs: ['Seizure', 'Confused', "Won't wake up"], call: 'Call 911' },
  es: { signs: ['Convulsión', 'Confusión', 'No despierta'], call: 'Llame al 911' },
};
