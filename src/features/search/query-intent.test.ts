import { describe, expect, it } from 'vitest';
import { meaningKeys, meaningWords, plainWords, readQuery } from './query-intent';

describe('readQuery', () => {
  it('sends only meaning words to Pagefind: no filler, no question words, no single letters', () => {
    expect(readQuery('can i keep my job')).toEqual({ search: 'keep job', words: ['keep', 'job'], nearMe: false });
    expect(readQuery('What does IOP stand for?').search).toBe('iop');
    expect(readQuery('what kind of therapy').search).toBe('therapy');
    expect(readQuery('iop vs php').search).toBe('iop php');
  });
  it('searches filler as typed when the query is only filler, but never a lone letter', () => {
    expect(readQuery('who is it for')).toEqual({ search: 'who is it for', words: [], nearMe: false });
    expect(readQuery('i').search).toBe('');
    expect(readQuery('a i').search).toBe('');
  });
  it('keeps numbers, including single digits', () => {
    expect(readQuery('988 press 3').search).toBe('988 press 3');
    expect(readQuery('asam level 2.1').search).toBe('asam level 2.1');
  });
  it('reads a teen age as "teen"', () => {
    expect(readQuery('my 16 year old').search).toBe('teen');
    expect(readQuery('my 15-year-old son').search).toBe('teen');
    expect(readQuery('my daughter is 15').search).toBe('teen');
    expect(readQuery('16yo').search).toBe('16yo');
    expect(readQuery('my 25 year old son').search).toBe('25 year old son');
    expect(readQuery('medicaid every 6 months').search).toBe('medicaid every 6 months');
  });
  it('notices "near me" and leaves the place words out of the search', () => {
    expect(readQuery('iop near me')).toEqual({ search: 'iop', words: ['iop'], nearMe: true });
    expect(readQuery('find iop in my area')).toEqual({ search: 'iop', words: ['iop'], nearMe: true });
    expect(readQuery('outpatient rehab nearby').nearMe).toBe(true);
    expect(readQuery('closest program').nearMe).toBe(true);
    expect(readQuery('near me').search).toBe('');
    expect(readQuery('what is iop').nearMe).toBe(false);
    expect(readQuery('close to relapse').nearMe).toBe(false);
  });
});

describe('readQuery in Spanish', () => {
  it('drops Spanish filler, accented or not, and keeps the words that mean something', () => {
    expect(readQuery('¿Qué es un IOP?').search).toBe('iop');
    expect(readQuery('que es la hospitalizacion parcial').search).toBe('hospitalizacion parcial');
    expect(readQuery('cuánto cuesta un programa para mi hijo').search).toBe('cuesta programa hijo');
    expect(readQuery('¿Cómo puedo pagar el tratamiento?').search).toBe('pagar tratamiento');
    expect(readQuery('¿Dónde están las preguntas?').search).toBe('preguntas');
  });
  it('keeps words that mean something in English ("son", "no")', () => {
    expect(readQuery('no tengo seguro').search).toBe('no seguro');
    expect(readQuery('my son').search).toBe('son');
  });
  it('notices "cerca de mí" and the like, and leaves the place words out', () => {
    for (const q of [
      'iop cerca de mí',
      'iop cerca de mi',
      'programas cerca de mi casa',
      'iop en mi área',
      'iop en mi zona',
      'iop en mi ciudad',
      'buscar iop por código postal',
      'el iop más cercano',
    ])
      expect(readQuery(q), q).toMatchObject({ search: expect.stringMatching(/^(iop|programas)$/), nearMe: true });
    expect(readQuery('cerca de mí').search).toBe('');
    expect(readQuery('qué es un iop').nearMe).toBe(false);
    expect(readQuery('mi mamá').nearMe).toBe(false);
  });
});

describe('meaningWords and meaningKeys', () => {
  it('drops filler and repeats', () => {
    expect(meaningWords(plainWords('Will my boss find out?'))).toEqual(['boss', 'find', 'out']);
    expect(meaningWords(plainWords('iop iop IOP'))).toEqual(['iop']);
  });
  it('gives the meaning words, and without general words when others remain', () => {
    expect(meaningKeys('Can I keep my job?')).toEqual(['keep job']);
    expect(meaningKeys('iop for depression')).toEqual(['iop depression', 'depression']);
    expect(meaningKeys('What is IOP?')).toEqual(['iop']);
    expect(meaningKeys('Intensive outpatient program (IOP)')).toEqual([
      'intensive outpatient program',
      'intensive outpatient',
    ]);
    expect(meaningKeys('what is it')).toEqual([]);
    expect(meaningKeys('¿Puedo seguir trabajando?')).toEqual(['seguir trabajando']);
    expect(meaningKeys('programa para la depresión')).toEqual(['programa depresión', 'depresión']);
  });
});

