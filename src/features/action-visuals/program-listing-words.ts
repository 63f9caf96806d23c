/**
 * The words of <ProgramListing /> (a made-up program listing like the ones a treatment search such as FindTreatment.gov
 * shows, its useful parts numbered, and a key that says what to check or do at each number), in both languages. Its
 * own module so the shared words module of the other pictures stays untouched.
 */
import type { Lang } from '../../i18n/lang.ts';
import type { VisualItem } from './words.ts';

/** One labelled line of the made-up listing: what the line is, and the made-up value. */
export interface ListingField {
  label: string;
  value: string;
}

/** Every word of the picture in one language. */
export interface ProgramListingWords {
  title: string;
  /** How to use the picture to act (PEMAT 25). */
  howTo: string;
  sample: string;
  name: string;
  address: string;
  /** The numbered lines, in the order of the numbers on the listing and in the key. */
  fields: readonly [ListingField, ListingField, ListingField];
  /** What to check or do at each numbered line (same order). */
  key: readonly [VisualItem, VisualItem, VisualItem];
}

export const PROGRAM_LISTING_WORDS: Record<Lang, ProgramListingWords> = {
  en: {
    title: 'What to look for in a program listing',
    howTo:
      'This made-up listing shows the parts of a search result that help you make your short list. Find each numbered part in a real listing, then do what the list below says.',
    sample: 'Sample',
    name: 'Sample Valley Counseling Center',
    address: '123 Main Street, Anytown',
    fields: [
      { label: 'Type of care', value: 'Outpatient: intensive outpatient treatment' },
      { label: 'Payment accepted', value: 'Medicaid, Medicare, private insurance, sliding fee' },
      { label: 'Phone', value: '(XXX) XXX-XXXX' },
    ],
    key: [
      {
        title: 'Type of care',
        text: 'Look for the words "intensive outpatient". If they are not there, ask when you call.',
      },
      {
        title: 'Payment',
        text: 'Check that your way to pay is listed. Then ask your plan if the program is in its network.',
      },
      {
        title: 'Phone',
        text: 'Call. Ask which state license the program holds, ask to see proof, and use the questions below.',
      },
    ],
  },
  es: {
    title: 'Qué buscar en la ficha de un programa',
    howTo:
      'Esta ficha inventada muestra las partes de un resultado de búsqueda que le ayudan a hacer su lista corta. Busque cada parte numerada en una ficha real y haga lo que dice la lista de abajo.',
    sample: 'Ejemplo',
    name: 'Centro de Consejería Valle de Ejemplo',
    address: 'Calle Principal 123, Pueblo',
    fields: [
      { label: 'Tipo de atención', value: 'Ambulatoria: tratamiento intensivo ambulatorio' },
      { label: 'Formas de pago', value: 'Medicaid, Medicare, seguro privado, tarifa según ingresos' },
      { label: 'Teléfono', value: '(XXX) XXX-XXXX' },
    ],
    key: [
      {
        title: 'Tipo de atención',
        text: 'Busque las palabras "intensivo ambulatorio" (en inglés, "intensive outpatient"). Si no están, pregunte al llamar.',
      },
      {
        title: 'Formas de pago',
        text: 'Revise que su forma de pago esté en la lista. Luego pregunte a su plan si el programa está en su red.',
      },
      {
        title: 'Teléfono',
        text: 'Llame. Pregunte qué licencia del estado tiene el programa, pida ver una prueba y use las preguntas de abajo.',
      },
    ],
  },
};
