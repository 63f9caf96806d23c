// Byte and request budgets for the first view (bytes are stable, so they may be tests; timings are benchmarks).
// Each prints its figure. An article's first view: the HTML, one stylesheet, one small script and the favicon.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from './helpers/dist';
import { firstView as firstViewOf, gzipSize } from './bench/weight';

const ARTICLE = '/guide/what-is-iop/';
// CSS: one stylesheet for every page (Tailwind plus the few components with their own rules, such as <Steps>); 9 KB
// since the overdose steps (was 8 KB). The whole first view: 21 KB since the steady phone header (911 in the crisis
// strip and the language switch on every page) and the offline loader (was 20 KB). Most of an article's HTML before
// <main> is the search dialog, drawn on every page so it works at once.
// The questions tool: its own script with the QR encoder it imports (about 7.3 KB when set), and its page's HTML.
// The cost worksheet: its own script (8.2 KB when set: the arithmetic, the address state and the words of the steps in
// both languages, which it builds as the reader types), its own stylesheet (1.1 KB) and its page's HTML (10 KB: the
// paper worksheet, the boxes and the questions for every kind of coverage are all in the page).
// The bill checker under the worked example on the paying-yourself pages (<EstimateVsBill />): its own script (the
// sums and the answer's words in both languages), 2 KB at most; the form's words are in the page.
// The site stylesheet: 9 KB until the journey form of <Steps> (numbered circles, "or"/"and" between steps) took it
// to 9,222 B; 9.25 KB holds it with that in.
const BUDGET = {
  firstView: 21 * 1024,
  css: 9.25 * 1024,
  js: 1536,
  requests: 4,
  searchCode: 20 * 1024,
  questionsJs: 8 * 1024,
  questionsHtml: 14 * 1024,
  costJs: 9 * 1024,
  costCss: 1536,
  costHtml: 12 * 1024,
  billCheckJs: 2 * 1024,
};
const pages = builtPages();
const page = (path: string) => pages.find((p) => p.path === path)!;

/** First-view bytes (gzipped) of a page: HTML, stylesheets and scripts it loads, and its request count. */
const firstView = (path: string) => firstViewOf(page(path).html);

