/**
 * The words of <PrintSteps> (the overdose page's steps and naloxone pictures as a sheet that prints alone, with lines to
 * write in the address and where the naloxone is kept), in both languages. Its own module so the shared words module
 * of the other pictures stays untouched.
 */
import type { Lang } from '../../i18n/lang.ts';

/** Every word of the printable steps in one language. */
export interface PrintStepsWords {
  /** The sheet's title, on paper only (the page's own title does not print with the steps). */
  title: string;
  /** How to use the sheet (PEMAT 25), above the lines to write in. */
  howTo: string;
  /** The lines to fill in on paper. */
  fields: readonly [string, string];
  print: string;
  /** Shown once the steps are the page's target (without JavaScript, the reader then prints). */
  hint: string;
}

export const PRINT_STEPS_WORDS: Record<Lang, PrintStepsWords> = {
  en: {
    title: 'If someone may be overdosing: what to do',
    howTo:
      'Print these steps and pictures (2 pages). Write in your address and where you keep the naloxone. Put the pages where others can see them, so anyone can act fast.',
    fields: ['Our address, to tell 911:', 'Where we keep the naloxone:'],
    print: 'Print these steps',
    hint: 'Only these steps and pictures will print now. Use your browser’s Print command.',
  },
  es: {
    title: 'Si alguien puede estar teniendo una sobredosis: qué hacer',
    howTo:
      'Imprima estos pasos y dibujos (2 páginas). Escriba su dirección y dónde guarda la naloxona. Ponga las hojas donde otros las vean, para que cualquiera pueda actuar rápido.',
    fields: ['Nuestra dirección, para decírsela al 911:', 'Dónde guardamos la naloxona:'],
    print: 'Imprimir estos pasos',
    hint: 'Ahora solo se imprimirán estos pasos y dibujos. Use el comando Imprimir de su navegador.',
  },
};
