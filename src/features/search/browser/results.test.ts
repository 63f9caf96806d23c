import { describe, expect, it } from 'vitest';
import {
  aliasMatches,
  cleanQuery,
  comparable,
  excerptParts,
  isExactMatch,
  mergeLoose,
  rankHits,
  rankWithExtra,
  withoutPinned,
  sameMeaning,
  resultCountText,
  readerExcerpt,
  type RawResult,
} from './results';
import { HIDDEN_MARK, MAX_QUERY } from '../names';

const loc = (n: number) => Array.from({ length: n }, (_, i) => ({ weight: 1, balanced_score: 10, location: i }));
function result(url: string, title: string, subs: [string, string, number][] = [], topic = 'Topic'): RawResult {
  return {
    url,
    excerpt: `${title} excerpt`,
    meta: { title, topic },
    sub_results: subs.map(([u, t, n]) => ({ url: u, title: t, excerpt: `${t} text`, weighted_locations: loc(n) })),
  };
}

describe('cleanQuery', () => {
  it('trims, collapses spaces and caps long input', () => {
    expect(cleanQuery('  day \n  program ')).toBe('day program');
    expect(cleanQuery('x'.repeat(500))).toHaveLength(MAX_QUERY);
    expect(cleanQuery('')).toBe('');
  });
});