describe('budgets', () => {
  it(`an article's first view: at most ${BUDGET.firstView} bytes, CSS ${BUDGET.css}, JS ${BUDGET.js}, ${BUDGET.requests} requests`, () => {
    const v = firstView(ARTICLE);
    console.log(
      `first view of ${ARTICLE}: ${v.total} B gzipped (HTML ${v.html}, CSS ${v.css}, JS ${v.js}) in ${v.requests} requests`,
    );
    expect(v.total).toBeLessThanOrEqual(BUDGET.firstView);
    expect(v.css).toBeLessThanOrEqual(BUDGET.css);
    expect(v.js).toBeLessThanOrEqual(BUDGET.js);
    expect(v.requests).toBeLessThanOrEqual(BUDGET.requests);
  });
  it('every page but the comparison, the FAQ list, the link builder, the two tools, the infobutton page and the not-found pages loads the same one script', () => {
    const scripts = (html: string) => [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
    const site = scripts(page(ARTICLE).html);
    expect(site).toHaveLength(1);
    const extra = pages.filter((p) => scripts(p.html).some((s) => !site.includes(s)));
    const widgets = (p: (typeof pages)[number]) =>
      p.document.querySelector(
        'iop-compare, iop-link-builder, iop-questions, iop-cost, iop-not-found, iop-connect, iop-bill-check',
      ) !== null || /^(\/es)?\/faq\/$/.test(p.path);
    expect(extra.filter((p) => !widgets(p)).map((p) => p.path)).toEqual([]);
    for (const p of pages) expect(scripts(p.html), p.path).toContain(site[0]);
    // The comparison's script loads exactly where the widget is (the IOP vs PHP article and /compare/).
    const compare = pages.filter((p) => p.document.querySelector('iop-compare'));
    expect(compare.map((p) => p.path)).toEqual(expect.arrayContaining(['/compare/', '/guide/iop-vs-php/']));
    for (const p of compare) expect(scripts(p.html), p.path).toHaveLength(2);
  });
  it(`the questions tool's script loads only on its two pages: at most ${BUDGET.questionsJs} bytes gzipped with what it imports`, () => {
    const own = (html: string) =>
      [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]).filter((s) => s.includes('QuestionsTool'));
    const tool = pages.filter((p) => own(p.html).length > 0).map((p) => p.path);
    expect(tool.sort()).toEqual(['/es/tools/questions/', '/tools/questions/']);
    // The script and the modules it imports (the QR encoder, shared with the link builder), each counted once.
    const files = new Set<string>();
    const visit = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      for (const m of readFileSync(`dist/_astro/${file}`, 'utf8').matchAll(/from\s*"\.\/([\w.-]+\.js)"/g)) visit(m[1]);
    };
    visit(own(page('/tools/questions/').html)[0].replace(/^.*\/_astro\//, ''));
    const sizes = [...files].map((f) => [f, gzipSize(readFileSync(`dist/_astro/${f}`))] as const);
    const total = sizes.reduce((n, [, b]) => n + b, 0);
    const v = firstView('/tools/questions/');
    console.log(
      `questions tool: script ${total} B gzipped (${sizes.map(([f, b]) => `${f} ${b}`).join(', ')}); ` +
        `first view ${v.total} B (HTML ${v.html}, CSS ${v.css}, JS ${v.js}) in ${v.requests} requests`,
    );
    expect(total).toBeLessThanOrEqual(BUDGET.questionsJs);
    expect(v.html).toBeLessThanOrEqual(BUDGET.questionsHtml);
  });
  it(`the cost worksheet's script and stylesheet load only on its two pages: at most ${BUDGET.costJs} and ${BUDGET.costCss} bytes gzipped`, () => {
    const own = (html: string) =>
      [...html.matchAll(/<(?:script[^>]+src|link[^>]+href)="([^"]+)"/g)]
        .map((m) => m[1])
        .filter((s) => /\/_astro\/(CostTool|cost)\b/.test(s));
    const tool = pages.filter((p) => own(p.html).length > 0).map((p) => p.path);
    expect(tool.sort()).toEqual(['/es/tools/cost/', '/tools/cost/']);
    const files = own(page('/tools/cost/').html).map((s) => s.replace(/^.*\/_astro\//, ''));
    expect(own(page('/es/tools/cost/').html).map((s) => s.replace(/^.*\/_astro\//, ''))).toEqual(files);
    const js = files.filter((f) => f.endsWith('.js'));
    const css = files.filter((f) => f.endsWith('.css'));
    expect([js.length, css.length]).toEqual([1, 1]);
    // It imports nothing: the arithmetic, the state and the words are all in the one file.
    expect(readFileSync(`dist/_astro/${js[0]}`, 'utf8')).not.toMatch(/from\s*"\.\//);
    const size = (f: string) => {
      const raw = readFileSync(`dist/_astro/${f}`);
      return { raw: raw.length, gzip: gzipSize(raw) };
    };
    const [s, c] = [size(js[0]), size(css[0])];
    const v = firstView('/tools/cost/');
    const vEs = firstView('/es/tools/cost/');
    console.log(
      `cost worksheet: script ${s.gzip} B gzipped (${s.raw} B raw), stylesheet ${c.gzip} B gzipped (${c.raw} B raw); ` +
        `first view ${v.total} B (HTML ${v.html}, CSS ${v.css}, JS ${v.js}) in ${v.requests} requests; ` +
        `Spanish HTML ${vEs.html} B`,
    );
    expect(s.gzip).toBeLessThanOrEqual(BUDGET.costJs);
    expect(c.gzip).toBeLessThanOrEqual(BUDGET.costCss);
    expect(Math.max(v.html, vEs.html)).toBeLessThanOrEqual(BUDGET.costHtml);
  });
  it(`the bill checker's script loads only on the two paying-yourself pages: at most ${BUDGET.billCheckJs} bytes gzipped`, () => {
    const own = (html: string) =>
      [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]).filter((s) => s.includes('EstimateVsBill'));
    const tool = pages.filter((p) => own(p.html).length > 0).map((p) => p.path);
    expect(tool.sort()).toEqual(['/es/guide/paying-yourself/', '/guide/paying-yourself/']);
    expect(own(page(ARTICLE).html)).toEqual([]);
    const [file] = own(page('/guide/paying-yourself/').html).map((s) => s.replace(/^.*\/_astro\//, ''));
    const raw = readFileSync(`dist/_astro/${file}`);
    // It imports nothing: the sums and the answer's words are all in the one file.
    expect(raw.toString()).not.toMatch(/from\s*"\.\//);
    const size = gzipSize(raw);
    console.log(`bill checker: script ${size} B gzipped (${raw.length} B raw)`);
    expect(size).toBeLessThanOrEqual(BUDGET.billCheckJs);
  });
  it(`search's own code, loaded when search is first used (not in any first view): at most ${BUDGET.searchCode} bytes gzipped`, () => {
    // The dialog (elements) and the search itself (controller: query reading, the crisis detector and its help box).
    const chunks = readdirSync('dist/_astro').filter((f) => /^(elements|controller)-[\w-]+\.js$/.test(f));
    expect(chunks).toHaveLength(2);
    const sizes = chunks.map((f) => [f, gzipSize(readFileSync(`dist/_astro/${f}`))] as const);
    const total = sizes.reduce((n, [, b]) => n + b, 0);
    console.log(`search code: ${total} B gzipped (${sizes.map(([f, b]) => `${f} ${b}`).join(', ')})`);
    expect(total).toBeLessThanOrEqual(BUDGET.searchCode);
  });
});
