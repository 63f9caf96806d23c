/** The code lookup page's title, for the connect feature and the link builder (src/lib/page-titles/). */
import type { Lang } from '../../i18n/lang.ts';

/** The code lookup page's title (/connect/). */
export const CONNECT_PAGE_TITLE: Record<Lang, string> = {
  en: 'Open a guide page from a diagnosis code',
  es: 'Abrir una página de la guía a partir de un código de diagnóstico',
};
