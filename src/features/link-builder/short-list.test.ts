import { describe, expect, it } from 'vitest';
import { shortList } from './short-list';
import type { LinkTarget } from './targets';

const target = (path: string, title: string): LinkTarget => ({ path, title, group: 'article', sections: [] });
const shorts = [
  { short: '/h/vs/', opens: target('/guide/iop-vs-php/', 'IOP vs PHP') },
  { short: '/h/ask/', opens: target('/guide/choosing-a-program/', 'Choosing a program') },
  { short: '/p/vs/', opens: target('/handouts/iop-vs-php/', 'IOP vs PHP handout') },
  { short: '/es/h/vs/', opens: target('/es/guide/iop-vs-php/', 'IOP y PHP') },
  { short: '/es/p/vs/', opens: target('/es/handouts/iop-vs-php/', 'Hoja IOP y PHP') },
  { short: '/x/odd/', opens: target('/about/', 'About') },
];

describe('the list of short addresses', () => {
  it('gives one language’s page and handout addresses, each group A to Z by code', () => {
    const en = shortList(shorts, 'en');
    expect(en.pages.map((s) => s.short)).toEqual(['/h/ask/', '/h/vs/']);
    expect(en.handouts.map((s) => s.short)).toEqual(['/p/vs/']);
    const es = shortList(shorts, 'es');
    expect(es.pages.map((s) => s.short)).toEqual(['/es/h/vs/']);
    expect(es.handouts.map((s) => s.short)).toEqual(['/es/p/vs/']);
  });
  it('leaves out what is neither a page nor a handout address', () => {
    const all = Object.values(shortList(shorts, 'en')).flat();
    expect(all.some((s) => s.short === '/x/odd/')).toBe(false);
  });
});
