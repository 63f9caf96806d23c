// The "what changed" feed's entries: a page gets one on each day a fact it uses changes value, listed once the change
// has happened, or announced a fixed number of days before it; and its Atom document.
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { factFileSchema } from '../../model/facts-schema';
import { factsFromFiles } from '../../model/read';
import { FACTS_WARNING_DAYS, factChangeDays } from '../../model/facts';
import { changeEntries } from './changes';
import { changesAtom, entryText } from './changes-atom';
import { FEED_WORDS } from './words';

const source = { title: 'A source', publisher: 'A publisher', year: 2025, url: 'https://example.gov/' };
const facts = factsFromFiles([
  {
    file: 'content/facts/test.yaml',
    data: factFileSchema.parse({
      'test.deductible': {
        what: 'A yearly amount.',
        unit: 'dollars',
        periods: [
          { from: '2026-01-01', until: '2026-12-31', value: 283, en: '$283 for 2026', es: '$283 en 2026' },
          { from: '2027-01-01', until: '2027-12-31', value: 300, en: '$300 for 2027', es: '$300 en 2027' },
        ],
        unknownAfter: { en: 'a new amount is set each January', es: 'cada enero hay un monto nuevo' },
        sources: [source],
        checked: '2026-12-01',
      },
      'test.openEnded': {
        what: 'A rule with one open period.',
        unit: 'text',
        periods: [{ from: '2024-01-01', en: 'since 2024', es: 'desde 2024' }],
        sources: [source],
        checked: '2026-12-01',
      },
    }),
  },
]);
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const pages = [
  { path: '/guide/paying-for-iop/', title: 'Paying for IOP', facts: ['test.deductible', 'test.openEnded'] },
  { path: '/faq/no-insurance/', title: 'No insurance?', facts: ['test.openEnded'] },
];

describe('the days a fact changes', () => {
  it('are each new period’s first day and the day after the last one ends, not the first period’s start', () => {
    expect(factChangeDays(facts.get('test.deductible')!).map((c) => c.day)).toEqual([
      day('2027-01-01'),
      day('2028-01-01'),
    ]);
    expect(factChangeDays(facts.get('test.openEnded')!)).toEqual([]);
  });
});

describe('the entries on a day', () => {
  it('lists nothing before a change is announced', () => {
    expect(changeEntries(pages, facts, 'en', day('2026-11-01'))).toEqual([]);
  });

  it('announces a coming change, dated a fixed number of days before it, with the words before and after', () => {
    const entries = changeEntries(pages, facts, 'en', day('2026-12-04'));
    expect(entries).toEqual([
      {
        path: '/guide/paying-for-iop/',
        title: 'Paying for IOP',
        day: day('2027-01-01'),
        dated: new Date(day('2027-01-01').getTime() - FACTS_WARNING_DAYS * 86_400_000),
        coming: true,
        facts: [{ id: 'test.deductible', before: '$283 for 2026', after: '$300 for 2027' }],
      },
    ]);
    expect(entryText(entries[0], FEED_WORDS.en)).toBe(
      'The page said “$283 for 2026”. From January 1, 2027, it says “$300 for 2027”.\nIf you printed this page or its handout, print it again from that day.',
    );
  });

  it('lists a change that happened on its day, newest first, in the page’s language', () => {
    const entries = changeEntries(pages, facts, 'es', day('2028-01-05'));
    expect(entries.map((e) => [e.dated, e.coming, e.facts[0].after])).toEqual([
      [day('2028-01-01'), false, '$300 en 2027; cada enero hay un monto nuevo'],
      [day('2027-01-01'), false, '$300 en 2027'],
    ]);
    expect(entryText(entries[0], FEED_WORDS.es)).toMatch(
      /^La página decía «\$300 en 2027»\. Desde el 1 de enero de 2028, dice/,
    );
  });
});

describe('the Atom document', () => {
  it('is an Atom feed whose entries have ids, titles, dates, links and text', () => {
    const xml = changesAtom(changeEntries(pages, facts, 'en', day('2028-01-05')), {
      words: FEED_WORDS.en,
      language: 'en-US',
      feedUrl: 'https://example.org/changes.xml',
      homePageUrl: 'https://example.org/',
      authorUrl: 'https://example.org/about/#who-we-are',
      host: 'example.org',
      today: day('2028-01-05'),
      abs: (p) => `https://example.org${p}`,
    });
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const feed = doc.documentElement;
    const text = (el: Element | Document, name: string) => el.querySelector(name)?.textContent;
    expect(feed.localName).toBe('feed');
    expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    expect(feed.querySelector(':scope > id')?.textContent).toBe('https://example.org/changes.xml');
    expect(feed.querySelector(':scope > updated')?.textContent).toBe('2028-01-01T00:00:00.000Z');
    expect(text(feed.querySelector('author')!, 'name')).toBe('IOP Guide editorial team');
    const entries = [...feed.querySelectorAll('entry')];
    expect(entries.map((e) => text(e, 'id'))).toEqual([
      'tag:example.org,2028:/guide/paying-for-iop/changed/2028-01-01',
      'tag:example.org,2027:/guide/paying-for-iop/changed/2027-01-01',
    ]);
    expect(text(entries[1], 'title')).toBe('Changed on January 1, 2027: Paying for IOP');
    expect(entries[1].querySelector('link')?.getAttribute('href')).toBe('https://example.org/guide/paying-for-iop/');
    expect(text(entries[1], 'updated')).toBe('2027-01-01T00:00:00.000Z');
    expect(text(entries[1], 'summary')).toMatch(/^The page said “\$283 for 2026”/);
  });
});