describe('mergeLoose', () => {
  it('keeps strict results first, then adds loose ones by summed score, without repeats', () => {
    const r = (id: string, score: number) => ({ id, score });
    const merged = mergeLoose([r('a', 1)], [[r('b', 2), r('a', 9), r('c', 1)], [r('c', 5)]]);
    expect(merged.map((x) => x.id)).toEqual(['a', 'c', 'b']);
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
  it('highlights stop words when the query is only such words', () => {
    expect(excerptParts('<mark>who</mark> it is for', true)[0]).toEqual({ text: 'who', mark: true });
  });
  it('does not highlight stop words such as "I" and "can"', () => {
    expect(excerptParts('<mark>Can</mark> <mark>I</mark> keep my <mark>job?</mark>')).toEqual([
      { text: 'Can', mark: false },
      { text: ' ', mark: false },
      { text: 'I', mark: false },
      { text: ' keep my ', mark: false },
      { text: 'job?', mark: true },
    ]);
  });
  it('turns hostile text into inert text', () => {
    const parts = excerptParts('x <img src=x onerror=alert(1)> &lt;script&gt;alert(1)&lt;/script&gt; <mark>y</mark>');
    expect(parts.map((p) => p.text).join('')).toBe('x  <script>alert(1)</script> y');
    expect(parts.every((p) => typeof p.text === 'string')).toBe(true);
  });
  it('decodes numeric entities and leaves unknown ones alone', () => {
    expect(
      excerptParts('it&#39;s &#x1F600; &bogus; &#0;')
        .map((p) => p.text)
        .join(''),
    ).toBe("it's 😀 &bogus; &#0;");
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
    result('/guide/a/', 'Paying for IOP', [
      ['/guide/a/', 'Paying for IOP', 1],
      ['/guide/a/#x', 'Prior authorization', 1],
      ['/guide/a/#y', 'Medicare', 5],
    ]),
    result('/faq/', 'Frequently asked questions', [
      ['/faq/#keep-job', 'Can I keep my job during IOP?', 1],
      ['/faq/#cost', 'What does IOP cost?', 3],
    ]),
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
    expect(hits[0].tier).toBe(2);
  });
  it('lifts an exact page title match to the top', () => {
    const hits = rankHits('Frequently asked questions', results);
    expect(hits[0].title).toBe('Frequently asked questions');
  });
  it('keeps the extra FAQ result only when one of its questions matches exactly, and then puts it first', () => {
    const [page, faq] = results;
    expect(rankWithExtra('can i keep my job during iop', [page], faq).map((h) => h.url)).toEqual([
      '/faq/',
      '/guide/a/',
    ]);
    expect(rankWithExtra('medicare', [page], faq).map((h) => h.url)).toEqual(['/guide/a/']);
    expect(rankWithExtra('medicare', [page]).map((h) => h.url)).toEqual(['/guide/a/']);
  });
  it('shows at most three sections', () => {
    const many = result(
      '/g/',
      'G',
      [1, 2, 3, 4, 5].map((i) => [`/g/#s${i}`, `S${i}`, i] as [string, string, number]),
    );
    expect(rankHits('x', [many])[0].subs.map((s) => s.title)).toEqual(['S5', 'S4', 'S3']);
  });
});

describe('aliases in ranking', () => {
  const withAliases = (url: string, title: string, aliases: string, subs: [string, string, number][] = []) => ({
    ...result(url, title, subs),
    meta: { title, aliases },
  });
  it('reads exact alias matches for the page and its sections', () => {
    expect([...aliasMatches('Day Program', 'day program|rehab|detox#withdrawal-management')]).toEqual(['']);
    expect([...aliasMatches('detox', 'day program|detox#withdrawal-management')]).toEqual(['withdrawal-management']);
    expect(aliasMatches('day', 'day program').size).toBe(0);
    expect(aliasMatches('x', undefined).size).toBe(0);
  });
  it('matches aliases by meaning words, and without general words such as "iop" and "program"', () => {
    expect([...aliasMatches('can I keep my job?', 'keep my job#keep-working|job')]).toEqual(['keep-working']);
    expect([...aliasMatches('iop for depression', 'depression#mh')]).toEqual(['mh']);
    expect([...aliasMatches('my 16 year old', 'teen')]).toEqual(['']);
    expect(aliasMatches('keep my job', 'job').size).toBe(0);
    expect(aliasMatches('iop', 'program').size).toBe(0);
  });
  it('lifts an alias match above plain matches but below an exact title match', () => {
    const results = [
      result('/guide/a/', 'Something else'),
      withAliases('/guide/b/', 'IOP and PHP', 'day program'),
      result('/guide/c/', 'Day program'),
    ];
    expect(rankHits('day program', results).map((h) => [h.url, h.tier])).toEqual([
      ['/guide/c/', 2],
      ['/guide/b/', 1],
      ['/guide/a/', 0],
    ]);
  });
  it('puts the section an alias points at first', () => {
    const g = withAliases('/glossary/', 'Glossary', 'detox#withdrawal-management', [
      ['/glossary/#cbt', 'CBT', 9],
      ['/glossary/?highlight=detox#withdrawal-management', 'Withdrawal management', 1],
    ]);
    expect(rankHits('detox', [g])[0].subs[0].title).toBe('Withdrawal management');
  });
});

describe('resultCountText', () => {
  it('says how many in plain words and never repeats the query', () => {
    expect(resultCountText(0)).toBe('No results.');
    expect(resultCountText(1)).toBe('1 result.');
    expect(resultCountText(7)).toBe('7 results.');
  });
});

describe('questions by meaning words', () => {
  it('counts the same meaning words as the same question', () => {
    expect(sameMeaning('keep working during iop', 'Can I keep working during IOP?')).toBe(true);
    expect(sameMeaning('can i keep my job', 'Can I keep working during IOP?')).toBe(false);
    expect(sameMeaning('what is it', 'What is IOP?')).toBe(false);
    const faq = result('/faq/', 'FAQ', [['/faq/#keep-working', 'Can I keep working during IOP?', 1]]);
    expect(rankHits('keep working during IOP', [result('/guide/a/', 'A'), faq])[0].url).toBe('/faq/');
  });
});

describe('withoutPinned', () => {
  it('drops pages and sections shown first, whatever their highlight parameter', () => {
    const hits = rankHits('x', [
      result('/get-help/?highlight=x', 'Get help now'),
      result('/faq/?highlight=x', 'FAQ', [['/faq/?highlight=x#find-a-program', 'How do I find an IOP?', 1]]),
    ]);
    const left = withoutPinned(hits, ['/get-help/', '/faq/#find-a-program']);
    expect(left.map((h) => h.url)).toEqual(['/faq/?highlight=x']);
    expect(left[0].subs).toEqual([]);
  });
});

describe('readerExcerpt: no alias words in any excerpt', () => {
  const M = HIDDEN_MARK;
  // As Pagefind holds it: "Paying for care. Intro ... text. <mark> rehab, residential rehab. <mark> Section two. ..."
  const raw = `Paying for care. Intro words about paying for a while. ${M} rehab, residential rehab. ${M} Section two. More about insurance and rehab programs.`;
  const words = raw.split(' ');
  const at = (w: string, nth = 0) => words.map((x, i) => [x, i] as const).filter(([x]) => x.startsWith(w))[nth][1];
  const hit = (i: number) => ({ weight: 1, balanced_score: 10, location: i });

  it('marks a match in the text and leaves the hidden run out', () => {
    const e = readerExcerpt(raw, [hit(at('rehab', 0)), hit(at('rehab', 2))], 8);
    expect(e).not.toContain(M);
    expect(e).not.toMatch(/rehab, residential/);
    expect(e).toContain('<mark>rehab</mark> programs.');
  });

  it('a match only in hidden words still gives an excerpt, from the real text', () => {
    const e = readerExcerpt(raw, [hit(at('residential'))], 6);
    expect(e).toBe('Paying for care. Intro words about');
  });

  it('keeps to a section: from its heading to the next', () => {
    expect(readerExcerpt(raw, [], 4, at('Section'), at('More'))).toBe('Section two.');
    // A section that starts inside a hidden run shows none of it.
    expect(readerExcerpt(raw, [], 3, at('residential'))).toBe('Section two. More');
  });

  it('rankHits shows the rebuilt excerpts for the page and its sections', () => {
    const r: RawResult = {
      url: '/guide/what-is-iop/',
      excerpt: `text. ${M} <mark>rehab,</mark> residential rehab. ${M}`,
      meta: { title: 'What is IOP?' },
      raw_content: raw,
      weighted_locations: [hit(at('rehab', 0))],
      anchors: [{ location: at('Section') }],
      sub_results: [
        { title: 'What is IOP?', url: '/guide/what-is-iop/', excerpt: 'x', weighted_locations: [hit(at('rehab', 0))] },
        {
          title: 'Section two',
          url: '/guide/what-is-iop/#two',
          excerpt: 'y',
          anchor: { location: at('Section') },
          weighted_locations: [hit(at('rehab', 2))],
        },
      ],
    };
    const [h] = rankHits('rehab', [r]);
    for (const e of [h.excerpt, ...h.subs.map((s) => s.excerpt)]) {
      expect(e).not.toContain(M);
      expect(e).not.toMatch(/residential/);
    }
    expect(h.subs[0].excerpt).toContain('<mark>rehab</mark>');
  });

  it('without the page text, cuts the hidden run out of the excerpt Pagefind built', () => {
    const r: RawResult = { url: '/x/', excerpt: `a b ${M} c, d. ${M} e`, meta: { title: 'X' }, sub_results: [] };
    expect(rankHits('c', [r])[0].excerpt).toBe('a b e');
  });
});

describe('query and title comparison, in detail', () => {
  it('trims again after capping, so a capped query never ends in a space', () => {
    expect(cleanQuery(`${'a'.repeat(MAX_QUERY - 1)} b`)).toBe('a'.repeat(MAX_QUERY - 1));
  });
  it('compares with asides, apostrophes and runs of punctuation set aside', () => {
    expect(comparable('Day(partial)program')).toBe('day program');
    expect(comparable('Don’t stop -- ever')).toBe('dont stop ever');
  });
  it('matches a query that names the whole title, its aside included', () => {
    expect(isExactMatch('Intensive outpatient program IOP', 'Intensive outpatient program (IOP)')).toBe(true);
    expect(isExactMatch('intensive outpatient', 'Intensive outpatient program (IOP)')).toBe(false);
    expect(isExactMatch('?', '!')).toBe(false);
  });
  it('counts the same meaning only for two or more meaning words', () => {
    expect(sameMeaning('Can I keep my job', 'Keep my job?')).toBe(true);
    expect(sameMeaning('iop', 'What is IOP?')).toBe(false);
    expect(sameMeaning('what is it', 'What is it?')).toBe(false);
  });
});

describe('excerpts, in detail', () => {
  it('decodes the named entities Pagefind writes, and only real code points', () => {
    expect(
      excerptParts('&amp; &lt; &gt; &quot; &apos;&nbsp;x &#x10FFFF; &#x110000;')
        .map((p) => p.text)
        .join(''),
    ).toBe('& < > " \'\u00a0x \u{10FFFF} &#x110000;');
  });
  it('marks nothing before the first mark, and drops pieces that were only tags', () => {
    expect(excerptParts('day <mark>program</mark>')[0]).toEqual({ text: 'day ', mark: false });
    expect(excerptParts('<b></b><mark>program</mark>')).toEqual([{ text: 'program', mark: true }]);
  });

  const text = Array.from({ length: 10 }, (_, i) => `w${i}`).join(' ');
  const hit = (location: number, balanced_score = 10) => ({ weight: 1, balanced_score, location });
  it('shows the window with the most matched words, the middle one of equal windows in a row', () => {
    expect(readerExcerpt(text, [hit(0)], 3)).toBe('<mark>w0</mark> w1 w2');
    expect(readerExcerpt(text, [hit(9)], 3)).toBe('w7 w8 <mark>w9</mark>');
    expect(readerExcerpt(text, [hit(5)], 3)).toBe('w4 <mark>w5</mark> w6');
    expect(readerExcerpt(text, [hit(1), hit(7), hit(8)], 3)).toBe('<mark>w7</mark> <mark>w8</mark> w9');
    expect(readerExcerpt(text, [hit(2, 30), hit(7), hit(8)], 3)).toBe('w1 <mark>w2</mark> w3');
    expect(readerExcerpt(text, [hit(3), hit(3)], 20)).toBe(text.replace('w3', '<mark>w3</mark>'));
  });

  it('falls back to the page text from the start when a result has no scores or anchors', () => {
    const r: RawResult = {
      url: '/guide/x/',
      excerpt: '',
      meta: { title: 'X' },
      raw_content: text,
      sub_results: [{ url: '/guide/x/#s', title: 'S', excerpt: '' }],
    };
    const [hit0] = rankHits('nothing', [r]);
    expect(hit0.excerpt).toBe(text.split(' ').slice(0, 10).join(' '));
    expect(hit0.subs[0].excerpt).toBe(hit0.excerpt);
    expect(hit0.section).toBe('');
  });

  it("without the page text, tidies Pagefind's excerpt once the hidden run is cut", () => {
    const r: RawResult = {
      url: '/guide/x/',
      excerpt: `About care. ${HIDDEN_MARK} rehab ${HIDDEN_MARK} `,
      meta: { title: 'X' },
      sub_results: [],
    };
    expect(rankHits('care', [r])[0].excerpt).toBe('About care.');
  });
});

describe('ranking, in detail', () => {
  it('keeps sections without scores, drops sections with none matched and the page repeated as a section', () => {
    const r: RawResult = {
      url: '/guide/x/',
      excerpt: 'x',
      meta: { title: 'X' },
      sub_results: [
        { url: '/guide/x/', title: 'X', excerpt: 'intro' },
        { url: '/guide/x/#a', title: 'A', excerpt: 'a' },
        { url: '/guide/x/#b', title: 'B', excerpt: 'b', weighted_locations: [] },
      ],
    };
    expect(rankHits('nothing', [r])[0].subs.map((s) => s.url)).toEqual(['/guide/x/#a']);
  });
  it('marks a section exact when it is the question or an alias of it, not otherwise', () => {
    const r: RawResult = {
      url: '/faq/',
      excerpt: 'x',
      meta: { title: 'FAQ', aliases: 'lose my job#keep-job' },
      sub_results: [
        { url: '/faq/#cost', title: 'What does IOP cost?', excerpt: 'c' },
        { url: '/faq/#keep-job', title: 'Can I keep my job during IOP?', excerpt: 'k' },
      ],
    };
    expect(rankHits('lose my job', [r])[0].subs.map((s) => [s.url, s.exact])).toEqual([
      ['/faq/#keep-job', true],
      ['/faq/#cost', false],
    ]);
    expect(rankHits('what does iop cost', [r])[0].subs.map((s) => [s.url, s.exact])).toEqual([
      ['/faq/#cost', true],
      ['/faq/#keep-job', false],
    ]);
  });
  it('lifts a page whose title says the same meaning words', () => {
    const hits = rankHits('can i keep my job', [result('/a/', 'Paying for IOP'), result('/b/', 'Keep my job?')]);
    expect(hits.map((h) => [h.url, h.tier])).toEqual([
      ['/b/', 2],
      ['/a/', 0],
    ]);
  });
  it("keeps Pagefind's order among equal results", () => {
    const urls = ['/a/', '/b/', '/c/', '/d/'];
    expect(
      rankHits(
        'nothing',
        urls.map((u) => result(u, u)),
      ).map((h) => h.url),
    ).toEqual(urls);
  });
  it('matches an alias of filler words as typed', () => {
    expect(aliasMatches('who is it for', 'who is it for#who|other#x')).toEqual(new Set(['who']));
  });
  it('keeps the sections that are not pinned', () => {
    const hits = rankHits('x', [
      result('/faq/', 'FAQ', [
        ['/faq/#a', 'A', 1],
        ['/faq/#b', 'B', 1],
      ]),
    ]);
    expect(withoutPinned(hits, ['/faq/#a'])[0].subs.map((s) => s.url)).toEqual(['/faq/#b']);
  });
});
