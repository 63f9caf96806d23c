/**
 * The Spanish query set: what Spanish-speaking readers type (with and without accents, misspelled, in their own
 * words), and the Spanish pages that answer them. Used by queries-es.browser.test.ts on /es/search/: each query must
 * find one of its targets in the top 3, and 90% must pass. Targets as in query-set.ts, under /es/: an article slug
 * ("paying-for-iop#medicare"), "faq#id", "glossary#id", or a path ("/es/get-help/").
 */

/** One Spanish query: its words, the acceptable targets, and whether it is a crisis query (the crisis box shows). */
export interface SpanishQuery {
  q: string;
  want: string[];
  crisis?: boolean;
}

/** "faq#x" -> "/es/faq/x/", "glossary#x" -> "/es/glossary/#x", "slug#id" -> "/es/guide/slug/#id". */
export function expandSpanishTarget(t: string): string {
  if (t.startsWith('/')) return t;
  const [head, hash] = t.split('#');
  if (head === 'faq') return `/es/faq/${hash}/`;
  if (head === 'glossary') return `/es/glossary/#${hash}`;
  return `/es/guide/${head}/${hash ? `#${hash}` : ''}`;
}

const q = (text: string, ...want: string[]): SpanishQuery => ({ q: text, want: want.map(expandSpanishTarget) });
const crisis = (text: string): SpanishQuery => ({ q: text, want: ['/es/get-help/'], crisis: true });
/** An emergency in the reader's words: the crisis box must show, and one of the targets must be in the top 3. */
const emergency = (text: string, ...want: string[]): SpanishQuery => ({ ...q(text, ...want), crisis: true });

