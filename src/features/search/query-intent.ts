/**
 * How people ask, turned into what search looks for. Pagefind needs every word it is given to match and prefix-matches
 * each one, so "can i keep my job" found nothing useful and "i" matched every "IOP". Here filler and one-letter words
 * are dropped (unless the query is only those), a teen's age becomes "teen", and "near me" is noticed and set aside:
 * this site lists no programs, so search says so and leads to how to find one. Pure, so Node tests reach it.
 */

/**
 * Words that carry no meaning for search: never sent to Pagefind or highlighted, unless the query is only these.
 * One set for both languages (each page searches its own language's index, and the same code serves both): Spanish
 * filler is here too, except words that mean something in English ("son", "no"), which stay searchable.
 */
export const STOP_WORDS = new Set(
  (
    'a an and are as at be been being can could do does did for from has have how i if in into is it its me my of on ' +
    'or our should so than that the their them then there these they this to was we were what when where which who ' +
    'why will with would you your am vs versus im ive youre really actually ' +
    // Spanish: articles, prepositions, pronouns, question words and the verbs that only carry a question.
    'de del la las el los lo un una unos unas en por para con que qué como cómo cuando cuándo donde dónde cual cuál ' +
    'cuales cuáles quien quién quienes quiénes cuanto cuánto cuanta cuánta cuantos cuántos cuantas cuántas es está ' +
    'esta este esto estos estas ese esa eso estoy están estan ser soy somos hay al mi mis tu tus su sus yo te se le ' +
    'les nos si sí ya muy pero porque tengo tiene puedo puede pueden podría debo debe hacer hago hace sobre entre ' +
    'hasta desde'
  ).split(' '),
);

/** Question words that say what kind of answer is wanted, not what about ("what does iop stand for"). */
const QUESTION_WORDS = new Set(
  (
    'stand stands mean means meaning definition define explain tell know want need like get kind kinds type types sort ' +
    'significa significado quiere decir saber necesito necesita quiero tipo tipos clase clases'
  ).split(' '),
);

/** General words dropped when comparing a query with alias words, if other words remain ("iop for depression"). */
const GENERAL_WORDS = new Set(
  'iop iops program programs treatment help problem problems issue issues programa programas tratamiento ayuda problema problemas'.split(
    ' ',
  ),
);

/** Phrases that ask for a place ("iop near me"); this site lists no programs. */
const NEAR_ME =
  /\b(near me|near my|nearby|near by|close to me|close by|closest|nearest|around me|in my (area|city|town|county|state|neighborhood|zip)|zip code)\b/;
/** The same in Spanish ("cerca de mí", "en mi zona", "código postal"); accents optional, longer phrasings first. */
const NEAR_ME_ES =
  /(?<![\p{L}\p{N}])(cerca de (mi casa|donde vivo|aqu[ií]|m[ií])|m[aá]s cercan[oa]s?|cercan[oa]s?|en mi (área|area|zona|ciudad|condado|pueblo|barrio|colonia|estado|comunidad)|por mi (zona|casa|área|area)|c[oó]digo postal)(?![\p{L}\p{N}])/u;
/** Place words left once a "near me" phrase is set aside ("find iop in my area", "buscar un programa en mi zona"). */
const PLACE_WORDS = /^(near|find|area|local|cerca|buscar|busco|encontrar|zona|área|local|locales)$/;

/** Lower case, apostrophes dropped, every other mark a space. */
export function plainWords(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .replace(/(^|\s)\.+|\.+(?=\s|$)/g, ' ')
    .split(' ')
    .filter(Boolean);
}

/** Words that mean something (no filler, no question words, no single letters; digits stay), in order, once each. */
export function meaningWords(words: readonly string[]): string[] {
  const kept = words.filter((w) => !/^\p{L}$/u.test(w) && !STOP_WORDS.has(w) && !QUESTION_WORDS.has(w));
  return [...new Set(kept)];
}

/** Who a teen is to the reader: dropped next to an age, which already says "teen" ("my daughter is 15"). */
const RELATION = /^(son|daughter|child|kid|boy|girl|teen)$/;

/** An age from 12 to 17 said with "year old", "yo", "age", or next to son, daughter, child or teen becomes "teen". */
function agesToTeen(words: string[]): string[] {
  const out: string[] = [];
  let aged = false;
  for (let i = 0; i < words.length; i++) {
    const n = /^\d{2}$/.test(words[i]) ? Number(words[i]) : NaN;
    const near = [words[i - 2], words[i - 1], words[i + 1]];
    const teenAge =
      n >= 12 && n <= 17 && near.some((w) => /^(years?|yrs?|yo|age|aged|son|daughter|child|kid|teen)$/.test(w ?? ''));
    if (!teenAge) out.push(words[i]);
    else {
      aged = true;
      out.push('teen');
      // "16 year old": the "year old" after the age says nothing more.
      if (/^(years?|yrs?)$/.test(words[i + 1] ?? '') && words[i + 2] === 'old') i += 2;
      else if (words[i + 1] === 'yo') i += 1;
    }
  }
  return aged ? out.filter((w) => w === 'teen' || !RELATION.test(w)) : out;
}

