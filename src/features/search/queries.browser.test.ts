// Realistic lay queries against the built site, through the real search UI in Chromium (Pagefind + our ranking).
// Each query passes if one of its expected pages or sections is among the top 3 results (or first, where the set
// says so). At least 95% must pass; the score per category and every miss are printed so content and aliases
// (content/search/aliases.yaml) can be tuned. Every crisis query must show the crisis box.
import { describe, expect, it } from 'vitest';
import { newContext } from '../../../tests/helpers/browser';
import { useBuiltSite } from '../../../tests/helpers/site';
import { matches, pageResults } from '../../../tests/helpers/search';
import { LAY_QUERIES, type LayQuery } from './query-set';
import { EARLIER_QUERIES } from './query-set-earlier';

/** Did this query find what it wanted, given the links of each shown result in order? */
function passes(query: LayQuery, results: string[][]): boolean {
  if (query.first) return (results[0] ?? []).some((href) => matches(href, query.want[0]));
  return results.slice(0, 3).some((links) => links.some((href) => query.want.some((e) => matches(href, e))));
}

const site = useBuiltSite();
const ALL = [...LAY_QUERIES, ...EARLIER_QUERIES];

describe('query set', () => {
  it('finds the expected page or section in the top 3 for at least 95% of lay queries; crisis queries show help', async () => {
    // Else "crisis queries show help" would hold of none.
    expect(ALL.filter((q) => q.category === 'crisis').length).toBeGreaterThan(0);
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.url}/search/`);
    const misses: string[] = [];
    const noBox: string[] = [];
    const byCategory = new Map<string, { passed: number; total: number }>();
    for (const query of ALL) {
      const { results, crisisBox } = await pageResults(page, query.q);
      const ok = passes(query, results);
      const tally = byCategory.get(query.category) ?? { passed: 0, total: 0 };
      byCategory.set(query.category, { passed: tally.passed + (ok ? 1 : 0), total: tally.total + 1 });
      if ((query.category === 'crisis' || query.help) && !crisisBox) noBox.push(query.q);
      if (!ok)
        misses.push(
          `  [${query.category}] "${query.q}": wanted ${query.first ? 'first ' : ''}${query.want.join(' or ')}; got ${
            results
              .slice(0, 3)
              .map((l) => new URL(l[0] ?? '/', 'http://x').pathname)
              .join(', ') || 'nothing'
          }`,
        );
    }
    await context.close();
    const passed = ALL.length - misses.length;
    const score = passed / ALL.length;
    const categories = [...byCategory].map(([c, t]) => `  ${c}: ${t.passed}/${t.total}`).join('\n');
    console.log(
      `search query set: ${passed}/${ALL.length} (${Math.round(score * 1000) / 10}%) in the top 3\n${categories}${
        misses.length ? `\nmisses:\n${misses.join('\n')}` : ''
      }`,
    );
    expect(noBox, 'crisis queries without the crisis box').toEqual([]);
    expect(score).toBeGreaterThanOrEqual(0.95);
  }, 180_000);
});
