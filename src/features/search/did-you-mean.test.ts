import { describe, expect, it } from 'vitest';
import { allowedEdits, correctedQueries, isFoundIn, markedWords, suggest, unfoundWords } from './did-you-mean';

const VOCAB = ['therapy', 'medicaid', 'medicare', 'insurance', 'counseling', 'adolescent', 'lose', 'chosen', 'teen'];

describe('isFoundIn and unfoundWords', () => {
  it('counts a word as found when a highlighted word shares all but its last letter', () => {
    expect(isFoundIn('therapy', ['therapies'])).toBe(true);
    expect(isFoundIn('teen', ['teens'])).toBe(true);
    expect(isFoundIn('theraphy', ['the'])).toBe(false);
    expect(isFoundIn('medicair', ['medical', 'medication'])).toBe(false);
    expect(isFoundIn('insurence', ['insurance'])).toBe(false);
    expect(isFoundIn('medicair', ['medicaid'])).toBe(false);
    expect(isFoundIn('relapse', ['relapsing'])).toBe(true);
  });
  it('takes accents as optional: a word typed without them is found in the accented word', () => {
    expect(isFoundIn('depresion', ['depresión'])).toBe(true);
    expect(isFoundIn('adiccion', ['adicciones'])).toBe(true);
    expect(isFoundIn('ansiedád', ['ansiedad'])).toBe(true);
    expect(isFoundIn('depresion', ['deporte'])).toBe(false);
  });
  it('only looks at words of 4 or more letters', () => {
    expect(unfoundWords(['job', 'theraphy', '988', 'ptsd'], ['ptsd'])).toEqual(['theraphy']);
  });
});

describe('suggest', () => {
  it('offers the nearest vocabulary word within the allowed edits', () => {
    expect(suggest('theraphy', VOCAB)).toEqual(['therapy']);
    expect(suggest('councelling', VOCAB)).toEqual(['counseling']);
    expect(suggest('adolesent', VOCAB)).toEqual(['adolescent']);
  });
  it('offers a second word no more than one edit further', () => {
    expect(suggest('medicair', VOCAB)).toEqual(['medicaid', 'medicare']);
    expect(suggest('medicade', VOCAB)).toEqual(['medicare', 'medicaid']);
  });
  it('offers nothing for a known word, a far one, or one that starts differently', () => {
    expect(suggest('therapy', VOCAB)).toEqual([]);
    expect(suggest('qqqqxxxx', VOCAB)).toEqual([]);
    expect(suggest('closed', VOCAB)).toEqual([]);
  });
  it('allows more edits in longer words', () => {
    expect([allowedEdits(4), allowedEdits(6), allowedEdits(8), allowedEdits(12)]).toEqual([1, 1, 2, 3]);
  });
});

describe('correctedQueries', () => {
  it('replaces each unfound word, at most two queries', () => {
    expect(correctedQueries('theraphy teen', ['theraphy'], VOCAB)).toEqual({
      queries: ['therapy teen'],
      words: ['therapy'],
    });
    expect(correctedQueries('medicair', ['medicair'], VOCAB)).toEqual({
      queries: ['medicaid', 'medicare'],
      words: ['medicaid', 'medicare'],
    });
    expect(correctedQueries('qqqq', ['qqqq'], VOCAB)).toEqual({ queries: [], words: [] });
  });
});

describe('markedWords', () => {
  it('reads the highlighted words of excerpts, lower case', () => {
    expect(markedWords(['a <mark>Therapy,</mark> b <mark>CBT</mark>', '<mark>x-ray</mark>'])).toEqual([
      'therapy',
      'cbt',
      'x',
      'ray',
    ]);
  });
});

describe('the edges of "found" and "close"', () => {
  it('counts found words only from the start, in any highlighted word, and never a longer word with a wrong tail', () => {
    expect(isFoundIn('care', ['medicare'])).toBe(false);
    expect(isFoundIn('therapy', ['other', 'therapies'])).toBe(true);
    expect(isFoundIn('theraphy', ['therapeutic'])).toBe(false);
  });
  it('corrects words of 4 letters or more made only of letters', () => {
    expect(unfoundWords(['meds', 'med'], [])).toEqual(['meds']);
    expect(unfoundWords(['2therapy', 'therapy2', 'cbt-i'], [])).toEqual([]);
  });
  it('allows 1 edit up to 6 letters, 2 up to 10, then 3', () => {
    expect([6, 7, 10, 11].map(allowedEdits)).toEqual([1, 2, 2, 3]);
  });
  it('never changes the first letter, and offers a second word only if it is at most one edit further', () => {
    expect(suggest('bherapy', ['therapy'])).toEqual([]);
    expect(suggest('hospitalizaton', ['hospitalisations', 'hospitalization'])).toEqual(['hospitalization']);
  });
  it('keeps a word it cannot correct while correcting the others, and never offers the same query twice', () => {
    expect(correctedQueries('qqqq theraphy', ['qqqq', 'theraphy'], VOCAB)).toEqual({
      queries: ['qqqq therapy'],
      words: ['therapy'],
    });
    expect(correctedQueries('medicair', ['medicair', 'medicair'], VOCAB).queries).toEqual(['medicaid', 'medicare']);
  });
});
