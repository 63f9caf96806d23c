/** Site-wide names and the page-title pattern. */
export const SITE_NAME = 'IOP Guide';
export const SITE_TAGLINE = 'Intensive outpatient programs, explained in plain language';
/** The tagline in Spanish. */
export const SITE_TAGLINE_ES = 'Los programas intensivos ambulatorios en palabras sencillas';

/** "<page> | IOP Guide", or the tagline on the home page. */
export function pageTitle(title: string, lang: 'en' | 'es' = 'en'): string {
  const tagline = lang === 'es' ? SITE_TAGLINE_ES : SITE_TAGLINE;
  return title === SITE_NAME ? `${SITE_NAME}: ${tagline}` : `${title} | ${SITE_NAME}`;
}

/**
 * When the site's own pages without content files (home, guide index, search, 404) were last reviewed.
 * Update it when those pages' wording changes; their next review is due 12 months later.
 */
export const SITE_LAST_REVIEWED = new Date('2026-11-22T00:00:00Z');
