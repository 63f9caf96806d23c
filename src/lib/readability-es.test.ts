import { describe, expect, it } from 'vitest';
import { inflesz, infleszBand, spanishSyllables } from './readability-es';

describe('Spanish syllables', () => {
  it.each([
    ['casa', 2],
    ['programa', 3],
    ['intensivo', 4],
    ['ambulatorio', 5],
    ['día', 2],
    ['ciudad', 2],
    ['aeropuerto', 5],
    ['que', 1],
    ['guerra', 2],
    ['pingüino', 3],
    ['hay', 1],
    ['ley', 1],
    ['muy', 1],
    ['y', 1],
    ['buey', 1],
    ['país', 2],
    ['teatro', 3],
    ['salud', 2],
    ['seguro', 3],
    ['médico', 3],
    ['atención', 3],
    ['tratamiento', 4],
    ['psicología', 5],
    ['aguacate', 4],
    ['quiero', 2],
    ['seguimiento', 4],
    ['prohibir', 3],
    ['ahora', 3],
    ['Medicaid', 3],
    ['988', 1],
    ['familia', 3],
    ['adolescentes', 5],
    ['ayuda', 3],
    ['reír', 2],
    ['oído', 3],
  ])('%s has %i', (word, n) => {
    expect(spanishSyllables(word)).toBe(n);
  });
});

describe('INFLESZ', () => {
  it('scores plain Spanish as easy and dense Spanish as hard', () => {
    const easy = inflesz('Vas a un grupo. Duermes en casa. Te ayuda a estar bien.');
    const hard = inflesz(
      'La implementación de intervenciones psicoterapéuticas multidisciplinarias requiere consideraciones individualizadas durante la participación prolongada.',
    );
    expect(easy.sentences).toBe(3);
    expect(easy.index).toBeGreaterThan(80);
    expect(hard.index).toBeLessThan(40);
    expect(infleszBand(easy.index)).toBe('muy fácil');
    expect(infleszBand(60)).toBe('normal');
    expect(infleszBand(50)).toBe('algo difícil');
  });
  it('gives no score (NaN) for no prose', () => {
    expect(Number.isNaN(inflesz('').index)).toBe(true);
  });
});
