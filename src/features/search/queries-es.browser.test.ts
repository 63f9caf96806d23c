// The Spanish query set (query-set-es.ts) on /es/search/, through the real search UI: Pagefind's Spanish index, the
// Spanish aliases (content/es/search/aliases.yaml) and our ranking. At least 90% must find a target in the top 3;
// every crisis query must show the crisis box. The score and every miss are printed.
import { describe, expect, it } from 'vitest';
import { newContext } from '../../../tests/helpers/browser';
import { useBuiltSite } from '../../../tests/helpers/site';
import { PAGE_PANEL, matches, pageResults } from '../../../tests/helpers/search';
import { SPANISH_QUERIES } from './query-set-es';

const site = useBuiltSite();

describe('Spanish query set', () => {
  it('finds a Spanish target in the top 3 for at least 90%; crisis queries show help in Spanish', async () => {
    // Else "crisis queries show help" would hold of none.
    expect(SPANISH_QUERIES.filter((q) => q.crisis).length).toBeGreaterThan(0);
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.url}/es/search/`);
    const misses: string[] = [];
    const noBox: string[] = [];
    for (const query of SPANISH_QUERIES) {
      const { results, crisisBox } = await pageResults(page, query.q);
      if (query.crisis && !crisisBox) noBox.push(query.q);
      const ok = results.slice(0, 3).some((links) => links.some((href) => query.want.some((e) => matches(href, e))));
      if (!ok)
        misses.push(
          `  "${query.q}": wanted ${query.want.join(' or ')}; got ${
            results
              .slice(0, 3)
              .map((l) => l[0] ?? '')
              .join(', ') || 'nothing'
          }`,
        );
    }
    const box = await page.locator(`${PAGE_PANEL} [data-search-crisis]`).innerText();
    await context.close();
    const passed = SPANISH_QUERIES.length - misses.length;
    const score = passed / SPANISH_QUERIES.length;
    console.log(
      `Spanish query set: ${passed}/${SPANISH_QUERIES.length} (${Math.round(score * 1000) / 10}%) in the top 3${
        misses.length ? `\nmisses:\n${misses.join('\n')}` : ''
      }`,
    );
    expect(noBox, 'crisis queries without the crisis box').toEqual([]);
    expect(box, 'the crisis box speaks Spanish').toContain('Llame al 988 y marque 2');
    expect(score).toBeGreaterThanOrEqual(0.9);
  }, 180_000);
});
