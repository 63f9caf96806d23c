import { describe, expect, it } from 'vitest';
import { buildVocabulary, headingTexts } from './vocabulary';

describe('headingTexts', () => {
  it('reads headings and glossary terms inside the indexed part only', () => {
    const html =
      '<html><body><header><h2>Site nav</h2></header><main data-pagefind-body><h1>Paying for IOP</h1><p>Body text.</p>' +
      '<h2 id="a">Medicare</h2><h3 id="b">Can I keep working?</h3><dl><dt id="c">Deductible</dt></dl></main></body></html>';
    expect(headingTexts(html)).toEqual(['Paying for IOP', 'Medicare', 'Can I keep working?', 'Deductible']);
  });
});

describe('buildVocabulary', () => {
  it('keeps words of 3 or more letters, no filler, most used first, once each', () => {
    expect(
      buildVocabulary(['Therapy and therapies', 'Group therapy', 'What is IOP?', 'Doctor’s note, 42 CFR']),
    ).toEqual(['therapy', 'cfr', 'doctors', 'group', 'iop', 'note', 'therapies']);
  });
});
