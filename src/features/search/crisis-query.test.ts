// The crisis detector on the TUNING half of the corpus (crisis-corpus.ts), the phrasings it was tuned on, plus
// ordinary questions that must not show help and the false-alarm rate on the lay query sets. The held-out half is
// measured on the built site only: crisis-heldout.browser.test.ts.
import { describe, expect, it } from 'vitest';
import { detectCrisis, isCrisisQuery, normalizeForCrisis } from './crisis-query';
import { CRISIS_CORPUS, splitCorpus } from './crisis-corpus';
import { LAY_QUERIES } from './query-set';
import { EARLIER_QUERIES } from './query-set-earlier';
import { SPANISH_QUERIES } from './query-set-es';

const { tuning, heldOut } = splitCorpus();
const other = (lang: 'en' | 'es') => (lang === 'en' ? 'es' : 'en');

describe('the crisis corpus and its split', () => {
  it('holds at least 400 phrasings, every topic in both languages, split in two halves before tuning', () => {
    expect(CRISIS_CORPUS.length).toBeGreaterThanOrEqual(400);
    for (const lang of ['en', 'es'] as const)
      for (const topic of ['suicide', 'self-harm', 'overdose', 'not-breathing', 'violence'] as const) {
        const n = (half: typeof tuning) => half.filter((e) => e.lang === lang && e.topic === topic).length;
        expect(n(tuning), `${topic} ${lang}`).toBeGreaterThanOrEqual(10);
        expect(n(heldOut) - n(tuning), `${topic} ${lang}`).toBeLessThanOrEqual(0);
        expect(n(tuning) - n(heldOut), `${topic} ${lang}`).toBeLessThanOrEqual(1);
      }
    // Accented and unaccented forms are both kept on purpose ("ya no puedo más", "ya no puedo mas").
    expect(new Set(CRISIS_CORPUS.map((e) => e.q.toLowerCase())).size).toBe(CRISIS_CORPUS.length);
  });
});

describe('the tuning half: help shows, with the right kind, and the language is read from the query', () => {
  for (const lang of ['en', 'es'] as const) {
    const entries = tuning.filter((e) => e.lang === lang);
    it(`${lang}: every tuning phrasing (${entries.length})`, () => {
      // The fallback language is the other one, so a right answer comes from the query's own words.
      const found = entries.map((e) => ({ e, m: detectCrisis(e.q, other(lang)) }));
      const shown = found.filter((f) => f.m).length;
      console.log(`tuning half, ${lang}: help shown for ${shown} of ${entries.length}`);
      expect(found.filter((f) => !f.m).map((f) => f.e.q)).toEqual([]);
      expect(found.filter((f) => f.m?.kind !== f.e.kind).map((f) => `${f.e.q}: ${f.m?.kind}`)).toEqual([]);
      expect(found.filter((f) => f.m?.lang !== lang).map((f) => f.e.q)).toEqual([]);
    });
  }
});

describe('what each kind covers', () => {
  it.each([
    ['my son isn’t breathing', 'emergency', 'en'],
    ['tomó muchas pastillas y no despierta', 'emergency', 'es'],
    ['se desmayó y no responde', 'emergency', 'es'],
    ['mi hijo no respira', 'emergency', 'es'],
    ['i want to die, i took 30 pills', 'emergency', 'en'],
    ['i cant do this anymore', 'suicide', 'en'],
    ['whats the point of living', 'suicide', 'en'],
    ['ya no puedo más', 'suicide', 'es'],
    ['i hope i dont wake up', 'suicide', 'en'],
    ['no quiero despertar', 'suicide', 'es'],
    ['kill my family and then myself', 'violence', 'en'],
    ['hacerle daño a alguien', 'violence', 'es'],
    ['crisis', 'suicide', 'es'],
  ] as const)('"%s" is %s (%s)', (q, kind, lang) => expect(detectCrisis(q, 'es')).toEqual({ kind, lang }));

  it('a language the query does not tell comes from the page', () => {
    expect(detectCrisis('911', 'es')?.lang).toBe('es');
    expect(detectCrisis('911', 'en')?.lang).toBe('en');
  });
});

/** Borderline, shown by the rule: any mention of overdose, suicide or crisis shows help. */
const BORDERLINE = ['overdose on caffeine', 'what is an overdose', 'overdose after relapse', 'veterans crisis line'];

