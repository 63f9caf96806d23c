// Link targets from the registry: every registered page and preset, grouped, with short addresses and sections.
import { describe, expect, it } from 'vitest';
import { builderData, humanize, linkTargets, presetTitle, shortTargets, type PageTitles } from './targets';
import { parseRegistry } from '../../model/link-registry';

const registry = parseRegistry(`
pages:
  /guide/iop-vs-php/: { kind: article, anchors: [how-iop-and-php-differ, sources] }
  /handouts/iop-vs-php/: { kind: handout }
  /: { kind: page, anchors: [start-here] }
short:
  /h/vs/: /guide/iop-vs-php/
presets:
  - /compare/?levels=iop,php&diff=1
`);
const titles = new Map<string, PageTitles>([
  ['/guide/iop-vs-php/', { title: 'IOP vs PHP', anchors: { 'how-iop-and-php-differ': 'How IOP and PHP differ' } }],
  ['/handouts/iop-vs-php/', { title: 'IOP vs PHP: how they differ', anchors: {} }],
]);

describe('link targets', () => {
  const targets = linkTargets(registry, titles, { iop: { shortName: 'IOP' }, php: { shortName: 'PHP' } });
  it('lists every registered page and preset, handouts first and tools last', () => {
    expect(targets.map((t) => [t.group, t.path])).toEqual([
      ['handout', '/handouts/iop-vs-php/'],
      ['article', '/guide/iop-vs-php/'],
      ['preset', '/compare/?levels=iop,php&diff=1'],
      ['page', '/'],
    ]);
  });
  const article = targets.find((t) => t.path === '/guide/iop-vs-php/')!;
  it('names sections from the content, and stands in a readable name where the content has none', () => {
    expect(article.sections).toEqual([
      ['how-iop-and-php-differ', 'How IOP and PHP differ'],
      ['sources', 'Sources'],
    ]);
    expect(targets.find((t) => t.path === '/')!.title).toBe('Home page');
  });
  it('gives a page the short address that opens it', () => {
    expect(targets.find((t) => t.path === '/guide/iop-vs-php/')!.short).toBe('/h/vs/');
    expect(targets.find((t) => t.path === '/handouts/iop-vs-php/')!.short).toBeUndefined();
    expect(shortTargets(registry, targets).map((s) => [s.short, s.opens.path])).toEqual([
      ['/h/vs/', '/guide/iop-vs-php/'],
    ]);
  });
  it('names presets by their levels', () => {
    expect(presetTitle('/compare/?levels=outpatient,iop,php', { iop: 'IOP', php: 'PHP' })).toBe(
      'Compare outpatient, IOP and PHP',
    );
    expect(targets.find((t) => t.group === 'preset')!.title).toBe('Compare IOP and PHP (differences only)');
    expect(humanize('topic-about-iop')).toBe('Topic about iop');
  });
  it('gives the browser each path’s short address and sections, with no way to close its script element', () => {
    const data = JSON.parse(builderData(targets));
    expect(data['/guide/iop-vs-php/']).toEqual({ s: '/h/vs/', a: article.sections });
    expect(data['/handouts/iop-vs-php/']).toEqual({});
    const evil = builderData([{ path: '/x/', title: 'x', group: 'page', sections: [['a', '</script><b>']] }]);
    expect(evil).not.toContain('<');
    expect(JSON.parse(evil)['/x/'].a[0][1]).toBe('</script><b>');
  });
});
