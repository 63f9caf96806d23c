import { describe, expect, it, vi } from 'vitest';
import { find, type Pagefind } from './find';
import { readQuery } from '../query-intent';
import type { RawResult } from './results';

/**
 * A fake Pagefind over pages of words: a page matches when it holds every word of the query as a prefix; a word found
 * nowhere falls back to its first 3 letters, as Pagefind falls back to a shorter prefix.
 */
function fakePagefind(pages: Record<string, string>) {
  const searched: string[] = [];
  const pf: Pagefind = {
    options: async () => {},
    init: async () => {},
    search: async (q, o) => {
      searched.push(q + (o?.filters?.kind ? ' [faq]' : ''));
      if (o?.filters?.kind) return { results: [] };
      const all = Object.values(pages).join(' ').split(' ');
      const words = q.split(' ').map((w) => (all.some((t) => t.startsWith(w)) ? w : w.slice(0, 3)));
      const results = Object.entries(pages)
        .filter(([, text]) => words.every((w) => text.split(' ').some((t) => t.startsWith(w))))
        .map(([url, text], i) => ({
          id: url,
          score: 10 - i,
          data: async (): Promise<RawResult> => ({
            url,
            excerpt: text
              .split(' ')
              .map((t) => (words.some((w) => t.startsWith(w)) ? `<mark>${t}</mark>` : t))
              .join(' '),
            meta: { title: url },
            sub_results: [],
          }),
        }));
      return { results };
    },
  };
  return { pf, searched };
}

const PAGES = { '/therapy/': 'therapy and more', '/paying/': 'medicare and medicaid', '/the/': 'the other page' };

describe('find', () => {
  it('searches the meaning words and does not fetch the vocabulary when every word is found', async () => {
    const { pf, searched } = fakePagefind(PAGES);
    const vocabulary = vi.fn(async () => ['therapy']);
    const found = await find(pf, 'what is therapy', readQuery('what is therapy'), {}, vocabulary);
    expect(found.hits.map((h) => h.url)).toEqual(['/therapy/']);
    expect(found.suggested).toEqual([]);
    expect(searched).toEqual(['therapy', 'therapy [faq]']);
    expect(vocabulary).not.toHaveBeenCalled();
  });

  it('suggests a vocabulary word for a word that matched only a shorter prefix, and shows its results', async () => {
    const { pf } = fakePagefind(PAGES);
    const found = await find(pf, 'theraphy', readQuery('theraphy'), {}, async () => ['therapy', 'the']);
    expect(found.suggested).toEqual(['therapy']);
    expect(found.hits.map((h) => h.url)).toEqual(['/therapy/']);
  });

  it('searches both words when two are close, and keeps the first results when the vocabulary cannot load', async () => {
    const { pf } = fakePagefind(PAGES);
    const two = await find(pf, 'medicair', readQuery('medicair'), {}, async () => ['medicaid', 'medicare']);
    expect(two.suggested).toEqual(['medicaid', 'medicare']);
    expect(two.hits.map((h) => h.url)).toEqual(['/paying/']);
    const failed = await find(pf, 'theraphy', readQuery('theraphy'), {}, () => Promise.reject(new Error('offline')));
    expect(failed.suggested).toEqual([]);
    expect(failed.hits.length).toBeGreaterThan(0);
  });

  it('searches nothing for a lone letter', async () => {
    const { pf, searched } = fakePagefind(PAGES);
    expect(await find(pf, 'i', readQuery('i'), {}, async () => [])).toEqual({ hits: [], total: 0, suggested: [] });
    expect(searched).toEqual([]);
  });
});
