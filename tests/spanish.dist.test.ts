// The Spanish edition in the built site: which pages exist, language plumbing (lang, hreflang both ways, the
// switcher), crisis help in Spanish on every page, no English frame words, links to English pages marked, reading
// ease (INFLESZ) and the same anchors as each English twin.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { builtPages, type BuiltPage } from './helpers/dist';
import { builtOrigin } from './helpers/built';
import { inflesz } from '../src/lib/readability-es';
import { proseFromHtml } from '../src/lib/readability';
import { UI } from '../src/i18n/strings';
import { SEARCH_WORDS } from '../src/features/search/words';
import { WIDGET_WORDS } from '../src/features/compare/widget-words';
import { HANDOUT_WORDS } from '../src/features/handouts/handouts';
import { CRISIS_LINES_ES } from '../src/lib/crisis';
import { sourceLang } from '../src/lib/source-lang';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const spanish = pages.filter((p) => p.path.startsWith('/es/'));
/** The Spanish pages that have an English twin: all but the not-found page (served for any missing /es/ address). */
const twinned = spanish.filter((p) => p.path !== '/es/404.html');
const englishOf = (path: string) => path.replace(/^\/es/, '');
const SITE = builtOrigin();

/** The page's main content, without what is marked as English (links to English pages, English quotes). */
function spanishText(p: BuiltPage): string {
  const body = p.document.body.cloneNode(true) as HTMLElement;
  for (const el of [...body.querySelectorAll('[lang="en"], [hreflang="en"]')]) el.remove();
  return body.textContent ?? '';
}

