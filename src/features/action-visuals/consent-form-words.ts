/**
 * The words of <ConsentForm /> (a made-up consent form to share substance use treatment records, its parts numbered,
 * and a key that says what to check in each), in both languages. Its own module so the shared words module of the
 * other pictures stays untouched. The parts are the ones the federal rule asks a written consent to name
 * (42 CFR 2.31: who may share, who gets it, what, why, until when, the right to take it back, signature and date).
 */
import type { Lang } from '../../i18n/lang.ts';
import type { VisualItem } from './words.ts';

/** One labelled line of the made-up form: what the form asks, and the made-up answer. */
export interface FormField {
  label: string;
  value: string;
}

/** Every word of the picture in one language. */
export interface ConsentFormWords {
  title: string;
  /** How to use the picture to act (PEMAT 25). */
  howTo: string;
  sample: string;
  formTitle: string;
  patient: FormField;
  /** The numbered parts, in the order of the numbers on the form and in the key. */
  fields: readonly [FormField, FormField, FormField, FormField, FormField, FormField, FormField];
  /** What to check at each numbered part (same order). */
  key: readonly [VisualItem, VisualItem, VisualItem, VisualItem, VisualItem, VisualItem, VisualItem];
}

export const CONSENT_FORM_WORDS: Record<Lang, ConsentFormWords> = {
  en: {
    title: 'What to check on a consent form before you sign',
    howTo:
      'This made-up form shows the parts a consent form must have. Hold your own form next to it, find each numbered part, and check it against the list below.',
    sample: 'Sample',
    formTitle: 'Consent to share substance use treatment records',
    patient: { label: 'Patient', value: 'Alex Rivera' },
    fields: [
      { label: 'Who may share', value: 'Sample Valley IOP' },
      { label: 'Who gets it', value: 'Dr. Jordan Lee, my family doctor' },
      { label: 'What information', value: 'Dates I attended and my treatment plan' },
      { label: 'Why', value: 'So my doctor can help with my care' },
      { label: 'This consent ends', value: 'When I finish the program' },
      { label: 'Taking it back', value: 'I can cancel this consent in writing at any time.' },
      { label: 'Signature and date', value: '________________  ____/____/____' },
    ],
    key: [
      { title: 'Who may share', text: 'It should name your program.' },
      {
        title: 'Who gets it',
        text: 'Look for names. Words like "my treating providers and health plans" let your records go to many places.',
      },
      { title: 'What information', text: 'Check that it lists only what you want shared. Cross out what you do not.' },
      { title: 'Why', text: 'The reason should match what you want, such as help with your care.' },
      { title: 'When it ends', text: 'Look for a date or an event. If there is none, ask to add one.' },
      { title: 'Taking it back', text: 'It must say you can cancel it in writing.' },
      { title: 'Sign and date', text: 'Sign only if you agree with every part. Ask for a copy and keep it.' },
    ],
  },
  es: {
    title: 'Qué revisar en un formulario de permiso antes de firmar',
    howTo:
      'Este formulario de ejemplo muestra las partes que debe tener un permiso. Ponga su formulario al lado, busque cada parte con su número y revísela con la lista de abajo.',
    sample: 'Ejemplo',
    formTitle: 'Permiso para compartir expedientes del tratamiento por consumo de sustancias',
    patient: { label: 'Paciente', value: 'Alex Rivera' },
    fields: [
      { label: 'Quién puede compartirlos', value: 'IOP Valle de Ejemplo' },
      { label: 'Quién los recibe', value: 'Dra. Jordan Lee, mi médica de familia' },
      { label: 'Qué información', value: 'Las fechas en que fui y mi plan de tratamiento' },
      { label: 'Para qué', value: 'Para que mi médica me ayude con mi atención' },
      { label: 'Este permiso termina', value: 'Cuando termine el programa' },
      { label: 'Cómo cancelarlo', value: 'Puedo cancelar este permiso por escrito en cualquier momento.' },
      { label: 'Firma y fecha', value: '________________  ____/____/____' },
    ],
    key: [
      { title: 'Quién puede compartirlos', text: 'Debe decir el nombre de su programa.' },
      {
        title: 'Quién los recibe',
        text: 'Busque nombres. Frases como "mis médicos y mis planes de salud" dejan que sus expedientes vayan a muchos lugares.',
      },
      { title: 'Qué información', text: 'Revise que diga solo lo que usted quiere compartir. Tache lo que no.' },
      { title: 'Para qué', text: 'La razón debe ser la que usted quiere, como recibir ayuda con su atención.' },
      { title: 'Cuándo termina', text: 'Busque una fecha o un hecho. Si no hay ninguno, pida que lo agreguen.' },
      { title: 'Cómo cancelarlo', text: 'Debe decir que usted lo puede cancelar por escrito.' },
      { title: 'Firma y fecha', text: 'Firme solo si está de acuerdo con todo. Pida una copia y guárdela.' },
    ],
  },
};
