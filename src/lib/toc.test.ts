import { describe, expect, it } from 'vitest';
import { buildToc } from './toc';

describe('buildToc', () => {
  it('nests h3 under h2 and drops other depths', () => {
    const toc = buildToc([
      { depth: 1, slug: 't', text: 'T' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'x', text: 'X' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc.map((t) => [t.slug, t.children.map((c) => c.slug)])).toEqual([
      ['a', ['a1']],
      ['b', []],
    ]);
  });
  it('keeps a leading h3 rather than losing it', () => {
    expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])[0].slug).toBe('x');
  });
  it('rejects duplicate ids, naming the file', () => {
    expect(() =>
      buildToc(
        [
          { depth: 2, slug: 'a', text: 'A' },
          { depth: 3, slug: 'a', text: 'A' },
        ],
        'content/articles/x.mdx',
      ),
    ).toThrow('content/articles/x.mdx: two headings share the id "#a"');
  });
});
