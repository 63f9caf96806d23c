/**
 * Every word of the site's frame (navigation, crisis strip, search, comparison, print, dates) in each language: the
 * one place they are written. Content words live in content/ and content/es/. Spanish follows MedlinePlus en español
 * and es.medicare.gov ("usted", "programa intensivo ambulatorio").
 */

const en = {
  skipLink: 'Skip to main content',
  nav: { label: 'Main', guide: 'Guide', faq: 'FAQ', compare: 'Compare', glossary: 'Glossary' },
  footer: {
    crisisTitle: 'Crisis help, 24 hours a day',
    notAdvice: (site: string) =>
      `${site} gives general information, not medical advice. It cannot diagnose you or tell you which care you need: a clinician decides that with you after an assessment.`,
    contact: 'Found a mistake or have a question about this site? Write to',
    navLabel: 'Footer',
    getHelp: 'Get help now',
    about: 'About us and editorial policy',
    privacy: 'Privacy',
    faq: 'FAQ',
    glossary: 'Glossary',
    clinics: 'For clinics and professionals',
  },
  crisis: {
    stripLabel: 'Crisis help',
    inCrisis: 'In crisis?',
    getHelpNow: 'Get help now',
    /** The crisis strip's link to Get help now on a phone, where the strip must stay one row (Spanish only). */
    getHelpShort: 'Get help now',
    boxIntro: 'If you are in crisis or worried about your safety, you can talk to someone right now.',
    moreLines:
      'More helplines: Spanish, veterans, LGBTQ+ youth, chat and TTY (text telephone, for people who are deaf or hard of hearing)',
    printTitle: 'Crisis help, 24 hours a day',
  },
  search: { open: 'Search', keys: 'Ctrl K', dialogTitle: (site: string) => `Search ${site}`, close: 'Close' },
  review: { last: 'Page last reviewed:', next: 'Next review due:', by: 'Reviewed by' },
  sources: 'Sources',
  /** A line above a source list saying how many sources are in another language (none on English pages). */
  sourcesNote: (_english: number, _total: number): string => '',
  toc: 'On this page',
  breadcrumb: 'Breadcrumb',
  prevNext: { label: 'Previous and next pages', prev: 'Previous', next: 'Next' },
  article: { keyPoints: 'Key points', related: 'Related pages' },
  steps: { step: 'Step', or: 'or', and: 'and' },
  questions: {
    title: 'Questions to ask',
    print: 'Print this list',
    hint: 'Only this list will print now. Use your browser’s Print command.',
  },
  lang: {
    switchTo: 'Leer en español',
    /** The switch's words on a phone, where the header must stay one row. */
    switchShort: 'Español',
    switchLang: 'es',
    englishOnly: '',
    inEnglish: '',
  },
  faq: {
    byTopic: 'Questions by topic',
    readMore: 'Read more in the guide:',
    sectionOf: (title: string) => `A section of “${title}”`,
    searchTopic: (topic: string) => `Questions: ${topic}`,
    /** On a translated FAQ list that holds only some answers: how many, and that the rest are in English. */
    moreInEnglish: (_shown: number, _total: number): string => '',
    allInEnglish: '',
  },
  glossary: { letters: 'Glossary letters', learnMore: 'Learn more:', backToTop: 'Back to top' },
  home: { label: 'Home', guide: 'The guide' },
  getHelp: {
    intro: 'If you or someone you know is in crisis, help is free and available now, any time of day.',
    rightNow: 'Right now',
    moreWays: 'More ways to reach someone',
  },
  compare: {
    intro:
      'Care for mental health and substance use comes in levels, from a weekly visit to a hospital stay. See how they differ in hours, setting, support and cost rules.',
    plainWords: 'For the same levels in plain words, read',
  },
  handouts: {
    intro1:
      'Each handout fits on one sheet of paper. It gives the key points in large print, what to do next, and the crisis lines.',
    intro2:
      'A QR code and a short address on each one open the full page. To print, open a handout and use its Print button, or your browser’s Print command.',
  },
  dateLocale: 'en-US',
} as const;

/** The shape every language fills in (the same keys; words may be functions of a value). */
export type Strings = {
  [K in keyof typeof en]: (typeof en)[K] extends string
    ? string
    : (typeof en)[K] extends (...a: infer A) => string
      ? (...a: A) => string
      : {
          [J in keyof (typeof en)[K]]: (typeof en)[K][J] extends (...a: infer A) => string
            ? (...a: A) => string
            : string;
        };
};

