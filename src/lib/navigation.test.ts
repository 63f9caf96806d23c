import { describe, expect, it } from 'vitest';
import {
  articleBreadcrumbs,
  groupByTopic,
  prevNext,
  relatedArticles,
  sortArticles,
  type ArticleRef,
} from './navigation';

const ref = (
  id: string,
  order: number,
  topic: ArticleRef['topic'] = 'about-iop',
  related: string[] = [],
): ArticleRef => ({
  id,
  order,
  topic,
  related,
  title: `Title ${id}`,
  description: `About ${id}`,
});

describe('navigation', () => {
  const a = ref('a', 2),
    b = ref('b', 1, 'paying'),
    c = ref('c', 3, 'about-iop', ['b']);
  it('sorts by order and rejects duplicate orders', () => {
    expect(sortArticles([a, b, c]).map((x) => x.id)).toEqual(['b', 'a', 'c']);
    expect(() => sortArticles([a, ref('z', 2)])).toThrow(/share order 2/);
  });
  it('finds previous and next', () => {
    const s = sortArticles([a, b, c]);
    expect(prevNext(s, 'b')).toEqual({ prev: undefined, next: a });
    expect(prevNext(s, 'c').prev).toBe(a);
    expect(() => prevNext(s, 'nope')).toThrow(/unknown article/);
  });
  it('resolves related pages and names the file for a bad slug', () => {
    expect(relatedArticles([a, b, c], c)).toEqual([b]);
    expect(() => relatedArticles([a, b], ref('x', 9, 'paying', ['missing']))).toThrow(
      'content/articles/x.mdx: related: no article "missing"',
    );
  });
  it('groups by topic in the fixed topic order', () => {
    expect(groupByTopic(sortArticles([a, b, c])).map((g) => [g.topic, g.articles.map((x) => x.id)])).toEqual([
      ['about-iop', ['a', 'c']],
      ['paying', ['b']],
    ]);
  });
  it('builds breadcrumbs home > guide > topic, without the page itself (its title is the h1 below)', () => {
    const crumbs = articleBreadcrumbs({ ...a, title: 'Paying for IOP', shortTitle: 'Paying for IOP' });
    expect(crumbs.map((l) => l.href)).toEqual(['/', '/guide/', '/guide/#about-iop']);
    expect(crumbs.map((l) => l.label)).toEqual(['Home', 'The guide', 'Understanding IOP']);
  });
});
