/**
 * The offline copy's words in each language, for the server-rendered control, the offline page and the control's
 * browser code alike (kept small: that code ships it). Helplines come from src/lib/crisis.ts.
 */
import { OFFLINE_PAGE_TITLE } from '../../lib/page-titles/offline.ts';

export type OfflineLang = 'en' | 'es';

/** The locale each language formats dates and sizes in (as HTML_LANG in src/i18n/lang.ts). */
export const LOCALE: Record<OfflineLang, string> = { en: 'en-US', es: 'es-US' };

export const OFFLINE_WORDS = {
  en: {
    title: 'Use the guide with no signal',
    intro: 'You can save this guide on this device. Then its pages, handouts and search work with no internet.',
    size: ['Saving downloads about ', ' and uses about ', ' of space.'],
    noSupport:
      'Saving the guide needs JavaScript and a browser that can keep websites for offline use. This browser cannot do that now.',
    printInstead: 'You can also print the handouts to keep them on paper:',
    handouts: 'one-page handouts',
    save: 'Save for offline',
    update: 'Update',
    remove: 'Remove',
    saving: 'Saving the guide on this device…',
    updating: 'Getting the newest version…',
    progress: (percent: number) => `${percent}% saved`,
    saved: (savedOn: string, reviewed: string) => `Saved on ${savedOn}; content reviewed ${reviewed}.`,
    autoUpdate:
      'When you are online, your copy updates by itself. Some browsers delete a copy that is not opened for a week, so open the guide now and then.',
    upToDate: 'Your copy is up to date.',
    removed: 'The saved copy is gone from this device.',
    failed: {
      network: 'Saving stopped: the connection dropped. Try again when you have a signal.',
      space: 'There is not enough space on this device to save the guide.',
      changed: 'The guide was being updated while saving. Please try again in a minute.',
      other: 'Saving did not work in this browser.',
    },
    handoutsTitle: 'Handouts',
    offlineTitle: OFFLINE_PAGE_TITLE.en,
    offlineLead: 'This page is not saved on this device, so it cannot open without internet.',
    offlineHelp: 'If you need help now, you can still call or text:',
    offlineSaved: 'These parts of the guide are saved on this device:',
    offlineDescription:
      'What you see when you are offline and open a page of this guide that is not saved on your device.',
  },
  es: {
    title: 'Use la guía sin señal',
    intro: 'Puede guardar esta guía en este dispositivo. Así sus páginas, folletos y búsqueda funcionan sin internet.',
    size: ['Guardarla descarga unos ', ' y ocupa unos ', ' de espacio.'],
    noSupport:
      'Para guardar la guía se necesita JavaScript y un navegador que pueda guardar sitios web para usarlos sin internet. Este navegador no puede hacerlo ahora.',
    printInstead: 'También puede imprimir los folletos para tenerlos en papel:',
    handouts: 'folletos de una página',
    save: 'Guardar la guía',
    update: 'Actualizar',
    remove: 'Quitar',
    saving: 'Guardando la guía en este dispositivo…',
    updating: 'Descargando la versión más nueva…',
    progress: (percent: number) => `${percent}% guardado`,
    saved: (savedOn: string, reviewed: string) => `Guardada el ${savedOn}; contenido revisado el ${reviewed}.`,
    autoUpdate:
      'Cuando tenga internet, su copia se actualiza sola. Algunos navegadores borran una copia que no se abre en una semana. Ábrala de vez en cuando.',
    upToDate: 'Su copia está al día.',
    removed: 'La copia guardada ya no está en este dispositivo.',
    failed: {
      network: 'No se terminó de guardar: se perdió la conexión. Inténtelo de nuevo cuando tenga señal.',
      space: 'No hay espacio suficiente en este dispositivo para guardar la guía.',
      changed: 'La guía se estaba actualizando. Inténtelo de nuevo en un minuto.',
      other: 'No se pudo guardar en este navegador.',
    },
    handoutsTitle: 'Folletos',
    offlineTitle: OFFLINE_PAGE_TITLE.es,
    offlineLead: 'Esta página no está guardada en este dispositivo. Sin internet no se puede abrir.',
    offlineHelp: 'Si necesita ayuda ahora, igual puede llamar o enviar un mensaje de texto:',
    offlineSaved: 'Estas partes de la guía están guardadas en este dispositivo:',
    offlineDescription:
      'Lo que ve cuando no tiene conexión y abre una página de esta guía que no está guardada en su dispositivo.',
  },
} satisfies Record<OfflineLang, unknown>;

/** "1.4 MB" in the language's number format (1 MB = 1,000,000 bytes, as phone plans count data); at least 0.1 MB. */
export function formatSize(bytes: number, lang: OfflineLang): string {
  const mb = Math.max(0.1, Math.round(bytes / 100_000) / 10);
  return `${mb.toLocaleString(LOCALE[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}

/** A moment (the reader's own clock) as the reader's calendar day: "December 4, 2026", "4 de diciembre de 2026". */
export function formatDay(at: Date, lang: OfflineLang, timeZone?: string): string {
  return at.toLocaleDateString(LOCALE[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone });
}

/** A calendar date written "YYYY-MM-DD" (a review date), the same day everywhere. */
export function formatIsoDay(iso: string, lang: OfflineLang): string {
  return formatDay(new Date(`${iso}T00:00:00Z`), lang, 'UTC');
}
