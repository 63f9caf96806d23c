/**
 * Which language an outside source is written in, read from its address: a Spanish page lists most of its sources in
 * English, and marks those `lang="en"` so a screen reader reads their titles with English sounds.
 */

/** Sites written wholly in Spanish (the Spanish editions of US agency sites). */
const SPANISH_HOSTS = new Set(['es.medicare.gov', 'www.cuidadodesalud.gov', 'cuidadodesalud.gov']);
/** Paths under which an agency site keeps its Spanish pages (nida.nih.gov/es/, medlineplus.gov/spanish/, ...). */
const SPANISH_PATH = /^\/(es|spanish|espanol)(\/|$)/;

/** The language of the page at `url`: 'es' for a known Spanish edition, otherwise 'en'. */
export function sourceLang(url: string): 'en' | 'es' {
  const u = new URL(url);
  return SPANISH_HOSTS.has(u.hostname) || u.hostname.startsWith('es.') || SPANISH_PATH.test(u.pathname) ? 'es' : 'en';
}