describe('the Spanish edition', () => {
  it('marks every Spanish page es-US and links it to its English twin both ways (hreflang, x-default, switcher)', () => {
    const problems: string[] = [];
    for (const p of twinned) {
      const d = p.document;
      const en = englishOf(p.path);
      if (d.documentElement.getAttribute('lang') !== 'es-US') problems.push(`${p.path}: lang is not es-US`);
      const alt = (doc: Document, lang: string) =>
        doc.querySelector(`link[rel="alternate"][hreflang="${lang}"]`)?.getAttribute('href');
      if (alt(d, 'en-US') !== `${SITE}${en}`) problems.push(`${p.path}: no hreflang en-US to ${en}`);
      if (alt(d, 'es-US') !== `${SITE}${p.path}`) problems.push(`${p.path}: no hreflang es-US to itself`);
      if (alt(d, 'x-default') !== `${SITE}${en}`) problems.push(`${p.path}: x-default is not ${en}`);
      if (d.querySelector('[data-lang-switch]')?.getAttribute('href') !== en)
        problems.push(`${p.path}: the switcher does not lead to ${en}`);
      const twin = byPath.get(en);
      if (!twin) {
        problems.push(`${p.path}: no English twin ${en}`);
        continue;
      }
      if (alt(twin.document, 'es-US') !== `${SITE}${p.path}`) problems.push(`${en}: no hreflang es-US to ${p.path}`);
      if (twin.document.querySelector('[data-lang-switch]')?.getAttribute('href') !== p.path)
        problems.push(`${en}: the switcher does not lead to ${p.path}`);
    }
    // An English page without a twin claims none; its switch (there on every page, so the header keeps its height)
    // opens the Spanish home page.
    for (const p of pages.filter((x) => !x.path.startsWith('/es/') && !byPath.has(`/es${x.path}`))) {
      if (p.document.querySelector('link[hreflang="es-US"], [data-lang-switch="twin"]'))
        problems.push(`${p.path}: links to a Spanish page that does not exist`);
      if (p.document.querySelector('[data-lang-switch="home"]')?.getAttribute('href') !== '/es/')
        problems.push(`${p.path}: the switcher does not lead to the Spanish home page`);
    }
    expect(problems).toEqual([]);
  });

  it('lists the Spanish pages in the sitemap', () => {
    const xml = readdirSync('dist')
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(`dist/${f}`, 'utf8'))
      .join('');
    const listed = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
    // Pages for readers who land on them, not for search engines (the offline page), are left out.
    const indexed = spanish.filter((p) => !p.document.querySelector('meta[name="robots"][content="noindex"]'));
    expect(indexed.map((p) => p.path).filter((p) => !listed.has(p))).toEqual([]);
  });

  it('gives crisis help in Spanish on every Spanish page: 988 (press 2, text AYUDA), 911 and SAMHSA', () => {
    const labels = CRISIS_LINES_ES.flatMap((l) => l.actions.map((a) => a.label));
    expect(labels).toEqual(expect.arrayContaining(['Llame al 988 y oprima 2', 'Envíe AYUDA al 988', 'Llame al 911']));
    const problems = spanish.flatMap((p) => {
      const text = p.document.querySelector('footer')?.textContent ?? '';
      return labels.filter((l) => !text.includes(l)).map((l) => `${p.path}: no "${l}" in the footer`);
    });
    expect(problems).toEqual([]);
  });

  it('shows no English frame words on Spanish pages', () => {
    // Every English word of the frame (navigation, search, comparison, handouts) that differs in Spanish.
    const flat = (o: unknown): string[] =>
      typeof o === 'string' ? [o] : o && typeof o === 'object' ? Object.values(o).flatMap(flat) : [];
    const phrases = [
      ...new Set([...flat(UI.en), ...flat(SEARCH_WORDS.en), ...flat(WIDGET_WORDS.en), ...flat(HANDOUT_WORDS.en)]),
    ].filter((s) => s.length >= 8 && /[a-z] [a-z]/.test(s));
    expect(phrases.length).toBeGreaterThan(40);
    const problems = spanish.flatMap((p) => {
      const text = spanishText(p);
      return phrases.filter((s) => text.includes(s)).map((s) => `${p.path}: "${s}"`);
    });
    expect(problems).toEqual([]);
  });

  it('speaks Spanish in the smaller parts of the frame: labels, QR codes, clock marks, ranges, dates, source notes', () => {
    // What a screen reader hears but the page does not show, and words the frame builds from data.
    const englishLabel = /^(QR code|Link to this|Copy link|Close|Search|Open|Menu|Previous|Next|Dark mode)\b/;
    const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
    const problems: string[] = [];
    for (const p of spanish) {
      const d = p.document;
      const outside = (e: Element) => !e.closest('[lang="en"], [hreflang="en"]');
      for (const e of [...d.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].filter(outside))
        for (const a of ['aria-label', 'title', 'placeholder', 'alt'])
          if (englishLabel.test(e.getAttribute(a) ?? '')) problems.push(`${p.path}: ${a}="${e.getAttribute(a)}"`);
      for (const m of d.querySelectorAll('svg.week text'))
        if (/^\d+[ap]$/.test(m.textContent!.trim())) problems.push(`${p.path}: clock mark "${m.textContent}"`);
      for (const c of d.querySelectorAll('main :is(td, th, dd, li, p)'))
        if (outside(c) && /\b\d(\.\d)? to \d/.test(c.textContent ?? ''))
          problems.push(`${p.path}: English range in "${c.textContent!.trim().slice(0, 60)}"`);
      const text = spanishText(p);
      for (const m of text.matchAll(new RegExp(`\\b(${MONTHS}) \\d{1,2}, \\d{4}`, 'g')))
        problems.push(`${p.path}: English date "${m[0]}"`);
      if (/\bNot set\b|\bNo fijado\b/.test(text)) problems.push(`${p.path}: "Not set" / "No fijado"`);
      // A source list in English says so once, above the list.
      const sources = d.querySelector('section[aria-labelledby="sources"]');
      if (
        sources &&
        sources.querySelector('[lang="en"] a[href^="http"]') &&
        !/en inglés\./.test(sources.textContent ?? '')
      )
        problems.push(`${p.path}: English sources without "… en inglés." above them`);
    }
    expect(problems).toEqual([]);
    // The checks above looked at something: the comparison's marks and the handouts' QR codes exist.
    expect(byPath.get('/es/compare/')!.document.querySelectorAll('svg.week text').length).toBeGreaterThan(10);
    expect(
      byPath.get('/es/handouts/what-is-iop/')!.document.querySelector('svg[aria-label^="Código QR"]'),
    ).toBeTruthy();
  });

  it('says on the Spanish FAQ list how many answers it holds and leads to the rest in English, until all are there', () => {
    const note = byPath.get('/es/faq/')!.document.querySelector('[data-more-in-english]');
    const english = pages.filter((p) => /^\/faq\/[a-z0-9-]+\/$/.test(p.path)).length;
    const ours = spanish.filter((p) => /^\/es\/faq\/[a-z0-9-]+\/$/.test(p.path)).length;
    expect(english).toBeGreaterThan(0);
    if (ours < english) {
      expect(note?.textContent).toContain(`${ours} de nuestras ${english} respuestas`);
      expect(note?.querySelector('a[href="/faq/"][hreflang="en"]')).toBeTruthy();
    } else {
      // Every answer is in Spanish: no note sends the reader to English for "the rest".
      expect(ours).toBe(english);
      expect(note).toBeNull();
    }
  });

  it('never shows the comment that sets a heading id: not in headings, the table of contents or any label', () => {
    // `## Título {/* #english-id */}` keeps the English anchor; the comment must render nothing anywhere, including
    // the words a screen reader hears ("Enlace a esta sección: …") and the FAQ's "read more" section titles.
    const leak = /\/\*|\*\/|(^|\s)#[a-z0-9]+(-[a-z0-9]+)+/;
    const headingTexts = spanish.flatMap((p) =>
      [...p.document.querySelectorAll('h1, h2, h3, h4, .toc a, .sr-only')].map((e) => e.textContent ?? ''),
    );
    expect(headingTexts.length).toBeGreaterThan(500);
    const problems = spanish.flatMap((p) => {
      const d = p.document;
      const texts = [
        ...[...d.querySelectorAll('h1, h2, h3, h4, h5, h6, .toc a, .sr-only')].map((e) => e.textContent ?? ''),
        ...[...d.querySelectorAll('[aria-label], [title]')].flatMap((e) => [
          e.getAttribute('aria-label') ?? '',
          e.getAttribute('title') ?? '',
        ]),
        d.querySelector('main')?.textContent ?? '',
      ];
      return texts.filter((t) => leak.test(t)).map((t) => `${p.path}: "${t.trim().slice(0, 120)}"`);
    });
    expect(problems).toEqual([]);
  });

  it('marks every link from a Spanish page to an English page (hreflang="en" and "(en inglés)")', () => {
    const problems = spanish.flatMap((p) =>
      [...p.document.querySelectorAll('main a[href^="/"]')]
        .filter((a) => !/^\/es\//.test(a.getAttribute('href')!) && !a.getAttribute('href')!.startsWith('/pagefind/'))
        .filter((a) => a.getAttribute('hreflang') !== 'en' || !/inglés/.test(a.textContent ?? ''))
        .map((a) => `${p.path}: ${a.getAttribute('href')} "${a.textContent?.trim()}"`),
    );
    expect(problems).toEqual([]);
  });

  it('marks a link in Spanish text to an outside site in English "(en inglés)", and not one to a Spanish edition', () => {
    const outside = spanish.flatMap((p) =>
      [...p.document.querySelectorAll('[data-pagefind-body] a[href^="http"]')].filter(
        (a) => !a.closest('section[aria-labelledby="sources"], [lang="en"], .crisis-lines, [data-search-near]'),
      ),
    );
    const english = outside.filter((a) => sourceLang(a.getAttribute('href')!) === 'en');
    expect(english.length).toBeGreaterThan(3);
    expect(outside.length).toBeGreaterThan(english.length);
    const marked = (a: Element) =>
      /inglés/.test(a.textContent ?? '') || /^\s*\(en inglés\)/.test(a.nextSibling?.textContent ?? '');
    expect(english.filter((a) => !marked(a)).map((a) => `${a.getAttribute('href')} "${a.textContent}"`)).toEqual([]);
    expect(outside.filter((a) => !english.includes(a) && /inglés/.test(a.textContent ?? '')).length).toBe(0);
  });

  it('reads at INFLESZ 55 or more on every Spanish page ("normal" or easier), median 65 or more', () => {
    const rows = spanish
      .map((p) => ({ path: p.path, ...inflesz(proseFromHtml(p.document.querySelector('main')!)) }))
      .sort((a, b) => a.index - b.index);
    const median = rows[Math.floor(rows.length / 2)].index;
    console.log(
      [
        `INFLESZ of each Spanish page (prose in <main>; 55 or more, median ${median.toFixed(1)}):`,
        ...rows.map((r) => `  ${r.index.toFixed(1).padStart(5)}  ${String(r.words).padStart(5)} words  ${r.path}`),
      ].join('\n'),
    );
    expect(rows.filter((r) => !(r.index >= 55) || r.words < 20).map((r) => `${r.path}: ${r.index}`)).toEqual([]);
    expect(median).toBeGreaterThanOrEqual(65);
  });

  it('keeps the same anchors as the English twin: every section, answer and term id works in both languages', () => {
    const ids = (p: BuiltPage) =>
      new Set(
        [...p.document.querySelectorAll('main :is(h2, h3, dt)[id]')]
          .map((e) => e.id)
          // Parts of the frame that exist on one side only (the "Get help now" box, the related pages).
          .filter((id) => !['get-help-now', 'related', 'toc-title'].includes(id) && !id.startsWith('letter-')),
      );
    const problems: string[] = [];
    for (const p of spanish) {
      const twin = byPath.get(englishOf(p.path));
      if (!twin) continue;
      const en = ids(twin);
      const es = ids(p);
      // The Spanish home page shows its own choice of sections; every other page holds all of its twin's.
      const partial = p.path === '/es/';
      for (const id of en) if (!partial && !es.has(id)) problems.push(`${p.path}: no #${id} (the English page has it)`);
      for (const id of es) if (!en.has(id)) problems.push(`${p.path}: #${id} is not an anchor of ${twin.path}`);
    }
    expect(problems).toEqual([]);
  });

  it('has a Spanish twin of every English page, but for a short list of explained exceptions', () => {
    // Pages for clinics and professionals stay in English (they say so in Spanish, and the footer's Spanish label
    // says "en inglés"); every page for patients and families has its twin, down to each FAQ answer and handout.
    const ENGLISH_ONLY: Record<string, string> = {
      '/clinics/': 'for clinics and professionals',
      '/clinics/links/': 'the link and QR code maker, for clinics',
    };
    const english = pages.filter((p) => !p.path.startsWith('/es/') && !p.html.includes('http-equiv="refresh"'));
    expect(english.length).toBeGreaterThan(150);
    const missing = english.map((p) => p.path).filter((path) => !byPath.has(`/es${path}`) && !(path in ENGLISH_ONLY));
    expect(missing).toEqual([]);
    // The list holds only pages that exist and really have no twin.
    for (const path of Object.keys(ENGLISH_ONLY)) {
      expect(byPath.has(path), path).toBe(true);
      expect(byPath.has(`/es${path}`), path).toBe(false);
    }
  });
});
