import { describe, expect, it } from 'vitest';
import { cleanQuery, comparable, excerptParts, isExactMatch, MAX_QUERY, rankHits, resultCountText, withoutStopWords, type RawResult } from './search-results';

const loc = (n: number) => Array.from({ length: n }, (_, i) => ({ weight: 1, balanced_score: 10, location: i }));
function result(url: string, title: string, subs: [string, string, number][] = [], topic = 'Topic'): RawResult {
  return { url, excerpt: `${title} excerpt`, meta: { title, topic }, sub_results: subs.map(([u, t, n]) => ({ url: u, title: t, excerpt: `${t} text`, weighted_locations: loc(n) })) };
}

describe('cleanQuery and withoutStopWords', () => {
  it('trims, collapses spaces and caps long input', () => {
    expect(cleanQuery('  day \n  program ')).toBe('day program');
    expect(cleanQuery('x'.repeat(500))).toHaveLength(MAX_QUERY);
    expect(cleanQuery('')).toBe('');
  });
  it('drops filler words only when something meaningful is left', () => {
    expect(withoutStopWords('does medicare pay')).toBe('medicare pay');
    expect(withoutStopWords('can I keep my job?')).toBe('keep job?');
    expect(withoutStopWords('medicare')).toBeNull();
    expect(withoutStopWords('what is it')).toBeNull();
  });
});

describe('excerptParts', () => {
  it('keeps Pagefind marks and nothing else as markup', () => {
    expect(excerptParts('a <mark>day</mark> program')).toEqual([
      { text: 'a ', mark: false },
      { text: 'day', mark: true },
      { text: ' program', mark: false },
    ]);
  });
  it('turns hostile text into inert text', () => {
    const parts = excerptParts('x <img src=x onerror=alert(1)> &lt;script&gt;alert(1)&lt;/script&gt; <mark>y</mark>');
    expect(parts.map((p) => p.text).join('')).toBe('x  <script>alert(1)</script> y');
    expect(parts.every((p) => typeof p.text === 'string')).toBe(true);
  });
  it('decodes numeric entities and leaves unknown ones alone', () => {
    expect(excerptParts('it&#39;s &#x1F600; &bogus; &#0;').map((p) => p.text).join('')).toBe("it's 😀 &bogus; &#0;");
  });
});

describe('isExactMatch', () => {
  it('ignores case, punctuation and a parenthetical aside', () => {
    expect(comparable('What is an IOP (intensive outpatient program)?')).toBe('what is an iop');
    expect(isExactMatch('what is an iop', 'What is an IOP (intensive outpatient program)?')).toBe(true);
    expect(isExactMatch('Can I keep working during IOP', 'Can I keep working during IOP?')).toBe(true);
    expect(isExactMatch('keep working', 'Can I keep working during IOP?')).toBe(false);
    expect(isExactMatch('', 'Anything')).toBe(false);
  });
});

describe('rankHits', () => {
  const results = [
    result('/guide/a/', 'Paying for IOP', [['/guide/a/', 'Paying for IOP', 1], ['/guide/a/#x', 'Prior authorization', 1], ['/guide/a/#y', 'Medicare', 5]]),
    result('/faq/', 'Frequently asked questions', [['/faq/#keep-job', 'Can I keep my job during IOP?', 1], ['/faq/#cost', 'What does IOP cost?', 3]]),
  ];
  it('keeps Pagefind order and puts the best-matching sections first, without the page intro', () => {
    const hits = rankHits('medicare', results);
    expect(hits.map((h) => h.url)).toEqual(['/guide/a/', '/faq/']);
    expect(hits[0].subs.map((s) => s.url)).toEqual(['/guide/a/#y', '/guide/a/#x']);
    expect(hits[0].section).toBe('Topic');
  });
  it('lifts an exact FAQ question match to the top, with that question first', () => {
    const hits = rankHits('can i keep my job during iop', results);
    expect(hits[0].url).toBe('/faq/');
    expect(hits[0].subs[0].url).toBe('/faq/#keep-job');
    expect(hits[0].exact).toBe(true);
  });
  it('lifts an exact page title match to the top', () => {
    const hits = rankHits('Frequently asked questions', results);
    expect(hits[0].title).toBe('Frequently asked questions');
  });
  it('shows at most three sections', () => {
    const many = result('/g/', 'G', [1, 2, 3, 4, 5].map((i) => [`/g/#s${i}`, `S${i}`, i] as [string, string, number]));
    expect(rankHits('x', [many])[0].subs.map((s) => s.title)).toEqual(['S5', 'S4', 'S3']);
  });
});

describe('resultCountText', () => {
  it('says how many, kindly and in plain words', () => {
    expect(resultCountText(0, 'xyz')).toBe('No results for “xyz”.');
    expect(resultCountText(1, 'rehab')).toBe('1 result for “rehab”.');
    expect(resultCountText(7, 'rehab')).toBe('7 results for “rehab”.');
    expect(resultCountText(3, '')).toBe('');
  });
});