/** Helping verbs that open a question about a thing working ("does iop work", "will rehab work for me"). */
const ASKS_IF = /^(do|does|did|will|would|is|are)$/;
/** Words that make "work" mean a job: a person works ("can i work", "does my boss..."), or works around something. */
const PERSON =
  /^(i|you|we|he|she|they|me|my|your|our|his|her|their|son|daughter|child|kid|husband|wife|partner|boss|employer|job)$/;
/** Words that keep "rehab" a place: comparisons, settings and definitions ("iop vs rehab", "inpatient rehab"). */
const REHAB_AS_PLACE =
  /^(vs|versus|or|inpatient|residential|outpatient|iop|php|center|centers|facility|facilities|stay|live|overnight|near|nearby|what|define|meaning|mean|means|rehabs)$/;

/**
 * Words that mean two things, read by the words around them (issue 22):
 * - "work" asked about a thing ("does iop work", "is it working", "will rehab work for me") means "effective";
 *   a person working ("can i work during iop", "will i be able to work") stays a job;
 * - "rehab" next to other words and no place or comparison word ("is rehab confidential", "my child is in rehab")
 *   means treatment in general; "rehab" alone, "inpatient rehab" and "iop vs rehab" stay the place;
 * - "get into" / "getting in" a program means admission ("how do i get into an iop").
 */
export function wordSenses(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    if (/^(get|getting|got)$/.test(w) && /^(into|in)$/.test(next ?? '')) {
      out.push('admission');
      i += 1;
      continue;
    }
    if (/^(work|works|working)$/.test(w) && asksIfItWorks(words, i)) {
      out.push('effective');
      continue;
    }
    out.push(w);
  }
  const rehab = out.indexOf('rehab');
  const others = meaningWords(out).filter((x) => x !== 'rehab');
  if (rehab >= 0 && others.length && !out.some((x) => REHAB_AS_PLACE.test(x))) out[rehab] = 'treatment';
  return out;
}

/** Is words[k] ("work") said of a thing, after "does/will/is ..." with a subject that is not a person? */
function asksIfItWorks(words: readonly string[], k: number): boolean {
  if (words[k - 1] === 'to' || /^(around|with)$/.test(words[k + 1] ?? '')) return false;
  const j = words.slice(0, k).findLastIndex((x) => ASKS_IF.test(x));
  if (j < 0 || j === k - 1) return false;
  return !words.slice(j + 1, k).some((x) => PERSON.test(x));
}

/** What one query asks for. */
export interface QueryIntent {
  /** The words to send to Pagefind ('' when there is nothing worth searching, such as a single letter). */
  search: string;
  /** The meaning words, for the looser word-by-word search and "Did you mean". */
  words: string[];
  /** The query asks for a place ("near me"). */
  nearMe: boolean;
}

/** Read a cleaned query: what to search for, its meaning words, and whether it asks for a place. */
export function readQuery(q: string): QueryIntent {
  const lower = q.toLowerCase().replace(/\s+/g, ' ');
  const nearMe = NEAR_ME.test(lower) || NEAR_ME_ES.test(lower);
  // The phrases end at word boundaries, so what replaces them never joins two words.
  // Stryker disable next-line StringLiteral: see above.
  const all = wordSenses(agesToTeen(plainWords(nearMe ? lower.replace(NEAR_ME, ' ').replace(NEAR_ME_ES, ' ') : lower)));
  const words = meaningWords(all).filter((w) => !(nearMe && PLACE_WORDS.test(w)));
  if (words.length) return { search: words.join(' '), words, nearMe };
  // Only filler: search it as typed, unless it is only single letters (which would prefix-match everything).
  const longer = all.filter((w) => !/^\p{L}$/u.test(w));
  return { search: longer.join(' '), words: [], nearMe };
}

/** The words of an alias or a title compared by meaning: "keep my job" and "can i keep my job" both give "keep job". */
export function meaningKeys(s: string): string[] {
  const words = meaningWords(wordSenses(agesToTeen(plainWords(s.replace(/\([^)]*\)/g, ' ')))));
  if (!words.length) return [];
  const core = words.filter((w) => !GENERAL_WORDS.has(w));
  const keys = [words.join(' ')];
  if (core.length && core.length < words.length) keys.push(core.join(' '));
  return keys;
}
