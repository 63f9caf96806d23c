// <LevelsLadder /> on the built pages: more support at the top, so "stepping down" moves down the picture (raters read
// the old order, less support on top, as the opposite of what the pages' words said). The order is the levels' own
// `order` in content/levels, highest first, in both languages, with IOP the one marked box.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtPages } from '../../../tests/helpers/dist';

const pages = builtPages();
const levels = readdirSync('content/levels')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    id: f.replace(/\.yaml$/, ''),
    ...(parse(readFileSync(`content/levels/${f}`, 'utf8')) as { name: string; order: number }),
  }))
  .sort((a, b) => b.order - a.order);

describe('the levels ladder', () => {
  const withLadder = pages.filter((p) => p.document.querySelector('figure[aria-labelledby="levels-ladder"]'));
  it('appears on the pages that say where IOP fits, in both languages', () => {
    const paths = withLadder.map((p) => p.path);
    expect(paths).toContain('/guide/what-is-iop/');
    expect(paths).toContain('/es/guide/what-is-iop/');
    expect(paths.length).toBeGreaterThanOrEqual(8);
  });
  it('runs from the most support (top) to the least, with IOP the one marked box', () => {
    for (const p of withLadder) {
      const items = [...p.document.querySelectorAll('figure[aria-labelledby="levels-ladder"] li')];
      expect(items, p.path).toHaveLength(levels.length);
      const marked = items.map((li, i) => (li.className.includes('border-2') ? levels[i].id : null)).filter(Boolean);
      expect(marked, p.path).toEqual(['iop']);
      if (!p.path.startsWith('/es/'))
        expect(
          items.map((li) => li.querySelector('strong')?.textContent?.replace(/ \(\w+\)$/, '')),
          p.path,
        ).toEqual(levels.map((l) => l.name));
    }
  });
});