/** Everyday questions, some sharing words with a crisis, that must not show it. */
const ORDINARY = [
  'what is iop',
  'can i keep my job',
  'insurance',
  'day program',
  'teen',
  'after iop',
  'detox',
  'family therapy',
  'medicare',
  'relapse',
  'privacy',
  'naloxone',
  'where to get narcan',
  'harm reduction',
  'harm reduction for my son',
  'withdrawal',
  'cutting back on drinking',
  'stop cutting back on drinking',
  'odd',
  'oppositional defiant disorder',
  'overcome anxiety',
  'self help books',
  'outside help',
  'homeless',
  'dietitian',
  'studies',
  'how many hours a week',
  'medicaid work requirements',
  'ptsd',
  'eating disorder',
  'my 16 year old',
  'iop near me',
  'theraphy',
  '988 press 3',
  'breathing exercises',
  "i can't wake up in the morning for iop",
  'side effects of my medication',
  'can i take my meds during iop',
  'what is the point of going to iop',
  'is iop worth it',
  'my son is not responding to treatment',
  'no response from insurance',
  'taking my life back',
  'blue cross blue shield',
  'took too long',
  'dead end job',
  'panic attacks at school',
  'how addiction hurts the family',
  'giving back to the community',
  'living with anxiety',
  'programa para adolescentes',
  'ejercicios de respiración',
  'no puedo dormir',
  'no puedo despertarme temprano',
  'mi hijo no responde a la terapia',
  'tomo medicamentos para la depresión',
  'me corté el pelo',
  'se corta la llamada',
  'matar el tiempo',
  'quiero vivir sin drogas',
  'pastillas para la ansiedad',
  '',
  '   ',
];

describe('isCrisisQuery', () => {
  it.each(BORDERLINE)('shows help for "%s"', (q) => expect(isCrisisQuery(q)).toBe(true));
  it.each(ORDINARY)('does not for "%s"', (q) => expect(isCrisisQuery(q)).toBe(false));
});

describe('false alarms on the lay query sets (help shown above results for a plain question)', () => {
  const sets = {
    'query-set.ts': LAY_QUERIES.filter((q) => q.category !== 'crisis' && !q.help).map((q) => q.q),
    'query-set-earlier.ts': EARLIER_QUERIES.map((q) => q.q),
    'query-set-es.ts': SPANISH_QUERIES.filter((q) => !q.crisis).map((q) => q.q),
  };
  it.each(Object.entries(sets))('%s: at most 5%', (name, queries) => {
    const alarms = queries.filter((q) => isCrisisQuery(q));
    console.log(`${name}: help shown for ${alarms.length} of ${queries.length} ordinary queries: ${alarms.join('; ')}`);
    expect(alarms.length / queries.length).toBeLessThanOrEqual(0.05);
  });
  it('and the crisis queries in those sets all show it', () => {
    const crisis = [
      ...LAY_QUERIES.filter((q) => q.category === 'crisis' || q.help).map((q) => q.q),
      ...SPANISH_QUERIES.filter((q) => q.crisis).map((q) => q.q),
    ];
    expect(crisis.filter((q) => !isCrisisQuery(q))).toEqual([]);
  });
});

describe('normalizeForCrisis', () => {
  it('lowers case, drops accents and apostrophes, collapses spaces and expands short forms', () => {
    expect(normalizeForCrisis('  I   DON’T  want   to LIVE ')).toBe('i do not want to live');
    expect(normalizeForCrisis('autolesión, hacerme daño')).toBe('autolesion hacerme dano');
    expect(normalizeForCrisis("he od'd")).toBe('he oded');
    expect(normalizeForCrisis('kill my self')).toBe('kill myself');
    expect(normalizeForCrisis('wanna')).toBe('want to');
    expect(normalizeForCrisis("my son isn't breathing")).toBe('my son is not breathing');
    expect(normalizeForCrisis('kiero morir')).toBe('quiero morir');
  });
});

