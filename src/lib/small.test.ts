// Small pure helpers: URLs, dates, site titles, FAQ grouping.
import { describe, expect, it } from 'vitest';
import { absoluteUrl, paths } from './urls';
import { formatDate, isoDate, oneYearAfter } from './dates';
import { pageTitle } from './site';
import { checkArticleLinks, faqDescription, glossaryByLetter, groupFaqs } from './faq';
import { CRISIS_LINES, MORE_LINES, crisisLine, smsHref } from './crisis';

describe('urls', () => {
  it('builds every internal path with a trailing slash', () => {
    expect(paths.article('what-is-iop')).toBe('/guide/what-is-iop/');
    expect(paths.article('what-is-iop', 'key-points')).toBe('/guide/what-is-iop/#key-points');
    expect(paths.compare(['iop', 'php'])).toBe('/compare/?levels=iop,php');
    expect(paths.search('does medicare pay?')).toBe('/search/?q=does%20medicare%20pay%3F');
    expect(absoluteUrl('/faq/', 'https://example.org')).toBe('https://example.org/faq/');
  });
});

describe('dates and titles', () => {
  it('formats review dates in UTC', () => {
    const d = new Date('2026-11-22T00:00:00Z');
    expect(formatDate(d)).toBe('November 22, 2026');
    expect(isoDate(d)).toBe('2026-11-22');
  });
  it('puts the next review 12 months after the last, without changing the input', () => {
    const d = new Date('2026-11-22T00:00:00Z');
    expect(isoDate(oneYearAfter(d))).toBe('2027-11-22');
    expect(isoDate(d)).toBe('2026-11-22');
  });
  it('titles pages', () => {
    expect(pageTitle('FAQ')).toBe('FAQ | IOP Guide');
    expect(pageTitle('IOP Guide')).toMatch(/^IOP Guide: /);
  });
});

describe('faq and glossary helpers', () => {
  const faqs = [
    { id: 'b', question: 'B?', topic: 'paying' as const, order: 2, article: 'x' },
    { id: 'a', question: 'A?', topic: 'paying' as const, order: 1, article: 'x' },
    { id: 'c', question: 'C?', topic: 'about-iop' as const, order: 1, article: 'x' },
  ];
  it('groups FAQs by topic order then item order', () => {
    expect(groupFaqs(faqs).map((g) => [g.topic, g.items.map((i) => i.id)])).toEqual([
      ['about-iop', ['c']],
      ['paying', ['a', 'b']],
    ]);
  });
  it('rejects a link to a missing article, naming the file', () => {
    expect(() => checkArticleLinks(faqs, ['y'], 'faq')).toThrow('content/faq/b: article: no article "x"');
    expect(() => checkArticleLinks(faqs, ['x'], 'faq')).not.toThrow();
  });
  it('describes an FAQ answer page by its answer, 50 to 160 characters, cut at a word', () => {
    const long =
      'Yes. '.repeat(20) +
      'Many programs run in the evening so that people can keep working while they attend their sessions each week.';
    const d = faqDescription('Can I work?', long);
    expect(d.length).toBeLessThanOrEqual(160);
    expect(d.endsWith('…')).toBe(true);
    expect(long.startsWith(d.slice(0, -1).trimEnd())).toBe(true);
    expect(faqDescription('Can I keep working during IOP?', 'Yes, often.').length).toBeGreaterThanOrEqual(20);
  });
  it('groups glossary terms A to Z', () => {
    expect(
      glossaryByLetter([{ term: 'beta' }, { term: '42 CFR' }, { term: 'Alpha' }, { term: 'apple' }]).map((g) => [
        g.letter,
        g.items.length,
      ]),
    ).toEqual([
      ['#', 1],
      ['A', 2],
      ['B', 1],
    ]);
  });
});

describe('crisis lines', () => {
  it('holds 988, 911 and the SAMHSA Helpline, each found by its id', () => {
    expect(CRISIS_LINES.map((l) => l.id)).toEqual(['988', '911', 'samhsa']);
    for (const l of CRISIS_LINES) expect(crisisLine(l.id as '988')).toBe(l);
  });
  it('dials or texts the number each action shows, and never texts through a call link', () => {
    const digits = (x: string) => x.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
    for (const line of [...CRISIS_LINES, ...MORE_LINES]) {
      for (const a of line.actions.filter((x) => x.kind !== 'web')) {
        const number = /^(?:tel|sms):\+?(\d+)/.exec(a.href)?.[1] ?? '';
        expect(a.href.startsWith(a.kind === 'call' ? 'tel:' : 'sms:'), `${line.id}: ${a.label}`).toBe(true);
        expect(a.label, `${line.id}: ${a.label}`).toMatch(a.kind === 'call' ? /^(Call|TTY)\b/ : /^Text\b/);
        expect(digits(/\d[\d-]*\d/.exec(a.label)?.[0] ?? ''), `${line.id}: ${a.label}`).toBe(digits(number));
      }
    }
    expect(crisisLine('988').actions.map((a) => a.href)).toEqual(['tel:988', 'sms:988']);
  });
  it('pre-fills a text only where the line asks for a word', () => {
    expect(smsHref('741741', 'HOME')).toBe('sms:741741?&body=HOME');
    expect(smsHref('988')).toBe('sms:988');
  });
});
