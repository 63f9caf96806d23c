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
  /** A word to look for, drawn circled after `value`, and any words after it. */
  mark?: string;
  after?: string;
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

/**
 * The same listing for a place that treats mental health and substance use together (the mental health and substance
 * use page): <ProgramListing kind="both" />. The word to look for, "co-occurring", is circled; it stays in English in
 * Spanish, as FindTreatment.gov shows it.
 */
export const PROGRAM_LISTING_BOTH_WORDS: Record<Lang, ProgramListingWords> = {
  en: {
    title: 'How a listing shows care for both',
    howTo:
      'This made-up listing shows where a search result says a place treats mental health and substance use. Find each numbered part in a real listing, then do what the list below says.',
    sample: 'Sample',
    name: 'Sample Valley Counseling Center',
    address: '123 Main Street, Anytown',
    fields: [
      { label: 'Type of care', value: 'Mental health treatment, substance use treatment' },
      { label: 'Services', value: 'Treatment for ', mark: 'co-occurring', after: ' substance use and mental illness' },
      { label: 'Phone', value: '(XXX) XXX-XXXX' },
    ],
    key: [
      {
        title: 'Type of care',
        text: 'Look for both “mental health” and “substance use”. If only one is there, the place may treat only that one.',
      },
      {
        title: 'Co-occurring',
        text: 'This word means both at once. It may be in the filters or in the list of services. It is a sign the place treats both.',
      },
      {
        title: 'Phone',
        text: 'Call to check, so you know before you go. Ask if one team treats both, and use the questions below.',
      },
    ],
  },
  es: {
    title: 'Cómo muestra una ficha la atención para las dos cosas',
    howTo:
      'Esta ficha inventada muestra dónde un resultado de búsqueda dice que un lugar trata la salud mental y el consumo de sustancias. Busque cada parte numerada en una ficha real y haga lo que dice la lista de abajo.',
    sample: 'Ejemplo',
    name: 'Centro de Consejería Valle de Ejemplo',
    address: 'Calle Principal 123, Pueblo',
    fields: [
      { label: 'Tipo de atención', value: 'Salud mental, consumo de sustancias' },
      { label: 'Servicios', value: 'Tratamiento ', mark: 'co-occurring', after: ' (de las dos cosas a la vez)' },
      { label: 'Teléfono', value: '(XXX) XXX-XXXX' },
    ],
    key: [
      {
        title: 'Tipo de atención',
        text: 'Busque “salud mental” y “consumo de sustancias” (en inglés, “mental health” y “substance use”). Si solo está una, quizá el lugar trate solo esa.',
      },
      {
        title: 'Co-occurring',
        text: 'Esta palabra en inglés quiere decir las dos cosas a la vez. Puede estar en los filtros o en la lista de servicios. Es una señal de que el lugar trata las dos.',
      },
      {
        title: 'Teléfono',
        text: 'Llame para confirmarlo, así lo sabe antes de ir. Pregunte si un mismo equipo trata las dos cosas y use las preguntas de abajo.',
      },
    ],
  },
};
