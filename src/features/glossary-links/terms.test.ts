import { describe, expect, it } from 'vitest';
import { compileTerms, linkFirstUses, phrasesFor } from './terms';

const matchers = compileTerms([
  { id: 'iop', term: 'Intensive outpatient program (IOP)', aliases: ['intensive outpatient'] },
  { id: 'php', term: 'Partial hospitalization program (PHP)', aliases: ['day program'] },
  { id: 'relapse', term: 'Relapse', aliases: [] },
  { id: 'outpatient-care', term: 'Outpatient care', aliases: [] },
]);

describe('glossary term matching', () => {
  it('derives phrases from the term, its acronym and aliases', () => {
    expect(
      phrasesFor({ id: 'x', term: 'Intensive outpatient program (IOP)', aliases: ['intensive outpatient'] }),
    ).toEqual(['Intensive outpatient program', 'IOP', 'intensive outpatient']);
  });
  it('links only the first use of each term', () => {
    const linked = new Set<string>();
    const first = linkFirstUses('An IOP is not a PHP. IOP again.', matchers, linked);
    expect(first.filter((s) => s.id).map((s) => [s.text, s.id])).toEqual([
      ['IOP', 'iop'],
      ['PHP', 'php'],
    ]);
    expect(first.map((s) => s.text).join('')).toBe('An IOP is not a PHP. IOP again.');
    expect(linkFirstUses('More IOP and PHP', matchers, linked)).toEqual([{ text: 'More IOP and PHP' }]);
  });
  it('prefers the longest phrase and matches words case-insensitively with plurals', () => {
    const segs = linkFirstUses('Intensive outpatient programs and relapses', matchers, new Set());
    expect(segs.filter((s) => s.id).map((s) => s.text)).toEqual(['Intensive outpatient programs', 'relapses']);
  });
  it('leaves acronyms inside other words and lowercase acronyms alone', () => {
    expect(linkFirstUses('iop-guide and IOPX and iop', matchers, new Set())).toEqual([
      { text: 'iop-guide and IOPX and iop' },
    ]);
  });
  it('does not link a shorter term inside an already-linked longer phrase', () => {
    const linked = new Set<string>();
    const segs = linkFirstUses('IOP is intensive outpatient care. Outpatient care is weekly.', matchers, linked);
    expect(segs.filter((s) => s.id).map((s) => [s.text, s.id])).toEqual([
      ['IOP', 'iop'],
      ['Outpatient care', 'outpatient-care'],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe('IOP is intensive outpatient care. Outpatient care is weekly.');
  });
  it('does not link the page’s own subject, plain-language terms, or a term inside a longer known name', () => {
    const terms = [
      { id: 'iop', term: 'Intensive outpatient program (IOP)', aliases: [] },
      { id: 'php', term: 'Partial hospitalization program (PHP)', aliases: [] },
      { id: 'group-therapy', term: 'Group therapy', aliases: [], autolink: false },
      { id: 'inpatient-care', term: 'Inpatient care', aliases: ['inpatient'] },
    ];
    const m = compileTerms(terms, { subject: 'Paying for IOP', names: ['Inpatient hospital care'] });
    const segs = linkFirstUses('IOP, PHP and group therapy. Inpatient hospital care. Then inpatient.', m, new Set());
    expect(segs.filter((x) => x.id).map((x) => [x.text, x.id])).toEqual([
      ['PHP', 'php'],
      ['inpatient', 'inpatient-care'],
    ]);
    expect(segs.map((x) => x.text).join('')).toBe(
      'IOP, PHP and group therapy. Inpatient hospital care. Then inpatient.',
    );
  });
  it('scans a long text in one pass (time grows with the text, not with the number of matches)', () => {
    const long = 'Group sessions help. An IOP and a PHP differ in hours. '.repeat(6000);
    const segs = linkFirstUses(long, matchers, new Set());
    expect(segs.filter((x) => x.id).map((x) => x.id)).toEqual(['iop', 'php']);
    expect(segs.map((x) => x.text).join('')).toBe(long);
  });
});
