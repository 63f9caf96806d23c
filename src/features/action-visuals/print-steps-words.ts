/**
 * The words of <PrintSteps> (the overdose page's steps and naloxone pictures as a sheet that prints alone, with lines to
 * write in the address, where the naloxone is kept and the date on its box), in both languages. Its own module so the
 * shared words module of the other pictures stays untouched.
 */
import type { Lang } from '../../i18n/lang.ts';

/** Every word of the printable steps in one language. */
export interface PrintStepsWords {
  /** The sheet's title, on paper only (the page's own title does not print with the steps). */
  title: string;
  /** The page's key reassurance, in bold right under the title on paper (raters: it was missing from the sheet). */
  safe: string;
  /**
   * Right above the pictures, on screen and paper: which of the numbered steps they show. The 5 pictures show steps 2
   * to 6 and carry those numbers (<NaloxoneSteps first="2" />); the line says why the pictures start at 2.
   */
  pictures: string;
  /** How to use the page's sheet (PEMAT 25), on screen only: it speaks of printing. */
  howTo: string;
  /** How to use the sheet once printed (PEMAT 25), on paper only, above the lines to write in. */
  howToPaper: string;
  /** The lines to fill in on paper. */
  fields: readonly [string, string, string];
  print: string;
  /** Shown once the steps are the page's target (without JavaScript, the reader then prints). */
  hint: string;
}

export const PRINT_STEPS_WORDS: Record<Lang, PrintStepsWords> = {
  en: {
    title: 'If someone may be overdosing: what to do',
    safe: 'It is safe to give naloxone even if you are not sure it is an overdose.',
    pictures: 'The pictures below show steps 2 to 6 above, with the same numbers.',
    howTo:
      'Print these steps and pictures (2 pages). Write in your address, where you keep the naloxone and the date on its box. Put the pages where others can see them, so anyone can act fast.',
    howToPaper:
      'Write in your address, where you keep the naloxone and the date on its box. Put these pages where others can see them, so anyone can act fast.',
    fields: [
      'Our address, to tell 911:',
      'Where we keep the naloxone:',
      'Date on the naloxone box (get a new one before then):',
    ],
    print: 'Print these steps',
    hint: 'Only these steps and pictures will print now. Use your browser’s Print command.',
  },
  es: {
    title: 'Si alguien puede estar teniendo una sobredosis: qué hacer',
    safe: 'Dar naloxona no hace daño, aunque no sepa si es una sobredosis.',
    pictures: 'Los dibujos de abajo muestran los pasos 2 a 6 de arriba, con los mismos números.',
    howTo:
      'Imprima estos pasos y dibujos (2 páginas). Escriba su dirección, dónde guarda la naloxona y la fecha de la caja. Ponga las hojas donde otros las vean, para que cualquiera pueda actuar rápido.',
    howToPaper:
      'Escriba su dirección, dónde guarda la naloxona y la fecha de la caja. Ponga estas hojas donde otros las vean, para que cualquiera pueda actuar rápido.',
    fields: [
      'Nuestra dirección, para decírsela al 911:',
      'Dónde guardamos la naloxona:',
      'Fecha en la caja de la naloxona (consiga una nueva antes):',
    ],
    print: 'Imprimir estos pasos',
    hint: 'Ahora solo se imprimirán estos pasos y dibujos. Use el comando Imprimir de su navegador.',
  },
};
