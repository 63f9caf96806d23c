/** Site-wide names and the page-title pattern. */
export const SITE_NAME = 'IOP Guide';
export const SITE_TAGLINE = 'Intensive outpatient programs, explained in plain language';

/** "<page> | IOP Guide", or the tagline on the home page. */
export function pageTitle(title: string): string {
  return title === SITE_NAME ? `${SITE_NAME}: ${SITE_TAGLINE}` : `${title} | ${SITE_NAME}`;
}