describe('wordSenses: words with two meanings (issue 22)', () => {
  it('reads "work" said of a thing as "effective", and a person working as a job', () => {
    expect(readQuery('does iop work').search).toBe('iop effective');
    expect(readQuery('does it really work').search).toBe('effective');
    expect(readQuery('is it working for me').search).toBe('effective');
    expect(readQuery('will rehab work for me').search).toBe('treatment effective');
    expect(readQuery('can i work during iop').search).toBe('work during iop');
    expect(readQuery('will i be able to work').search).toBe('able work');
    expect(readQuery('does my work need to know').search).toBe('work');
    expect(readQuery('are you working').search).toBe('working');
    expect(readQuery('does iop work around my job').search).toBe('iop work around job');
  });
  it('reads "rehab" next to other words as treatment, but keeps the place and comparisons', () => {
    expect(readQuery('is rehab confidential').search).toBe('treatment confidential');
    expect(readQuery('my child is in rehab').search).toBe('child treatment');
    expect(readQuery('rehab').search).toBe('rehab');
    expect(readQuery('inpatient rehab').search).toBe('inpatient rehab');
    expect(readQuery('iop vs rehab').search).toBe('iop rehab');
    expect(readQuery('what is rehab').search).toBe('rehab');
  });
  it('reads "get into" a program as admission', () => {
    expect(readQuery('how do i get into an iop').search).toBe('admission iop');
    expect(readQuery('getting in to treatment').search).toBe('admission treatment');
    expect(readQuery('what should i get').search).toBe('what should get');
  });
  it('compares aliases and queries with the same senses', () => {
    expect(meaningKeys('does outpatient rehab really work')).toEqual(['outpatient rehab effective']);
    expect(meaningKeys('will my job find out im in rehab')).toEqual(['job find out treatment', 'job find out']);
  });
});

describe('readQuery, word by word (each case a rule that one word can break)', () => {
  it.each([
    // Ages: 12 to 17 next to a word that says age or a child, before or after; "year old", "yr", "yo" folded in.
    ['son 15', 'teen'],
    ['my 12 year old', 'teen'],
    ['my 17 year old', 'teen'],
    ['my 11 year old', '11 year old'],
    ['my 18 year old', '18 year old'],
    ['page 15', 'page 15'],
    ['younger than 15', 'younger 15'],
    ['my 15 yr old', 'teen'],
    ['my 15 yrs old', 'teen'],
    ['my 16 yo', 'teen'],
    ['daughter 15 anxious', 'teen anxious'],
    ['my son 15 years', 'teen years'],
    ['15 year anxious', 'teen year anxious'],
    ['my daughter 15 boyfriend', 'teen boyfriend'],
    ['15 year old daughter reason', 'teen reason'],
    // "get into" only as whole words.
    ['budget in iop', 'budget iop'],
    ['gotten into trouble', 'gotten trouble'],
    ['get insurance', 'insurance'],
    // "work" only as a whole word, said of a thing, not after "to", not "work with/around", not of a person.
    ['does homework help', 'homework help'],
    ['does iop workbook help', 'iop workbook help'],
    ['is it hard to work', 'hard work'],
    ['does iop work without insurance', 'iop effective without insurance'],
    ['can i work if iop is hard', 'work iop hard'],
    ['does work count', 'work count'],
    ['does my iop work', 'iop work'],
    ['can doctors really work', 'doctors work'],
    ['can this really work', 'work'],
    // "rehab" as the first word with others is treatment in general.
    ['rehab confidential', 'treatment confidential'],
    // Filler and question words in Spanish.
    ['ayuda desde casa', 'ayuda casa'],
    ['qué significa iop', 'iop'],
  ])('%j searches %j', (q, search) => {
    expect(readQuery(q).search).toBe(search);
  });

  it.each([
    'iop near   me',
    'iop cerca de aquí',
    'iop cerca de aqui',
    'iop cerca de donde vivo',
    'iop por mi zona',
    'iop en mi colonia',
    'iop codigo postal',
    'iop cercanas',
  ])('%j asks for a place, and searches only "iop"', (q) => {
    expect(readQuery(q)).toEqual({ search: 'iop', words: ['iop'], nearMe: true });
  });

  it('sets aside only whole place words', () => {
    expect(readQuery('finding iop near me').search).toBe('finding iop');
    expect(readQuery('los programas más cercanos')).toMatchObject({ search: 'programas', nearMe: true });
  });

  it('splits words at marks, drops apostrophes, and keeps dots only inside numbers', () => {
    expect(plainWords("Don't")).toEqual(['dont']);
    expect(plainWords('..iop.. end.')).toEqual(['iop', 'end']);
    expect(plainWords('iop..')).toEqual(['iop']);
    expect(plainWords('iop.')).toEqual(['iop']);
    expect(plainWords('a .b')).toEqual(['a', 'b']);
    expect(plainWords('level 2.1')).toEqual(['level', '2.1']);
    expect(meaningKeys('Day(partial)program')).toEqual(['day program', 'day']);
  });
});
