import { describe, expect, it } from 'vitest';
import { searchPins } from './pins';

const input = {
  help: { title: 'Get help now', description: 'Crisis lines.' },
  faqs: [
    {
      id: 'find-a-program',
      question: 'How do I find an IOP?',
      text: 'Start at FindTreatment.gov. It is free. More.',
    },
  ],
  articles: [{ id: 'choosing-a-program', title: 'How do I choose an IOP?', description: 'What to look for.' }],
  faqLabel: 'Frequently asked questions',
};

describe('searchPins', () => {
  it('puts the Get help page first for a crisis, and the find-a-program FAQ and article for "near me"', () => {
    const pins = searchPins(input);
    expect(pins.crisis).toEqual([
      { title: 'Get help now', href: '/get-help/', label: 'Crisis lines', excerpt: 'Crisis lines.' },
    ]);
    expect(pins.near.map((p) => p.href)).toEqual(['/faq/find-a-program/', '/guide/choosing-a-program/']);
    expect(pins.near[0].excerpt).toBe('Start at FindTreatment.gov. It is free.');
  });
  it('fails the build, naming the file, when a pinned page is missing', () => {
    expect(() => searchPins({ ...input, faqs: [] })).toThrow(/content\/faq\/find-a-program\.mdx/);
    expect(() => searchPins({ ...input, articles: [] })).toThrow(/content\/articles\/choosing-a-program\.mdx/);
  });
});
