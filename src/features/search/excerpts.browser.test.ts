// Search excerpts never show alias words, on the built site: for every alias group (content/search/aliases.yaml,
// level and glossary aliases, in both languages) its first word is searched on /search/, and no excerpt shown may
// hold the hidden mark or a run of that group's words as the indexed copy lists them ("rehab, residential rehab,
// inpatient rehab"). Pagefind's own excerpts for a sample of the same words do show such runs: the check can fail.
import { describe, expect, it } from 'vitest';
import { newContext } from '../../../tests/helpers/browser';
import { useBuiltSite } from '../../../tests/helpers/site';
import { PAGE_PANEL, searchEach } from '../../../tests/helpers/search';
import { loadAliases } from './build/integration';
import { withoutAccents } from './build/index-copy';
import { HIDDEN_MARK } from './names';
import { PAGEFIND_SCRIPT } from '../../lib/pagefind-files';
import { langOfPath } from '../../i18n/lang';

const site = useBuiltSite();

/** Every alias group's words, by language, and runs of three of them (or both of two) as the indexed copy lists them. */
async function aliasGroups() {
  const groups = { en: [] as string[][], es: [] as string[][] };
  for (const [path, byFragment] of await loadAliases(process.cwd()))
    for (const words of byFragment.values()) groups[langOfPath(path)].push(words);
  const runs = (lang: 'en' | 'es') =>
    groups[lang].flatMap((w) => {
      const words = lang === 'es' ? [...new Set([...w, ...w.map(withoutAccents)])] : w;
      // One word alone cannot be told from page text (the hidden mark check covers it); two read as "a, b.".
      if (words.length < 3) return words.length === 2 ? [`${words.join(', ')}.`] : [];
      return words.slice(0, -2).map((_, i) => words.slice(i, i + 3).join(', '));
    });
  return { groups, runs };
}

describe('no alias words in any excerpt', () => {
  for (const [lang, path] of [
    ['en', '/search/'],
    ['es', '/es/search/'],
  ] as const) {
    it(`${lang}: every alias group's first word`, async () => {
      const { groups, runs } = await aliasGroups();
      const queries = [...new Set(groups[lang].map((w) => w[0]))];
      const context = await newContext(site.browser);
      const page = await context.newPage();
      await page.goto(site.url + path);
      await page.waitForSelector(`${PAGE_PANEL} [data-search-input]`);
      const shown = (await searchEach(page, queries)).flatMap((r) => r.excerpts);
      // Pagefind's own excerpts for some of the same words (every fourth: enough to show that the check can fail),
      // from the instance the page has set up (a string, so that no bundler rewrites its import()).
      const sample = queries.filter((_, i) => i % 4 === 0);
      const raw: string[] = await page.evaluate(`(async () => {
        const pf = await import(${JSON.stringify(PAGEFIND_SCRIPT)});
        const out = [];
        for (const q of ${JSON.stringify(sample)}) {
          const results = (await pf.search(q)).results.slice(0, 5);
          for (const d of await Promise.all(results.map((r) => r.data()))) out.push(d.excerpt.replace(/<[^>]+>/g, ''));
        }
        return out;
      })()`);
      await context.close();
      const lower = (s: string) => s.toLowerCase();
      const listed = (text: string) => runs(lang).find((r) => lower(text).includes(lower(r)));
      const leaks = shown.filter((t) => t.includes(HIDDEN_MARK) || listed(t));
      console.log(
        `${lang}: ${queries.length} alias words searched, ${shown.length} excerpts shown, ` +
          `${raw.filter((t) => listed(t)).length} of Pagefind's own excerpts for ${sample.length} of them list aliases, ` +
          `${leaks.length} shown do`,
      );
      expect(raw.filter((t) => listed(t)).length).toBeGreaterThan(0);
      expect(shown.length).toBeGreaterThan(queries.length);
      expect(leaks).toEqual([]);
    }, 600_000);
  }
});
