/** The comparison widget's own words (headings, hints, captions) in each language; level facts come from content. */
import type { Lang } from './words.ts';

export const WIDGET_WORDS = {
  en: {
    choose: (min: number, max: number) => `Choose ${min} or ${max} levels to compare`,
    /** Without JavaScript (no choosing): every level is shown, whatever a link's ?levels= names. */
    allShown: (n: number) => `All ${n} levels of care are shown here.`,
    sideBySide: 'Levels of care side by side',
    whatToCompare: 'What to compare',
    level: 'Level',
    atAGlance: 'Levels of care at a glance',
    informs:
      'This table informs; it does not decide. A clinician decides the level of care with you, after an assessment.',
    helplines: 'Helplines that can point you to an assessment',
    weekTitle: 'What a week can look like',
    weekHint:
      'Examples, not rules: programs set their own times. Striped blocks are program time; the dashed box marks a 9-to-5 work or school day.',
    inWords: 'This week in words',
    sourcesTitle: 'Where these facts come from',
    ownPage: 'Open this comparison on its own page',
    shareable: '(a link you can share).',
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  },
  es: {
    choose: (min: number, max: number) => `Elija ${min} o ${max} niveles para comparar`,
    allShown: (n: number) => `Aquí se muestran los ${n} niveles de atención.`,
    sideBySide: 'Los niveles de atención, uno al lado del otro',
    whatToCompare: 'Qué comparar',
    level: 'Nivel',
    atAGlance: 'Los niveles de atención de un vistazo',
    informs:
      'Esta tabla informa; no decide. Un profesional de salud decide con usted el nivel de atención, después de una evaluación.',
    helplines: 'Estas líneas de ayuda le pueden decir dónde pedir una evaluación',
    weekTitle: 'Cómo puede ser una semana',
    weekHint:
      'Son ejemplos, no reglas: cada programa fija sus horarios. Los bloques con rayas son horas del programa; el recuadro de línea punteada marca un día de trabajo o de escuela de 9 a 5.',
    inWords: 'Esta semana en palabras',
    sourcesTitle: 'De dónde vienen estos datos',
    ownPage: 'Abrir esta comparación en su propia página',
    shareable: '(un enlace que puede compartir).',
    days: ['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo'],
  },
} as const satisfies Record<Lang, unknown>;