describe('the rules one word at a time (each case a rule a small change to the code would break)', () => {
  it('reads short forms of "overdose", and quote marks of every kind', () => {
    expect(normalizeForCrisis("he o.d'ing")).toBe('he oding');
    expect(normalizeForCrisis("she OD'ed")).toBe('she oded');
    expect(normalizeForCrisis("o.d'd")).toBe('oded');
    expect(normalizeForCrisis('took an o.d. last night')).toBe('took an od last night');
    expect(normalizeForCrisis('an o.d')).toBe('an od');
    expect(normalizeForCrisis('won`t can´t don‘t')).toBe('will not can not do not');
    expect(normalizeForCrisis('my selfish')).toBe('my selfish');
  });

  it.each([
    // One typo in a pattern of two or more words, in a word of 4 letters or more with no digit.
    ['i wnat to die', 'suicide'],
    ['i want to kill myslef', 'suicide'],
    ['kill mysefl', 'suicide'],
    ['he is ovrdosing', 'emergency'],
    // Long key words with one typo count alone.
    ['suicde', 'suicide'],
    ['sucide', 'suicide'],
    ['suiside', 'suicide'],
    ['unresposive', 'emergency'],
    ['ovrdosing', 'emergency'],
    // At most three words between two parts of a pattern; "=" parts follow directly; "$" parts end the query.
    ['better off a b c dead', 'suicide'],
    ['i want to sleep forever', 'suicide'],
    ['i give up', 'suicide'],
    ['i want to cut', 'suicide'],
    ['no puedo seguir', 'suicide'],
    ['he over dosed', 'emergency'],
  ] as const)('"%s" is %s', (q, kind) => {
    expect(detectCrisis(q)?.kind).toBe(kind);
  });

  it.each([
    'i wnat to dei', // two typos
    'i want to d1e', // a digit is never a typo
    'kil myself', // a 3-letter word is never a typo
    'better off a b c d dead', // four words between
    'better people dead',
    'i want to sleep really forever', // not directly after
    'i give up on diets', // not the last word
    'i want to cut back',
    'no puedo seguir estudiando',
    'harm reduction for others', // vetoed
    'over the dose',
  ])('"%s" is not a crisis', (q) => {
    expect(detectCrisis(q)).toBeNull();
  });

  it('reads the language from the words used more, else from the pattern, else from the page', () => {
    expect(detectCrisis('my mom tomo muchas pastillas', 'en')).toEqual({ kind: 'emergency', lang: 'es' });
    expect(detectCrisis('mi mom took too many pills', 'es')).toEqual({ kind: 'emergency', lang: 'en' });
    expect(detectCrisis('i want to die la de', 'es')).toEqual({ kind: 'suicide', lang: 'en' });
    expect(detectCrisis('die la de', 'en')).toEqual({ kind: 'suicide', lang: 'es' });
    expect(detectCrisis('me quiero matar', 'en')).toEqual({ kind: 'suicide', lang: 'es' });
    expect(detectCrisis('crisis', 'en')).toEqual({ kind: 'suicide', lang: 'en' });
    expect(detectCrisis('crisis', 'es')).toEqual({ kind: 'suicide', lang: 'es' });
    expect(detectCrisis('crisis')).toEqual({ kind: 'suicide', lang: 'en' });
  });
});

describe('typos the detector forgives, and those it does not', () => {
  it.each([
    // One letter added, dropped, changed or two swapped, in a word of 5 letters or more.
    ['kill mysefl', 'suicide'],
    ['kill myslf', 'suicide'],
    ['kill mysellf', 'suicide'],
    ['hrut myself', 'suicide'],
    ['i want to hurt mysef', 'suicide'],
    ['my son is not braething', 'emergency'],
    ['my son is not breahting', 'emergency'],
    ['my son is not brething', 'emergency'],
    ['she is unconscous', 'emergency'],
    ['she is uncnscious', 'emergency'],
    ['she took too many pilss', 'emergency'],
    // Only a swap in a 4-letter word.
    ['i want to end my lfie', 'suicide'],
    ['i want to end my lief', 'suicide'],
    // The start of a word one typo from a stem.
    ['he is overdosin', 'emergency'],
    ['he is oevrdosing', 'emergency'],
    ['he is overdsoing', 'emergency'],
    ['he ovredosed', 'emergency'],
  ] as const)('"%s" is %s', (q, kind) => {
    expect(detectCrisis(q)?.kind).toBe(kind);
  });

  it.each([
    'i want to end my liife', // a 4-letter word takes only a swap
    'she tokk too many pills',
    'i want to kil myself', // a 3-letter word takes no typo
    'she took to many pils',
  ])('"%s" is not read as a crisis', (q) => {
    expect(detectCrisis(q)).toBeNull();
  });
});
