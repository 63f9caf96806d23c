import { describe, expect, it } from 'vitest';
import { compactCode, covers, dottedCode, isIcd10cmSystem, narrowest, relation, spanOf, type CodeSpan } from './icd10';

const span = (text: string) => spanOf(text) as CodeSpan;

describe('ICD-10-CM codes as written', () => {
  it('reads a code with or without its dot, in any case, with spaces around it', () => {
    for (const raw of ['F43.10', 'F4310', 'f43.10', ' f4310 ', 'F43.10\n']) expect(compactCode(raw), raw).toBe('F4310');
    expect(compactCode('F32.A')).toBe('F32A');
    expect(compactCode('O99.310')).toBe('O99310');
    expect(compactCode('F43')).toBe('F43');
    expect(compactCode('F43.')).toBe('F43');
  });

  it('refuses what is not a code', () => {
    for (const raw of [
      '',
      'F4',
      '43.10',
      'F43.10000',
      'F4.310',
      'F43..10',
      'F 43.10',
      '<script>',
      'F43-10',
      '296.20',
      'FF3',
    ])
      expect(compactCode(raw), raw).toBeNull();
  });

  it('writes a compact code as the tabular list does', () => {
    expect(dottedCode('F4310')).toBe('F43.10');
    expect(dottedCode('F43')).toBe('F43');
  });
});

describe('the codes a mapping covers', () => {
  it('covers a code and every code under it, and a range with both its ends', () => {
    expect(covers(span('F43.1'), 'F4310')).toBe(true);
    expect(covers(span('F43.1'), 'F431')).toBe(true);
    expect(covers(span('F43.1'), 'F43')).toBe(false);
    expect(covers(span('F43.1'), 'F4320')).toBe(false);
    expect(covers(span('F32-F33'), 'F32A')).toBe(true);
    expect(covers(span('F32-F33'), 'F339')).toBe(true);
    expect(covers(span('F32-F33'), 'F341')).toBe(false);
    expect(covers(span('O99.31-O99.32'), 'O99315')).toBe(true);
    expect(covers(span('O99.31-O99.32'), 'O99330')).toBe(false);
  });

  it('says what is wrong with a badly written code or range', () => {
    expect(spanOf('f43.1')).toMatch(/"f43.1" is not an ICD-10-CM code as the tabular list writes it/);
    expect(spanOf('F4310')).toMatch(/is not an ICD-10-CM code as the tabular list writes it/);
    expect(spanOf('F32-F33-F34')).toMatch(/more than one "-"/);
    expect(spanOf('F32-F33.1')).toMatch(/same length/);
    expect(spanOf('F33-F32')).toMatch(/must come before/);
    expect(spanOf('F33-F33')).toMatch(/must come before/);
  });

  it('tells nested mappings from the same codes and from ranges that cross', () => {
    expect(relation(span('F11'), span('F10-F19'))).toBe('a-in-b');
    expect(relation(span('F10-F19'), span('F11'))).toBe('b-in-a');
    expect(relation(span('F10-F19'), span('F20-F29'))).toBe('apart');
    expect(relation(span('F10-F15'), span('F13-F19'))).toBe('cross');
    expect(relation(span('F43.1'), span('F43.1'))).toBe('same');
  });

  it('picks the narrowest of the spans around a code', () => {
    const spans = ['F40-F48', 'F43.1', 'F10-F19', 'F11'].map((code) => ({ code, ...span(code) }));
    expect(narrowest(spans, 'F4310')?.code).toBe('F43.1');
    expect(narrowest(spans, 'F422')?.code).toBe('F40-F48');
    expect(narrowest(spans, 'F1120')?.code).toBe('F11');
    expect(narrowest(spans, 'J45909')).toBeUndefined();
  });
});

describe('the code system', () => {
  it('knows ICD-10-CM by its HL7 identifier, its name and its FHIR address', () => {
    for (const s of [
      '2.16.840.1.113883.6.90',
      ' urn:oid:2.16.840.1.113883.6.90',
      'ICD-10-CM',
      'icd10cm',
      'http://hl7.org/fhir/sid/icd-10-cm',
    ])
      expect(isIcd10cmSystem(s), s).toBe(true);
    for (const s of ['2.16.840.1.113883.6.96', '2.16.840.1.113883.6.103', 'SNOMED', '', '2.16.840.1.113883.6.9'])
      expect(isIcd10cmSystem(s), s).toBe(false);
  });
});
