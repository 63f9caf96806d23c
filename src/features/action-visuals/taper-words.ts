/**
 * The words of <TaperSteps />, the picture of a slow taper (lowering a medicine's dose step by step), in both
 * languages. Its own module, so the shared words.ts of the other pictures stays as it is. No doses and no schedule:
 * only what the page's sources say every taper shares (the FDA's 2020 boxed warning; the 2025 joint guideline on
 * benzodiazepine tapering: lower slowly, fit the person, slow down or pause if withdrawal gets hard, decide together).
 */
import type { Lang } from '../../i18n/lang.ts';

/** One step: a short title (bold) and what it means. */
export interface TaperStep {
  title: string;
  text: string;
}

/** The picture's title, its axis labels, its five steps in order, and the safety line under them. */
export interface TaperWords {
  title: string;
  dose: string;
  time: string;
  steps: readonly [TaperStep, TaperStep, TaperStep, TaperStep, TaperStep];
  note: { title: string; text: string };
}

export const TAPER_WORDS: Record<Lang, TaperWords> = {
  en: {
    title: 'How a slow taper works: an example, not your dose plan',
    dose: 'Dose',
    time: 'Time',
    steps: [
      { title: 'Start from your usual dose', text: 'You and your prescriber agree on the plan together.' },
      { title: 'Lower the dose a little', text: 'Your prescriber tells you how much and when.' },
      { title: 'Stay at the new dose', text: 'Give your body time to adjust before the next step.' },
      {
        title: 'Hard symptoms? Slow down',
        text: 'Call your prescriber. The plan can pause at one dose for longer, or go slower.',
      },
      { title: 'Repeat, step by step', text: 'Some people finish in weeks. Others need months.' },
    ],
    note: {
      title: 'Safety',
      text: 'Never skip a step or stop on your own. For a seizure or severe confusion, call 911.',
    },
  },
  es: {
    title: 'Cómo funciona una reducción lenta: un ejemplo, no su plan de dosis',
    dose: 'Dosis',
    time: 'Tiempo',
    steps: [
      { title: 'Empiece con su dosis de siempre', text: 'Usted y quien le receta acuerdan el plan juntos.' },
      { title: 'Baje un poco la dosis', text: 'Quien le receta le dice cuánto y cuándo.' },
      { title: 'Quédese en la nueva dosis', text: 'Dé tiempo a su cuerpo para adaptarse antes del siguiente paso.' },
      {
        title: '¿Síntomas fuertes? Vaya más despacio',
        text: 'Llame a quien le receta. El plan puede quedarse más tiempo en una dosis, o ir más lento.',
      },
      { title: 'Repita, paso a paso', text: 'Algunas personas terminan en semanas. Otras necesitan meses.' },
    ],
    note: {
      title: 'Seguridad',
      text: 'Nunca se salte un paso ni deje la medicina por su cuenta. Si hay una convulsión o mucha confusión, llame al 911.',
    },
  },
};
