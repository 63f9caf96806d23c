/**
 * The questions tool's own words (instructions, buttons, status lines, the printed sheet) in each language. The
 * questions themselves are content (content/tools/questions.yaml). The browser script ships this module, so it stays
 * plain data and small functions.
 */
import { QUESTIONS_TOOL_TITLES } from '../../lib/page-titles/questions-tool.ts';

/** The site's languages (as src/i18n/lang.ts; repeated so the browser script does not ship the i18n module). */
export type Lang = 'en' | 'es';

export const WORDS = {
  en: {
    howTo:
      'Tick the questions you want to ask. Your list is kept in this page’s address, on your device. Nothing is sent to us. You can come back to it, share it or print it.',
    paper:
      'To use this list on paper, print this page. Every question prints, with space to write the answers. Then tick the ones you want to ask with a pen.',
    toActions: 'Go to print and share',
    listLabel: 'Questions to ask',
    count: (n: number, total: number) =>
      n === 0
        ? `No questions chosen yet. All ${total} will print.`
        : `${n} of ${total} ${total === 1 ? 'question' : 'questions'} chosen.`,
    yourList: QUESTIONS_TOOL_TITLES.en.actions,
    print: 'Print my list',
    copyLink: 'Copy link',
    copyText: 'Copy the questions',
    textLink: 'Text the link',
    share: 'Share',
    showQr: 'Show QR code',
    hideQr: 'Hide QR code',
    clear: 'Clear my choices',
    addressLabel: 'The address of your list',
    qrCaption: 'Scan it with a phone’s camera to open this list.',
    linkCopied: 'Link copied.',
    textCopied: 'Questions copied.',
    copyFailed: 'Copying did not work here. Select the address below and copy it.',
    cleared: 'Choices cleared. All questions will print.',
    unknown: (n: number) =>
      n === 1
        ? 'This link named 1 question that is not on this list. It was left out.'
        : `This link named ${n} questions that are not on this list. They were left out.`,
    smsBody: (url: string) => `Questions to ask a program, from IOP Guide: ${url}`,
    program: 'Program',
    phone: 'Phone',
    date: 'Date',
    answer: 'Answer',
    reopen: 'Open this list again:',
    crisisTitle: 'Crisis help, 24 hours a day',
    sourcesTitle: 'Where these questions come from',
    more: QUESTIONS_TOOL_TITLES.en.more,
    handout: 'Handout to print',
  },
  es: {
    howTo:
      'Marque las preguntas que quiere hacer. Su lista se guarda en la dirección de esta página, en su aparato. No nos llega nada. Puede volver a ella, compartirla o imprimirla.',
    paper:
      'Para usar esta lista en papel, imprima esta página. Se imprimen todas las preguntas, con espacio para escribir las respuestas. Luego marque con un bolígrafo las que quiere hacer.',
    toActions: 'Ir a imprimir y compartir',
    listLabel: 'Preguntas para hacer',
    count: (n: number, total: number) =>
      n === 0
        ? `Todavía no eligió preguntas. Se imprimirán las ${total}.`
        : `${n} de ${total} ${total === 1 ? 'pregunta elegida' : 'preguntas elegidas'}.`,
    yourList: QUESTIONS_TOOL_TITLES.es.actions,
    print: 'Imprimir mi lista',
    copyLink: 'Copiar el enlace',
    copyText: 'Copiar las preguntas',
    textLink: 'Enviar el enlace por texto',
    share: 'Compartir',
    showQr: 'Ver el código QR',
    hideQr: 'Ocultar el código QR',
    clear: 'Borrar lo que marqué',
    addressLabel: 'La dirección de su lista',
    qrCaption: 'Escanéelo con la cámara de un teléfono para abrir esta lista.',
    linkCopied: 'Se copió el enlace.',
    textCopied: 'Se copiaron las preguntas.',
    copyFailed: 'No se pudo copiar aquí. Seleccione la dirección de abajo y cópiela.',
    cleared: 'Se borró lo que marcó. Se imprimirán todas las preguntas.',
    unknown: (n: number) =>
      n === 1
        ? 'Este enlace tenía 1 pregunta que no está en esta lista. Se dejó afuera.'
        : `Este enlace tenía ${n} preguntas que no están en esta lista. Se dejaron afuera.`,
    smsBody: (url: string) => `Preguntas para hacerle a un programa, de IOP Guide: ${url}`,
    program: 'Programa',
    phone: 'Teléfono',
    date: 'Fecha',
    answer: 'Respuesta',
    reopen: 'Abra esta lista otra vez:',
    crisisTitle: 'Ayuda en una crisis, las 24 horas',
    sourcesTitle: 'De dónde vienen estas preguntas',
    more: QUESTIONS_TOOL_TITLES.es.more,
    handout: 'Hoja para imprimir',
  },
} as const satisfies Record<Lang, unknown>;

/** The words of a language. */
export type Words = (typeof WORDS)[Lang];
