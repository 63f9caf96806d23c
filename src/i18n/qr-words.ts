/**
 * What a QR code's accessible name says, in each language. Apart from strings.ts: the link builder and the
 * questions tool draw codes in the reader's browser and ship this, not the whole site's words.
 */
import type { Lang } from './lang.ts';

/** The start of a QR code's accessible name: "QR code that opens “Paying for IOP”: https://…". */
export const QR_WORDS: Record<Lang, { opens: string }> = {
  en: { opens: 'QR code that opens' },
  es: { opens: 'Código QR que abre' },
};
