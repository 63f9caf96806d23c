/**
 * Search's own words in each language, for the server-rendered panel and the browser code alike (small: the search
 * bundle ships it). Pages' words come from content; helplines from src/lib/crisis.ts.
 */
export type SearchLang = 'en' | 'es';

export const SEARCH_WORDS = {
  en: {
    label: 'Search the guide',
    hint: 'Your search stays in your browser. Use the arrow keys to move through results',
    hintClose: ' and Escape to close',
    topic: 'Topic',
    anyTopic: 'Any topic',
    audience: 'Written for',
    anyone: 'Anyone',
    nearLabel: 'Finding a program',
    nearStrong: 'This site does not list programs.',
    nearRest: 'It is a neutral guide and recommends none. To find one near you:',
    nearOr: ', or ',
    nearSamhsa: 'Free, confidential referrals, any time.',
    nearAsk: 'Ask your doctor or therapist, or call your insurance plan for programs in its network.',
    results: 'Search results',
    emptyLead:
      'We could not find a page for those words. That is not your fault: try fewer words, check the spelling, or try one of these:',
    browseA: 'You can also browse the',
    browseFaq: 'frequently asked questions',
    browseOr: 'or',
    browseGuide: 'every topic in the guide',
    helpNow: 'If you need help now',
    suggested: ['insurance', 'day program', 'teen', 'family', 'after IOP', 'work'],
    crisisLabel: 'Help now',
    // The help box by kind of crisis (crisis-box.ts). Steps while waiting for 911: CDC, "What to Do if You Think
    // Someone is Overdosing" (cdc.gov/stop-overdose/response); rescue breaths are guided by the 911 call taker.
    crisisWaitHeading: 'While you wait for help:',
    crisisWaitSteps: [
      'If you have naloxone (Narcan), give it.',
      'Try to keep them awake and breathing.',
      'If they are breathing, lay them on their side so they do not choke.',
      'If they are not breathing, say so on the call. They can talk you through rescue breaths.',
      'Stay with them until help comes.',
    ],
    crisisSuicideStrong: 'You can talk to someone right now.',
    crisisSuicide:
      'If you are thinking about suicide or hurting yourself, call or text now. It is free and confidential, any time of day.',
    crisisViolence:
      'Call now if anyone is in danger. If you are afraid you might hurt someone, you can also call or text the line below to talk. It is free and confidential.',
    crisisOtherLang: 'In English',
    crisisStaticStrong: 'In crisis, or thinking about suicide or hurting yourself?',
    crisisStatic:
      'Help is free and confidential, any time of day. If someone may have taken an overdose or is not breathing, call emergency services now.',
    crisisMore: 'More ways to get help now',
    pinCrisis: 'Crisis lines',
    pinGuide: 'Guide',
    // Status line (browser).
    noResults: 'No results.',
    count: (n: number) => `${n} ${n === 1 ? 'result' : 'results'}.`,
    crisisFirst: 'Crisis help is shown first. ',
    nearFirst: 'How to find a program is shown first. ',
    showingBest: (n: number) => ` Showing the best ${n}.`,
    typeAWord: 'Type a word to search.',
    failed: 'Search could not load. Please reload the page, or browse the guide and FAQ instead.',
    didYouMean: 'Did you mean ',
    or: ' or ',
    shownMany: '? Results for these words are shown.',
    shownOne: '? Results for it are shown.',
    // The /search/ page.
    noJs: 'Search needs JavaScript, which is turned off or did not load. Everything on the site is listed below, A to Z.',
    everything: (site: string) => `Everything on ${site}, A to Z`,
    azLists: 'A to Z lists',
    pages: 'Pages',
    questions: 'Questions',
    terms: 'Glossary terms',
  },
  es: {
    label: 'Buscar en la guía',
    hint: 'Su búsqueda se queda en su navegador. Use las flechas para moverse por los resultados',
    hintClose: ' y Escape para cerrar',
    topic: 'Tema',
    anyTopic: 'Cualquier tema',
    audience: 'Escrito para',
    anyone: 'Cualquier persona',
    nearLabel: 'Cómo encontrar un programa',
    nearStrong: 'Este sitio no tiene una lista de programas.',
    nearRest: 'Es una guía neutral y no recomienda ninguno. Para encontrar uno cerca de usted:',
    nearOr: ', o ',
    nearSamhsa: 'Referencias gratis y confidenciales, a cualquier hora.',
    nearAsk: 'Pregunte a su médico o terapeuta, o llame a su plan de seguro para saber qué programas están en su red.',
    results: 'Resultados de la búsqueda',
    emptyLead:
      'No encontramos una página con esas palabras. No es su culpa: pruebe con menos palabras, revise cómo se escriben o pruebe una de estas:',
    browseA: 'También puede ver las',
    browseFaq: 'preguntas frecuentes',
    browseOr: 'o',
    browseGuide: 'todos los temas de la guía',
    helpNow: 'Si necesita ayuda ahora',
    suggested: ['seguro', 'programa de día', 'adolescente', 'familia', 'trabajo', 'Medicaid'],
    crisisLabel: 'Ayuda ahora',
    // Pasos mientras llega el 911: CDC, "Qué hacer si cree que alguien tiene una sobredosis" (cdc.gov/stop-overdose/es).
    crisisWaitHeading: 'Mientras llega la ayuda:',
    crisisWaitSteps: [
      'Si tiene naloxona (Narcan), désela.',
      'Trate de mantener a la persona despierta y respirando.',
      'Si respira, póngala de costado para que no se ahogue.',
      'Si no respira, dígalo en la llamada. Le pueden guiar para darle respiración boca a boca.',
      'Quédese con la persona hasta que llegue la ayuda.',
    ],
    crisisSuicideStrong: 'Puede hablar con alguien ahora mismo.',
    crisisSuicide:
      'Si está pensando en el suicidio o en hacerse daño, llame o envíe un mensaje de texto ahora. Es gratis y confidencial, a cualquier hora.',
    crisisViolence:
      'Llame ahora si alguien está en peligro. Si teme hacerle daño a alguien, también puede llamar o enviar un texto a la línea de abajo para hablar. Es gratis y confidencial.',
    crisisOtherLang: 'En español',
    crisisStaticStrong: '¿Está en crisis, o pensando en el suicidio o en hacerse daño?',
    crisisStatic:
      'La ayuda es gratis y confidencial, a cualquier hora. Si alguien pudo haber tomado una sobredosis o no respira, llame ahora a los servicios de emergencia.',
    crisisMore: 'Más formas de recibir ayuda ahora',
    pinCrisis: 'Líneas de crisis',
    pinGuide: 'Guía',
    noResults: 'No hay resultados.',
    count: (n: number) => `${n} ${n === 1 ? 'resultado' : 'resultados'}.`,
    crisisFirst: 'Primero se muestra la ayuda en una crisis. ',
    nearFirst: 'Primero se muestra cómo encontrar un programa. ',
    showingBest: (n: number) => ` Se muestran los ${n} mejores.`,
    typeAWord: 'Escriba una palabra para buscar.',
    failed: 'No se pudo cargar la búsqueda. Vuelva a cargar la página, o vea la guía y las preguntas frecuentes.',
    didYouMean: '¿Quiso decir ',
    or: ' o ',
    shownMany: '? Se muestran los resultados de estas palabras.',
    shownOne: '? Se muestran sus resultados.',
    noJs: 'La búsqueda necesita JavaScript, que está apagado o no cargó. Abajo está todo el sitio en español, de la A a la Z.',
    everything: (site: string) => `Todo ${site} en español, de la A a la Z`,
    azLists: 'Listas de la A a la Z',
    pages: 'Páginas',
    questions: 'Preguntas',
    terms: 'Términos del glosario',
  },
} as const satisfies Record<SearchLang, unknown>;

/** The words for the page's language (browser code reads <html lang>). */
export function searchWords(lang: SearchLang) {
  return SEARCH_WORDS[lang];
}