const es: Strings = {
  skipLink: 'Saltar al contenido principal',
  nav: { label: 'Principal', guide: 'Guía', faq: 'Preguntas', compare: 'Comparar', glossary: 'Glosario' },
  footer: {
    crisisTitle: 'Ayuda en una crisis, las 24 horas',
    notAdvice: (site: string) =>
      `${site} da información general, no consejo médico. No puede darle un diagnóstico ni decirle qué atención necesita: eso lo decide un profesional de salud con usted, después de una evaluación.`,
    contact: '¿Encontró un error o tiene una pregunta sobre este sitio? Escriba a',
    navLabel: 'Pie de página',
    getHelp: 'Ayuda ahora',
    about: 'Quiénes somos y normas editoriales',
    privacy: 'Privacidad',
    faq: 'Preguntas frecuentes',
    glossary: 'Glosario',
    clinics: 'Para clínicas y profesionales (en inglés)',
  },
  crisis: {
    stripLabel: 'Ayuda en una crisis',
    inCrisis: '¿En crisis?',
    getHelpNow: 'Ayuda ahora',
    getHelpShort: 'Ayuda',
    boxIntro: 'Si está en crisis o teme por su seguridad, puede hablar con alguien ahora mismo.',
    moreLines:
      'Más líneas de ayuda: chat, veteranos y TTY (teléfono de texto, para personas sordas o con problemas de audición)',
    printTitle: 'Ayuda en una crisis, las 24 horas',
  },
  search: { open: 'Buscar', keys: 'Ctrl K', dialogTitle: (site: string) => `Buscar en ${site}`, close: 'Cerrar' },
  review: { last: 'Última revisión de esta página:', next: 'Próxima revisión:', by: 'Revisado por' },
  sources: 'Fuentes',
  sourcesNote: (english: number, total: number) =>
    english === 0
      ? ''
      : english === total
        ? 'Estas fuentes están en inglés.'
        : english * 2 > total
          ? 'La mayoría de las fuentes están en inglés.'
          : 'Algunas fuentes están en inglés.',
  toc: 'En esta página',
  breadcrumb: 'Ruta de navegación',
  prevNext: { label: 'Página anterior y siguiente', prev: 'Anterior', next: 'Siguiente' },
  article: { keyPoints: 'Puntos clave', related: 'Páginas relacionadas' },
  steps: { step: 'Paso', or: 'o', and: 'y' },
  questions: {
    title: 'Preguntas para hacer',
    print: 'Imprimir esta lista',
    hint: 'Ahora solo se imprimirá esta lista. Use el comando Imprimir de su navegador.',
  },
  lang: {
    switchTo: 'Read in English',
    switchShort: 'English',
    switchLang: 'en',
    englishOnly:
      'Esta página es para clínicas y profesionales, y está solo en inglés. Toda la guía, las preguntas frecuentes, el glosario y las hojas para imprimir están en español.',
    inEnglish: '(en inglés)',
  },
  faq: {
    byTopic: 'Preguntas por tema',
    readMore: 'Lea más en la guía:',
    sectionOf: (title: string) => `Una sección de “${title}”`,
    searchTopic: (topic: string) => `Preguntas: ${topic}`,
    moreInEnglish: (shown: number, total: number) =>
      `Aquí hay ${shown} de nuestras ${total} respuestas. Las demás están solo en inglés por ahora:`,
    allInEnglish: 'todas las preguntas frecuentes',
  },
  glossary: { letters: 'Letras del glosario', learnMore: 'Más información:', backToTop: 'Volver al principio' },
  home: { label: 'Inicio', guide: 'La guía' },
  getHelp: {
    intro: 'Si usted o alguien que conoce está en crisis, hay ayuda gratis ahora mismo, a cualquier hora.',
    rightNow: 'Ahora mismo',
    moreWays: 'Otras formas de hablar con alguien',
  },
  compare: {
    intro:
      'La atención de salud mental y del consumo de sustancias tiene niveles, desde una consulta por semana hasta una estadía en el hospital. Vea en qué se diferencian en horas, lugar, apoyo y reglas de pago.',
    plainWords: 'Para leer sobre los mismos niveles en palabras sencillas, vea',
  },
  handouts: {
    intro1:
      'Cada hoja cabe en una página. Trae los puntos clave en letra grande, qué hacer después y las líneas de ayuda en una crisis.',
    intro2:
      'Un código QR y una dirección corta en cada hoja abren la página completa. Para imprimir, abra una hoja y use su botón Imprimir, o el comando Imprimir de su navegador.',
  },
  dateLocale: 'es-US',
};

/** The frame's words in each language. */
export const UI = { en: en as Strings, es } as const;

// ---------------------------------------------------------------------------------------------------------------
// Review notes (dated facts, issue 20). A block of its own, apart from the frame's words above: what a page or a
// glossary entry says once its review date has passed, or a dated fact it uses has run out (src/model/facts.ts).

/** The "due for review" notes in each language; `date` is the last review, formatted in the page's language. */
export const REVIEW_NOTES = {
  en: {
    page: (date: string) =>
      `This page is due for review. We last checked its facts on ${date}, and some may have changed since. The sources at the end of the page have the latest details.`,
    entry: (date: string) => `Due for review: we last checked this entry on ${date}. Some details may have changed.`,
  },
  es: {
    page: (date: string) =>
      `Esta página debe revisarse. Revisamos sus datos por última vez el ${date}; algunos pueden haber cambiado. Las fuentes al final de la página tienen los datos más recientes.`,
    entry: (date: string) =>
      `Debe revisarse: revisamos esta definición por última vez el ${date}. Algunos datos pueden haber cambiado.`,
  },
} as const;
