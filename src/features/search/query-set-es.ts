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
  // Crisis
  crisis('quiero morir'),
  crisis('me quiero matar'),
  crisis('pensamientos suicidas'),
  crisis('sobredosis'),
  crisis('no quiero vivir'),
];
