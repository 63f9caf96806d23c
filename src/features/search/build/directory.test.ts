import { describe, expect, it } from 'vitest';
import { searchDirectory, sortAZ } from './directory';

describe('searchDirectory', () => {
  it('lists pages, questions and terms A to Z with links from the URL builder', () => {
    const dir = searchDirectory({
      articles: [
        { id: 'what-is-iop', title: 'What is IOP?' },
        { id: 'after-iop', title: 'After IOP' },
      ],
      pages: [{ id: 'faq', title: 'Frequently asked questions' }],
      faqs: [
        { id: 'b', question: 'Will insurance pay?' },
        { id: 'a', question: 'Can I work?' },
      ],
      terms: [
        { id: 'moud', term: 'MOUD' },
        { id: '988-lifeline', term: '988 Lifeline' },
        { id: 'cbt', term: 'cbt' },
      ],
    });
    expect(dir.pages.map((p) => p.label)).toEqual([
      'After IOP',
      'Compare levels of care',
      'Frequently asked questions',
      'The guide: all topics',
      'What is IOP?',
    ]);
    expect(dir.pages.find((p) => p.label === 'After IOP')?.href).toBe('/guide/after-iop/');
    expect(dir.pages.find((p) => p.label === 'Frequently asked questions')?.href).toBe('/faq/');
    expect(dir.questions).toEqual([
      { label: 'Can I work?', href: '/faq/a/' },
      { label: 'Will insurance pay?', href: '/faq/b/' },
    ]);
    expect(dir.terms.map((t) => t.href)).toEqual(['/glossary/#988-lifeline', '/glossary/#cbt', '/glossary/#moud']);
  });
  it('sorts numbers in order and ignores case', () => {
    expect(
      sortAZ([
        { label: 'b10', href: '' },
        { label: 'B9', href: '' },
        { label: 'a', href: '' },
      ]).map((l) => l.label),
    ).toEqual(['a', 'B9', 'b10']);
  });
});
