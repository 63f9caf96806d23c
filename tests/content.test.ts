// Editorial quality bars over everything in content/ that the build does not already enforce (src/model/checks.ts):
// reading level, words, sources, numbers, wording.
import { describe, expect, it } from 'vitest';
import { gradeOf, proseFromMdx } from '../src/lib/readability';
import {
  avoidHits,
  isAuthoritative,
  phoneNumbers,
  TRIAGE,
  typedWeeklyHours,
  unsourcedNumbers,
} from '../src/lib/content-rules';
import { CRISIS_LINES, MORE_LINES, actionLabels } from '../src/lib/crisis';
import { comparable } from '../src/features/search/browser/results';
import { readKind, readLevels } from '../src/model/read';
import { levelFact } from '../src/model/levels';

const articles = readKind('articles');
const faqs = readKind('faq');
const glossary = readKind('glossary');
const pages = readKind('pages');
const handouts = readKind('handouts');
const everything = [...articles, ...faqs, ...glossary, ...pages, ...handouts];

describe('articles', () => {
  it('reads at US grade 8 or lower (Flesch-Kincaid on body prose)', () => {
    const rows = articles.map((a) => ({
      file: a.file,
      ...gradeOf(proseFromMdx(a.body)),
      sources: a.data.sources.length,
    }));
    console.log(
      [
        'Reading level by article (aim 6-7, must be 8 or lower):',
        ...rows.map(
          (r) =>
            `  ${r.grade.toFixed(1).padStart(4)}  ${String(r.words).padStart(5)} words  ${r.sources} sources  ${r.file}`,
        ),
      ].join('\n'),
    );
    expect(rows.filter((r) => !(r.grade <= 8)).map((r) => `${r.file}: grade ${r.grade}`)).toEqual([]);
  });

  it('cites only authoritative sources', () => {
    const bad = [...articles, ...pages, ...faqs, ...handouts].flatMap((a) =>
      a.data.sources.filter((s) => !isAuthoritative(s.url)).map((s) => `${a.file}: ${s.url}`),
    );
    expect(bad).toEqual([]);
  });

  it('levels-of-care data cites only authoritative sources', () => {
    const bad = Object.entries(readLevels()).flatMap(([id, level]) =>
      Object.values(level.sources)
        .flat()
        .filter((s) => !isAuthoritative(s.url))
        .map((s) => `content/levels/${id}.yaml: ${s.url}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('every content file', () => {
  it('avoids stigmatizing words and marketing phrases', () => {
    const hits = everything.flatMap((d) =>
      avoidHits(`${JSON.stringify(d.data)}\n${d.body}`).map((h) => `${d.file}: ${h}`),
    );
    expect(hits).toEqual([]);
  });

  it('contains no phone numbers except the public helplines', () => {
    const allowed = new Set(actionLabels().flatMap((label) => phoneNumbers(label)));
    const bad = everything.flatMap((d) =>
      phoneNumbers(d.body)
        .filter((n) => !allowed.has(n))
        .map((n) => `${d.file}: ${n}`),
    );
    expect(bad).toEqual([]);
  });

  it('takes weekly hour figures from the levels data (<N k="..." />), never typed by hand', () => {
    const bad = everything.flatMap((d) =>
      typedWeeklyHours(`${JSON.stringify(d.data)}\n${d.body}`).map((h) => `${d.file}: "${h}"`),
    );
    expect(bad).toEqual([]);
  });

  it('never tells the reader which level of care they need', () => {
    const bad = everything.flatMap((d) => TRIAGE.filter((re) => re.test(d.body)).map((re) => `${d.file}: ${re}`));
    expect(bad).toEqual([]);
  });
});

describe('FAQ and glossary', () => {
  it('defines each glossary term in one to three sentences', () => {
    const bad = glossary.filter((g) => gradeOf(proseFromMdx(g.body)).sentences > 3).map((g) => g.file);
    expect(bad).toEqual([]);
  });
  it('sources every number in an FAQ answer: in its own sources (supports) or in the article it links to', () => {
    const levels = readLevels();
    const articleText = (id: string) => {
      const a = articles.find((x) => x.id === id);
      // <N k> numbers are part of what the article says.
      return a ? a.body.replace(/<N\s+k="([^"]*)"\s*\/>/g, (_m, k: string) => String(levelFact(levels, k))) : '';
    };
    const lines = [...CRISIS_LINES, ...MORE_LINES].map((l) => `${actionLabels([l]).join(' ')} ${l.name}`);
    const bad = faqs.flatMap((f) => {
      const sourced = [articleText(f.data.article), ...f.data.sources.map((s) => s.supports ?? ''), ...lines];
      return unsourcedNumbers(f.body, sourced).map(
        (n) => `${f.file}: "${n}" is in neither its sources' supports nor /guide/${f.data.article}/`,
      );
    });
    expect(bad).toEqual([]);
  });
  it('gives each FAQ question its own wording, not an article title or heading (an exact search has one best answer)', () => {
    // "The same" as search sees it (comparable() is what its exact-match ranking uses).
    const taken = new Map(
      articles.flatMap((a) =>
        [a.data.title, ...[...a.body.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1])].map(
          (t) => [comparable(t), a.file] as const,
        ),
      ),
    );
    const clashes = faqs
      .filter((f) => taken.has(comparable(f.data.question)))
      .map((f) => `${f.file}: "${f.data.question}" is also in ${taken.get(comparable(f.data.question))}`);
    expect(clashes).toEqual([]);
  });
});