export const SPANISH_QUERIES: readonly SpanishQuery[] = [
  // Qué es
  q('qué es un iop', 'what-is-iop', 'faq#what-is-iop', 'glossary#iop'),
  q('que es iop', 'what-is-iop', 'faq#what-is-iop', 'glossary#iop'),
  q('programa intensivo ambulatorio', 'what-is-iop', 'glossary#iop', 'faq#what-is-iop'),
  q('tratamiento ambulatorio intensivo', 'what-is-iop', 'glossary#iop', 'faq#what-is-iop'),
  q('hospitalización parcial', 'iop-vs-php', 'glossary#php', 'faq#what-is-php'),
  q('hospitalizacion parcial', 'iop-vs-php', 'glossary#php', 'faq#what-is-php'),
  q('programa de día', 'iop-vs-php', 'glossary#php', 'faq#what-is-php'),
  q('programa de dia', 'iop-vs-php', 'glossary#php', 'faq#what-is-php'),
  // Cómo funciona
  q('cuántas horas por semana', 'faq#how-many-hours', 'how-iop-works', 'iop-vs-php'),
  q('cuanto dura el programa', 'faq#how-long-does-iop-last', 'how-iop-works'),
  q('qué pasa el primer día', 'faq#first-day', 'how-iop-works'),
  q('terapia de grupo', 'how-iop-works', 'glossary#group-therapy', 'what-is-iop'),
  q('si falto a una sesión', 'faq#miss-a-session', 'how-iop-works'),
  q('iop en línea', 'faq#virtual-iop', 'glossary#telehealth'),
  q('iop por video', 'faq#virtual-iop', 'glossary#telehealth'),
  // Comparar
  q('diferencia entre iop y php', 'iop-vs-php', 'faq#iop-or-php'),
  q('iop o php', 'iop-vs-php', 'faq#iop-or-php'),
  q('rehabilitación', 'faq#iop-vs-rehab', 'iop-vs-php', 'glossary#residential-treatment'),
  q('rehabilitacion', 'faq#iop-vs-rehab', 'iop-vs-php', 'glossary#residential-treatment'),
  q('centro de rehabilitación', 'faq#iop-vs-rehab', 'iop-vs-php', 'glossary#residential-treatment'),
  q('tratamiento residencial', 'iop-vs-php', 'glossary#residential-treatment', 'faq#iop-vs-rehab'),
  q('quién decide qué nivel necesito', 'faq#who-decides-level', 'iop-vs-php', 'glossary#level-of-care'),
  // Pagar
  q('seguro', 'paying-for-iop', 'faq#insurance-coverage'),
  q('el seguro cubre el iop', 'faq#insurance-coverage', 'paying-for-iop'),
  q('cuánto cuesta', 'faq#how-much-does-iop-cost', 'paying-for-iop'),
  q('cuanto cuesta un iop', 'faq#how-much-does-iop-cost', 'paying-for-iop'),
  q('Medicaid', 'faq#medicaid-coverage', 'paying-for-iop', 'glossary#medicaid'),
  q('medicare', 'faq#medicare-coverage', 'paying-for-iop', 'glossary#medicare-part-b'),
  q('no tengo seguro', 'faq#no-insurance', 'paying-for-iop'),
  q('me negaron el seguro', 'faq#insurer-says-no', 'paying-for-iop', 'glossary#internal-appeal'),
  q('apelación', 'faq#insurer-says-no', 'paying-for-iop', 'glossary#internal-appeal'),
  q('autorización previa', 'faq#prior-authorization', 'glossary#prior-authorization', 'paying-for-iop'),
  q('deducible', 'glossary#deductible', 'paying-for-iop'),
  q('aseguranza', 'paying-for-iop', 'faq#insurance-coverage'),
  // Trabajo
  q('¿puedo seguir trabajando?', 'faq#keep-working'),
  q('puedo seguir trabajando', 'faq#keep-working'),
  q('mi jefe', 'faq#keep-working'),
  // Familias y adolescentes
  q('cómo ayudar a mi hijo', 'for-families', 'iop-for-teens', 'faq#help-someone-in-iop'),
  q('mi hija adolescente', 'iop-for-teens', 'faq#iop-for-teen'),
  q('adolescentes', 'iop-for-teens', 'faq#iop-for-teen'),
  q('la escuela', 'iop-for-teens', 'faq#iop-for-teen'),
  q('familia', 'for-families', 'faq#help-someone-in-iop', 'faq#program-tell-family'),
  q('qué le dicen a la familia', 'faq#program-tell-family', 'for-families'),
  // Elegir
  q('cómo elegir un programa', 'choosing-a-program', 'faq#good-program-signs'),
  q('buen programa', 'choosing-a-program', 'faq#good-program-signs'),
  q('programa cerca de mí', 'faq#find-a-program', 'choosing-a-program'),
  q('preguntas para hacer', 'choosing-a-program', 'faq#good-program-signs'),
  // Las preguntas para hacerle a un programa (issue 23).
  q('preguntas para el programa', '/es/tools/questions/'),
  q('qué preguntarle a un programa', '/es/tools/questions/'),
  q('lista de preguntas para rehabilitación', '/es/tools/questions/'),
  // Palabras mal escritas
  q('seguro medico', 'paying-for-iop', 'faq#insurance-coverage'),
  q('adolesente', 'iop-for-teens', 'faq#iop-for-teen'),
  // Sobredosis y naloxona (issues 18, 22 and 24): la página de pasos debe estar entre los 3 primeros
  emergency('sobredosis qué hacer', 'overdose', 'faq#someone-overdosing'),
  q('cómo usar narcan', 'overdose'),
  q('como usar narcan', 'overdose'),
  emergency('no respira', 'overdose'),
  q('señales de sobredosis', 'overdose', 'faq#someone-overdosing'),
  q('fentanilo', 'overdose', 'glossary#fentanyl'),
  q('dónde consigo naloxona', 'faq#where-to-get-naloxone', 'overdose#where-to-get-naloxone', 'glossary#naloxone'),
  q('recaída', 'faq#relapse-after-iop', 'overdose#after-a-break-an-old-dose-can-kill'),
  // Palabras de todos los días (review L18) y cómo escribe la gente
  q('adicción', 'what-is-iop', 'glossary#substance-use-disorder'),
  q('adiccion', 'what-is-iop', 'glossary#substance-use-disorder'),
  q('drogas', 'what-is-iop', 'glossary#substance-use-disorder'),
  q('alcoholismo', 'what-is-iop', 'glossary#substance-use-disorder'),
  q('tratamiento para el alcoholismo', 'what-is-iop', 'glossary#substance-use-disorder'),
  q('programa para dejar de tomar', 'what-is-iop', 'glossary#substance-use-disorder'),
  q('anexo', 'faq#iop-vs-rehab', 'glossary#residential-treatment', 'iop-vs-php'),
  q('anexo o iop', 'faq#iop-vs-rehab', 'glossary#residential-treatment', 'iop-vs-php'),
  q('depresión', 'what-is-iop#mental-health-substance-use-or-both', 'what-is-iop'),
  q('depresion', 'what-is-iop#mental-health-substance-use-or-both', 'what-is-iop'),
  q('ansiedad', 'what-is-iop#mental-health-substance-use-or-both', 'what-is-iop'),
  q('iop para la depresión', 'what-is-iop#mental-health-substance-use-or-both', 'what-is-iop'),
  q('salud mental y drogas', 'what-is-iop#mental-health-substance-use-or-both', 'glossary#co-occurring-conditions'),
  q('qué significa iop', 'what-is-iop', 'faq#what-is-iop', 'glossary#iop'),
  q('el iop funciona', 'what-is-iop#what-research-says-about-iop', 'what-is-iop'),
  // Términos en inglés que escribe un lector en español
  q('IOP', 'what-is-iop', 'faq#what-is-iop', 'glossary#iop'),
  q('intensive outpatient program', 'what-is-iop', 'faq#what-is-iop', 'glossary#iop'),
  q('PHP', 'iop-vs-php', 'glossary#php', 'faq#what-is-php'),
  q('partial hospitalization', 'iop-vs-php', 'glossary#php', 'faq#what-is-php'),
  q('copay', 'faq#how-much-does-iop-cost', 'paying-for-iop', 'glossary#coinsurance'),
  q('deductible', 'glossary#deductible', 'paying-for-iop'),
  q('prior authorization', 'faq#prior-authorization', 'glossary#prior-authorization'),
  q('Medicaid cubre iop', 'faq#medicaid-coverage', 'paying-for-iop#medicaid'),
  q('medicare paga el iop', 'faq#medicare-coverage', 'paying-for-iop#medicare'),
  q('HIPAA', 'glossary#hipaa'),
  q('FMLA', 'glossary#fmla', 'faq#keep-working'),
  q('detox', 'glossary#withdrawal-management', 'iop-vs-php#where-withdrawal-management-fits'),
  // Cómo funciona
  q('horario del iop', 'how-iop-works', 'faq#how-many-hours'),
  q('iop de noche', 'how-iop-works#what-a-week-might-look-like', 'how-iop-works', 'faq#how-many-hours'),
  q('cuántos días a la semana', 'faq#how-many-hours', 'how-iop-works'),
  q('cuántas semanas dura', 'faq#how-long-does-iop-last', 'how-iop-works'),
  q('prueba de drogas', 'how-iop-works#drug-and-alcohol-testing'),
  q('prueba de orina', 'how-iop-works#drug-and-alcohol-testing'),
  q('terapia individual', 'how-iop-works#what-happens-in-individual-sessions', 'glossary#individual-therapy'),
  q('qué llevar el primer día', 'faq#first-day'),
  q('terapia por zoom', 'faq#virtual-iop', 'glossary#telehealth'),
  q('telesalud', 'faq#virtual-iop', 'glossary#telehealth'),
  q('no pude ir a mi sesión', 'faq#miss-a-session'),
  q('qué pasa cuando termina el iop', 'how-iop-works#when-iop-ends-or-changes', 'glossary#aftercare-plan'),
  q('plan para después del programa', 'glossary#aftercare-plan', 'how-iop-works#when-iop-ends-or-changes'),
  // Comparar niveles
  q('iop vs php', 'iop-vs-php', 'faq#iop-or-php'),
  q('niveles de atención', 'iop-vs-php', 'glossary#level-of-care', '/es/compare/'),
  q('nivel ASAM', 'iop-vs-php#what-the-asam-level-numbers-mean', 'glossary#asam-criteria'),
  q('desintoxicación', 'glossary#withdrawal-management', 'iop-vs-php#where-withdrawal-management-fits'),
  q('hospital psiquiátrico', 'glossary#inpatient-care', 'iop-vs-php'),
  q('bajar de nivel', 'glossary#step-down', 'iop-vs-php#how-people-move-between-levels'),
  q('clínica de rehabilitación', 'faq#iop-vs-rehab', 'iop-vs-php', 'glossary#residential-treatment'),
  // Pagar
  q('cuánto cobran', 'faq#how-much-does-iop-cost', 'paying-for-iop'),
  q('copago', 'faq#how-much-does-iop-cost', 'paying-for-iop', 'glossary#coinsurance'),
  q('es gratis el iop', 'faq#how-much-does-iop-cost', 'faq#no-insurance', 'paying-for-iop'),
  q('no tengo aseguranza', 'faq#no-insurance', 'paying-for-iop#if-you-have-no-insurance'),
  q('no puedo pagar', 'faq#no-insurance', 'paying-for-iop#if-you-have-no-insurance'),
  q('Medi-Cal', 'faq#medicaid-coverage', 'glossary#medicaid', 'paying-for-iop#medicaid'),
  q('el seguro no quiere pagar', 'faq#insurer-says-no', 'paying-for-iop#if-your-claim-is-denied'),
  q('cómo apelar', 'faq#insurer-says-no', 'paying-for-iop#if-your-claim-is-denied', 'glossary#internal-appeal'),
  q('revisión externa', 'glossary#external-review', 'paying-for-iop#if-your-claim-is-denied'),
  q('paridad', 'glossary#parity', 'paying-for-iop'),
  q('coseguro', 'glossary#coinsurance', 'paying-for-iop'),
  q('dentro de la red', 'glossary#in-network', 'paying-for-iop'),
  q('requisitos de trabajo de medicaid', 'paying-for-iop#medicaid-changes-in-2026-and-2027', 'faq#medicaid-coverage'),
  q('veteranos', 'paying-for-iop#military-families-and-veterans', 'glossary#tricare'),
  q('tricare', 'glossary#tricare', 'paying-for-iop#military-families-and-veterans'),
  // Trabajo y derechos
  q('mi jefe se va a enterar', 'faq#keep-working'),
  q('me pueden despedir', 'faq#keep-working', 'glossary#ada'),
  q('permiso médico del trabajo', 'faq#keep-working', 'glossary#fmla'),
  q('privacidad', 'faq#program-tell-family', 'for-families#what-the-program-can-and-cannot-tell-you', 'glossary#hipaa'),
  q('quién puede ver mi expediente', 'faq#program-tell-family', 'glossary#hipaa', 'glossary#42-cfr-part-2'),
  // Familias y adolescentes
  q('cómo apoyar a mi esposo', 'for-families', 'faq#help-someone-in-iop'),
  q('mi mamá está en un iop', 'faq#help-someone-in-iop', 'for-families'),
  q('qué le digo a mi familiar', 'for-families#how-to-listen-and-talk', 'for-families'),
  q('terapia familiar', 'glossary#family-therapy', 'for-families#family-sessions-and-why-they-matter'),
  q('cuidarme yo también', 'for-families#caring-for-yourself'),
  q('mi hijo usa drogas', 'iop-for-teens', 'faq#iop-for-teen', 'for-families'),
  q('mi hijo adolescente', 'iop-for-teens', 'faq#iop-for-teen'),
  q('privacidad de los adolescentes', 'iop-for-teens#consent-and-privacy-for-teens'),
  q('escuela durante el iop', 'iop-for-teens#school', 'iop-for-teens'),
  // Elegir y encontrar
  q('cómo encuentro un iop', 'faq#find-a-program', 'choosing-a-program#where-to-look-for-a-program'),
  q('iop cerca de mi casa', 'faq#find-a-program', 'choosing-a-program'),
  q('programas en mi zona', 'faq#find-a-program', 'choosing-a-program'),
  q('iop en mi ciudad', 'faq#find-a-program', 'choosing-a-program'),
  q('licencia del programa', 'choosing-a-program#how-to-check-license-and-accreditation', 'glossary#state-license'),
  q('acreditación', 'glossary#accreditation', 'choosing-a-program#how-to-check-license-and-accreditation'),
  q('señales de alerta', 'choosing-a-program#red-flags-to-watch-for', 'choosing-a-program'),
  q('personal que hable español', 'choosing-a-program#practical-fit', 'choosing-a-program'),
  q('intérprete', 'choosing-a-program#practical-fit', 'choosing-a-program'),
  // Apoyo y medicamentos
  q('grupos de apoyo', 'glossary#mutual-support-groups'),
  q('alcohólicos anónimos', 'glossary#mutual-support-groups'),
  q('metadona', 'glossary#moud', 'glossary#opioid-treatment-program'),
  q('naloxona', 'glossary#naloxone'),
  q('línea de ayuda de samhsa', 'glossary#samhsa-helpline', '/es/get-help/'),
  // Crisis
  crisis('quiero morir'),
  crisis('me quiero matar'),
  crisis('pensamientos suicidas'),
  crisis('sobredosis'),
  crisis('no quiero vivir'),
  // Cómo entrar a un IOP, paso a paso (issue 23, section 3)
  q('cómo entrar a un iop', '/es/guide/getting-into-iop/'),
  q('pasos para empezar un programa intensivo', '/es/guide/getting-into-iop/'),
  q('qué hago después de encontrar un programa', '/es/guide/getting-into-iop/', 'faq#find-a-program'),
];
