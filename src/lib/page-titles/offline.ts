/** The offline page's title, for the offline feature and the link builder (src/lib/page-titles/). */
import type { Lang } from '../../i18n/lang.ts';

/** The offline page's title (shown when a page is opened with no signal and no saved copy). */
export const OFFLINE_PAGE_TITLE: Record<Lang, string> = {
  en: 'You are offline',
  es: 'No tiene conexión',
};
