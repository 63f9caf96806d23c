// Handouts' addresses and printed helplines (the short-address check is src/model/handout-links.test.ts).
import { describe, expect, it } from 'vitest';
import { handoutAddresses, HANDOUT_CRISIS_LINES, HANDOUT_CRISIS_LINES_ES, writeIn, WRITE_IN_WORDS } from './handouts';
import { HANDOUT_HEADINGS } from '../../lib/page-titles/handouts';
import { WRITE_IN_FIELDS } from '../../model/schemas';
import { bareUrl } from '../../lib/urls';

const vs = { id: 'iop-vs-php', short: 'vs', article: 'iop-vs-php' };

describe('handout addresses', () => {
  it('opens the full article from the QR code, and gives typeable short addresses, from the one site setting', () => {
    expect(handoutAddresses(vs, 'https://example.org')).toEqual({
      full: 'https://example.org/guide/iop-vs-php/',
      short: 'https://example.org/h/vs/',
      own: 'https://example.org/p/vs/',
      fullText: 'example.org/guide/iop-vs-php/',
      shortText: 'example.org/h/vs/',
      ownText: 'example.org/p/vs/',
    });
    expect(handoutAddresses(vs, 'https://example.org', 'es')).toMatchObject({
      shortText: 'example.org/es/h/vs/',
      ownText: 'example.org/es/p/vs/',
    });
    expect(bareUrl('https://www.iopguide.org/h/ask/')).toBe('iopguide.org/h/ask/');
  });
  it('prints 988 (with its Spanish line), 911 and the SAMHSA helpline', () => {
    expect(HANDOUT_CRISIS_LINES.map((l) => l.id)).toEqual(['988', '988-spanish', '911', 'samhsa']);
  });
  it('spells SAMHSA out on paper in both languages, and glosses no other line', () => {
    const glossed = (lines: typeof HANDOUT_CRISIS_LINES) => lines.filter((l) => l.gloss).map((l) => [l.id, l.gloss]);
    expect(glossed(HANDOUT_CRISIS_LINES)).toEqual([
      ['samhsa', expect.stringContaining('Substance Abuse and Mental Health Services Administration')],
    ]);
    expect(glossed(HANDOUT_CRISIS_LINES_ES)).toEqual([
      ['samhsa', expect.stringContaining('Administración de Servicios de Salud Mental y Abuso de Sustancias')],
    ]);
  });
});

describe('details a printout depends on', () => {
  it('strips only a leading http or https and www. from an address', () => {
    expect(bareUrl('http://example.org/h/vs/')).toBe('example.org/h/vs/');
    expect(bareUrl('https://example.org/h/vs/')).toBe('example.org/h/vs/');
    expect(bareUrl('example.org/go/?to=https://www.other.org/')).toBe('example.org/go/?to=https://www.other.org/');
  });
  it('has every layout heading in Spanish, translated', () => {
    expect(Object.keys(HANDOUT_HEADINGS.es).sort()).toEqual(Object.keys(HANDOUT_HEADINGS.en).sort());
    for (const [id, en] of Object.entries(HANDOUT_HEADINGS.en)) {
      const es = HANDOUT_HEADINGS.es[id as keyof typeof HANDOUT_HEADINGS.en];
      expect(es, id).toMatch(/\p{L}{3}/u);
      expect(es, id).not.toBe(en);
    }
  });
});

describe('the write-in area', () => {
  it('labels each blank in the page’s language, wide only for questions and notes', () => {
    const en = writeIn(['program', 'programPhone', 'questions'], 'en');
    expect(en.heading).toBe('Write it down');
    expect(en.fields).toEqual([
      { id: 'program', label: 'Program name', wide: false },
      { id: 'programPhone', label: 'Program phone', wide: false },
      { id: 'questions', label: 'My questions', wide: true },
    ]);
    expect(writeIn(['notes'], 'es').fields).toEqual([{ id: 'notes', label: 'Notas', wide: true }]);
  });
  it('says on screen what the printed sheet leaves room for, as a list in lower case with the notes in brackets that say why', () => {
    expect(writeIn(['program', 'programPhone', 'questions'], 'en').screen).toBe(
      'Print this sheet to write on it. It has lines for program name, program phone, and my questions.',
    );
    expect(writeIn(['address', 'naloxone'], 'es').screen).toBe(
      'Imprima esta hoja para escribir en ella. Tiene líneas para anotar: nuestra dirección (para el 911) y dónde está nuestra naloxona.',
    );
  });
  it('has words for every field in both languages', () => {
    for (const lang of ['en', 'es'] as const)
      for (const f of WRITE_IN_FIELDS) expect(WRITE_IN_WORDS[lang].fields[f], `${lang} ${f}`).toMatch(/\S/);
  });
});
