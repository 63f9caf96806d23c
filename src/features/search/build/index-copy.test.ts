import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { ALIAS_WEIGHT, hiddenText, indexedPart, prepareForIndex, withoutAccents } from './index-copy';
import { HIDDEN_MARK } from '../names';

const article = `<html><body><header>Site header</header><main>
<div data-pagefind-body><h1>IOP vs PHP</h1><p>Summary.</p><section><h2 id="key-points">Key points</h2></section></div>
<div data-pagefind-body><h2 id="hours">Hours <span class="sr-only">(section link)</span></h2><p>Hours text.</p><h2 id="cost">Cost</h2><p>Cost text.</p></div>
</main></body></html>`;

describe('prepareForIndex', () => {
  it('adds page aliases after the intro, before the first section', () => {
    const { html, missing } = prepareForIndex(article, new Map([['', ['day program', 'rehab']]]));
    expect(missing).toEqual([]);
    const { document } = parseHTML(html);
    const p = document.querySelector(`[data-pagefind-weight="${ALIAS_WEIGHT}"]`)!;
    // Between marks: search finds the words, and results.ts cuts them out of every excerpt.
    expect(p.textContent).toBe(`${HIDDEN_MARK} day program, rehab. ${HIDDEN_MARK}`);
    expect(hiddenText('x')).toBe(`${HIDDEN_MARK} x ${HIDDEN_MARK}`);
    expect(p.previousElementSibling?.textContent).toBe('Summary.');
    expect(p.nextElementSibling?.tagName).toBe('SECTION');
  });

  it('adds section aliases at the end of that section, so they count for its sub-result', () => {
    const { html } = prepareForIndex(article, new Map([['hours', ['schedule']]]));
    const { document } = parseHTML(html);
    const p = document.querySelector('[data-pagefind-weight]')!;
    expect(p.previousElementSibling?.textContent).toBe('Hours text.');
    expect(p.nextElementSibling?.id).toBe('cost');
  });

  it('lists every alias, with its section, in the page metadata for exact-match ranking', () => {
    const { html } = prepareForIndex(
      article,
      new Map([
        ['', ['rehab']],
        ['hours', ['schedule', 'how long']],
      ]),
    );
    const { document } = parseHTML(html);
    expect(document.querySelector('[data-pagefind-meta="aliases[data-value]"]')?.getAttribute('data-value')).toBe(
      'rehab|schedule#hours|how long#hours',
    );
    expect(prepareForIndex(article).html).not.toContain('aliases[data-value]');
  });

  it('reports sections that do not exist or are not indexed', () => {
    const withChrome = article.replace('<header>', '<header><h2 id="nav">Nav</h2>');
    expect(
      prepareForIndex(
        withChrome,
        new Map([
          ['nope', ['x']],
          ['nav', ['y']],
        ]),
      ).missing,
    ).toEqual(['nope', 'nav']);
  });

  it('drops screen-reader-only text from indexed content', () => {
    const { html } = prepareForIndex(article);
    expect(html).not.toContain('section link');
    expect(html).toContain('Hours text.');
  });

  it('turns glossary <dt id> terms into headings so each gets its own sub-result', () => {
    const gloss =
      '<html><body><dl data-pagefind-body><div><dt id="moud" class="x">MOUD</dt><dd>Medicines.</dd></div></dl></body></html>';
    const { html, missing } = prepareForIndex(gloss, new Map([['moud', ['MAT']]]));
    expect(missing).toEqual([]);
    const { document } = parseHTML(html);
    expect(document.querySelector('dt')).toBeNull();
    const h = document.querySelector('h3#moud')!;
    expect(h.className).toBe('x');
    expect(h.parentElement!.lastElementChild!.textContent).toBe(hiddenText('MAT.'));
  });

  it('escapes alias words (they are text, never markup)', () => {
    const { html } = prepareForIndex(article, new Map([['', ['<b>x</b>']]]));
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('Spanish pages without accents', () => {
  it('strip accents but keep ñ', () => {
    expect(withoutAccents('rehabilitación, Médico, año, pingüino')).toBe('rehabilitacion, Medico, año, pinguino');
  });

  it('index headings and aliases without accents too, so a query typed without them still finds the page', () => {
    const html =
      '<html><body><main data-pagefind-body><h1>¿Cómo se paga?</h1><h2 id="seguro">Seguro médico</h2><p>x</p></main></body></html>';
    const { html: out } = prepareForIndex(html, new Map([['', ['rehabilitación']]]), true);
    const text = parseHTML(out).document.querySelector('main')!.textContent!;
    expect(text).toContain(hiddenText('¿Como se paga?'));
    expect(text).toContain(hiddenText('Seguro medico'));
    expect(text).toContain('rehabilitacion');
    expect(prepareForIndex(html, new Map(), false).html).not.toContain('medico');
  });
});

describe('indexedPart', () => {
  it('keeps the <html> tag (the language) and <main>, and leaves out the header and footer', () => {
    const page = `<!doctype html><html lang="es"><head><title>T</title></head><body><header data-pagefind-ignore>Menu</header><main id="main"><div data-pagefind-body><h1>Hola</h1></div></main><footer>Pie</footer></body></html>`;
    expect(indexedPart(page)).toBe(
      '<!doctype html><html lang="es"><body><main id="main"><div data-pagefind-body><h1>Hola</h1></div></main></body></html>',
    );
  });

  it('keeps a page whole when it has Pagefind attributes outside <main>, or no <main>', () => {
    const outside = `<html><body><aside data-pagefind-filter="x">y</aside><main><div data-pagefind-body>A</div></main></body></html>`;
    expect(indexedPart(outside)).toBe(outside);
    const none = '<html><body><div data-pagefind-body>A</div></body></html>';
    expect(indexedPart(none)).toBe(none);
  });
});
