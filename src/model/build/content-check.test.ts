// The whole content/ check, as the build runs it, on a copy of the real content with one thing broken at a time: each
// problem is found before any page is built, and its message names the file, the line and what is allowed. The
// probes are what an outside review tried (issue 19) and more: each goes into its own fresh copy.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, factsReport } from './content-check';
import { headingIds } from './cross-refs';
// The one registry of MDX components (a test may reach above src/model: the build passes the same registry in).
import { MDX_COMPONENT_SPECS } from '../../components/mdx';

let root: string;
const today = new Date('2026-12-05T00:00:00Z');
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'iop-content-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync('public', join(root, 'public'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));
const edit = (file: string, change: (s: string) => string) =>
  writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
const problems = () => checkContent(root, today, MDX_COMPONENT_SPECS).problems;

/** The fixture article, with an order no real article has. */
const good = readFileSync('tests/fixtures/content/articles/good.mdx', 'utf8').replace('order: 1', 'order: 99');
/** The line a probe appended to the fixture article starts on. */
const L = good.split('\n').length + 1;
const ARTICLE = 'content/articles/probe.mdx';
/** The problems of the real content plus the fixture article with `bad` appended (starting at line L). */
function article(bad: string, front: (s: string) => string = (s) => s): string[] {
  writeFileSync(join(root, ARTICLE), `${front(good)}\n${bad}\n`);
  return problems();
}
/** A glossary term (.mdx) with `bad` on its body's second line (line 9). */
const GLOSSARY = 'content/glossary/probe-term.mdx';
function glossary(bad: string): string[] {
  writeFileSync(
    join(root, GLOSSARY),
    `---\nterm: "Probe term"\naliases: []\narticle: what-is-iop\nlastReviewed: 2026-12-01\nnextReview: 2027-12-01\n---\nA probe term is a word we test with.\n${bad}\n`,
  );
  return problems();
}

const names = (n: string[]) => n.map((x) => `<${x}>`).join(', ');
const ALLOWED = `content may use the components ${names(Object.keys(MDX_COMPONENT_SPECS).sort())} and the HTML elements <abbr>, <br>, <span>, <sub>, <sup>`;
const LINKS = 'content may link only to a site path such as /guide/what-is-iop/, or a full https:// address';
const CODE = (what: string) => `${what}, which can run code; ${LINKS}`;
const EXPRESSION = (code: string) =>
  `the expression {${code}} runs as code when the site is built; braces are allowed only for a heading's id, {/* #id */} at the end of the heading`;
const at = (line: number, message: string, file = ARTICLE) => `${file}:${line}: ${message}`;

describe('checking content/ before the build', () => {
  it('passes the real content, saved with CRLF line endings too', () => {
    edit('content/faq/keep-working.mdx', (s) => s.replace(/\n/g, '\r\n'));
    expect(problems()).toEqual([]);
  });
  it('passes the fixture article, which uses components, a site link and a source', () => {
    expect(article('See [how IOP works](/guide/how-iop-works/) and <GetHelp />.')).toEqual([]);
  });
  it('refuses odd file names and stray files', () => {
    writeFileSync(
      join(root, 'content/articles/What is IOP (draft).mdx'),
      readFileSync('content/articles/what-is-iop.mdx'),
    );
    writeFileSync(join(root, 'content/faq/notes.txt'), 'to do');
    const p = problems();
    expect(p).toContainEqual(
      expect.stringMatching(/^content\/articles\/What is IOP \(draft\)\.mdx: the file name .*draft: true/),
    );
    expect(p).toContainEqual(expect.stringMatching(/^content\/faq\/notes\.txt: not a \.mdx file/));
  });
  it('names both files when two FAQs ask the same question or two articles share an order', () => {
    edit('content/faq/time-off-work.mdx', (s) =>
      s.replace(/^question: .*$/m, 'question: "Can I keep working during IOP?"'),
    );
    expect(problems()).toContainEqual(
      'content/faq/time-off-work.mdx: question "Can I keep working during IOP?" is also in content/faq/keep-working.mdx',
    );
  });
  it('finds a broken FAQ section, alias target and level number before any page is written', () => {
    edit('content/faq/keep-working.mdx', (s) => s.replace(/^section: .*$/m, 'section: no-such-heading'));
    edit('content/search/aliases.yaml', (s) => `${s}\n  - words: [broken]\n    to: [{ article: no-such-page }]\n`);
    edit('content/articles/how-iop-works.mdx', (s) => s.replace('iop.hours.adults.min', 'iop.hours.adults.most'));
    const p = problems();
    expect(p).toContainEqual(
      'content/faq/keep-working.mdx: article/section: no heading "#no-such-heading" in content/articles/working-during-iop.mdx',
    );
    expect(p).toContainEqual('content/search/aliases.yaml: to: no article "no-such-page" in content/articles/');
    expect(p).toContainEqual(
      expect.stringMatching(/^content\/articles\/how-iop-works\.mdx:\d+: <N k="iop\.hours\.adults\.most">/),
    );
  });
  it('finds a fact that does not exist (file and line), a fact where it cannot show, and a bad fact file', () => {
    edit('content/es/faq/medicare-coverage.mdx', (s) =>
      s.replace('medicare.partB.deductible', 'medicare.partB.deductibel'),
    );
    edit('content/articles/paying-for-iop.mdx', (s) =>
      s.replace(/^summary: "/m, 'summary: "Costs <Fact id=\\"medicare.partB.deductible\\" /> and '),
    );
    const p = problems();
    expect(p).toContainEqual(
      expect.stringMatching(
        /^content\/es\/faq\/medicare-coverage\.mdx:23: <Fact id="medicare\.partB\.deductibel">: no fact "medicare\.partB\.deductibel" in content\/facts\/$/,
      ),
    );
    expect(p).toContainEqual(
      expect.stringMatching(
        /^content\/articles\/paying-for-iop\.mdx: summary: holds <Fact id="medicare\.partB\.deductible" \/>, but only/,
      ),
    );
    edit('content/facts/medicare.yaml', (s) => s.replace('value: 283', 'value: 284'));
    expect(problems()).toContainEqual(
      'content/facts/medicare.yaml: medicare.partB.deductible.periods.0.en: must contain the value 284',
    );
  });
  it('finds a fact shown on a bad day or a day with no period, naming the page, the line and the fact', () => {
    edit('content/faq/medicare-psychiatric-hospital.mdx', (s) =>
      s.replace('<Fact id="medicare.partA.deductible" />', '<Fact id="medicare.partA.deductible" on="2031-01-01" />'),
    );
    edit('content/es/faq/medicare-psychiatric-hospital.mdx', (s) =>
      s.replace('<Fact id="medicare.partA.deductible" />', '<Fact id="medicare.partA.deductible" on="2026-02-30" />'),
    );
    const p = problems();
    expect(p).toContainEqual(
      expect.stringMatching(
        /^content\/faq\/medicare-psychiatric-hospital\.mdx:\d+: <Fact id="medicare\.partA\.deductible" on="2031-01-01">: on="2031-01-01": content\/facts\/medicare\.yaml has no period for medicare\.partA\.deductible on that day/,
      ),
    );
    expect(p).toContainEqual(
      expect.stringMatching(
        /^content\/es\/faq\/medicare-psychiatric-hospital\.mdx:\d+: <Fact id="medicare\.partA\.deductible" on="2026-02-30">: on="2026-02-30" is not a day written as YYYY-MM-DD/,
      ),
    );
  });
  it('reports facts that run out soon or have run out, and pages due because of them, without failing', () => {
    expect(factsReport(root, today).join('\n')).toMatch(
      /run out within 45 days of 2026-12-05:[\s\S]*\n {2}medicare\.partB\.deductible \(content\/facts\/medicare\.yaml; good until 2026-12-31\)/,
    );
    const later = new Date('2027-01-02T00:00:00Z');
    expect(factsReport(root, later).join('\n')).toMatch(/have run out on 2027-01-02[\s\S]*medicare\.partB\.deductible/);
    const { problems: none, overdue } = checkContent(root, later, MDX_COMPONENT_SPECS);
    expect(none).toEqual([]);
    expect(overdue).toContainEqual(
      'content/faq/medicare-coverage.mdx (uses medicare.partB.deductible, good until 2026-12-31)',
    );
    expect(overdue).toContainEqual(
      expect.stringMatching(/^content\/es\/glossary\/medicare-part-b\.mdx \(uses medicare\.partB\.deductible/),
    );
  });
  it('works out heading ids as the build does', () => {
    expect(
      headingIds('## What IOP costs\n\n### [Medicare](/x/) and *you*\n\n```\n## not a heading\n```\n## What IOP costs'),
    ).toEqual(['what-iop-costs', 'medicare-and-you', 'what-iop-costs-1']);
  });
});

// What tests/build-errors.test.ts once built a whole site for, one spawned build per message.
describe('bad content, named with its file and field', () => {
  it('a bad frontmatter value', () => {
    expect(article('', (s) => s.replace(/^description: .*$/m, 'description: "short"'))).toEqual([
      `${ARTICLE}: description: Too small: expected string to have >=50 characters`,
    ]);
  });
  it('a related page that does not exist', () => {
    expect(article('', (s) => s.replace('related: []', 'related: [no-such-page]'))).toEqual([
      `${ARTICLE}: related: no article "no-such-page" in content/articles/`,
    ]);
  });
  it('a bad levels-of-care value', () => {
    writeFileSync(
      join(root, 'content/levels/bad-level.yaml'),
      readFileSync('tests/fixtures/content/levels/good.yaml', 'utf8')
        .replace('sleep: home', 'sleep: hotel')
        .replace(/^order: .*$/m, 'order: 99'),
    );
    expect(problems()).toEqual([
      'content/levels/bad-level.yaml: sleep: Invalid option: expected one of "home"|"program"|"hospital"',
    ]);
  });
  it('an unknown levels number', () => {
    expect(article('At least <N k="iop.hours.adults.maxx" /> hours.')).toEqual([
      `${ARTICLE}:${L}: <N k="iop.hours.adults.maxx">: content/levels/iop.yaml has no number at "hours.adults.maxx"`,
    ]);
  });
});

describe('content is data: what the allowlist refuses, with file, line and what is allowed (issue 19)', () => {
  it.each([
    [
      'a multi-line expression reading the build machine',
      '{\nprocess.getBuiltinModule("fs").readFileSync("/etc/hostname","utf8") + process.env.HOME\n}',
      [at(L, EXPRESSION('process.getBuiltinModule("fs").readFileSync("/etc/hostnam...'))],
    ],
    ['an inline expression', 'Home: {process.env.HOME}.', [at(L, EXPRESSION('process.env.HOME'))]],
    ['a comment that is not a heading id', '{/* #what-iop-means */}', [at(L, EXPRESSION('/* #what-iop-means */'))]],
    [
      'an export',
      'export const secret = process.env.HOME',
      [
        at(
          L,
          `"export const secret = process.env.HOME": content may not import or export anything (components need no import: ${names(Object.keys(MDX_COMPONENT_SPECS).sort())})`,
        ),
      ],
    ],
    [
      'an import',
      "import fs from 'node:fs'",
      [expect.stringContaining(`${ARTICLE}:${L}: "import fs from 'node:fs'": content may not import or export`)],
    ],
    ['a script', '<script>alert(1)</script>', [at(L, `<script> is not allowed; ${ALLOWED}`)]],
    [
      'an iframe',
      '<iframe src="https://evil.example/"></iframe>',
      [
        at(L, `<iframe> is not allowed; ${ALLOWED}`),
        at(
          L,
          '<iframe> src "https://evil.example/" is on another site (a reader\'s browser would contact it); put the file in public/ and use its site path',
        ),
      ],
    ],
    [
      'an image with an event handler',
      '<img src="x.png" onerror="alert(1)" />',
      [
        at(L, `<img> is not allowed; ${ALLOWED}`),
        at(
          L,
          `<img> src "x.png" is a relative address; write a site path such as /guide/what-is-iop/, or a full https:// address`,
        ),
      ],
    ],
    [
      'an unquoted attribute (MDX cannot read it)',
      '<img src=x onerror=alert(1)>',
      [
        at(
          L,
          'MDX cannot read this: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`)',
        ),
      ],
    ],
    [
      'a style attribute',
      '<span lang="en" style="color: red">IOP</span>',
      [at(L, '<span> does not take style=; it takes lang')],
    ],
    [
      'an event handler on an allowed element',
      '<abbr title="intensive outpatient program" onclick="alert(1)">IOP</abbr>',
      [at(L, '<abbr> does not take onclick=; it takes title')],
    ],
    [
      'a JSX spread',
      '<Note {...x}>Text.</Note>',
      [at(L, '<Note> has the spread {...x}, which runs as code when the site is built; write each prop in quotes')],
    ],
    [
      'an expression in a prop',
      '<Questions title={1+1}>\n\n- A question?\n\n</Questions>',
      [
        at(
          L,
          '<Questions> title={1+1} runs as code when the site is built; write the value in quotes: title="..." (words on one line)',
        ),
      ],
    ],
    [
      'an array in a prop',
      "<LevelsTable rows={['sleep']} />",
      [
        at(
          L,
          `<LevelsTable> rows={['sleep']} runs as code when the site is built; write the value in quotes: rows="..." (ids of lowercase words and hyphens, separated by spaces, e.g. "iop php")`,
        ),
      ],
    ],
    ['an unknown component', '<Secret />', [at(L, `<Secret> is not allowed; ${ALLOWED}`)]],
    ['a fragment', '<>Text.</>', [at(L, `<> is not allowed; ${ALLOWED}`)]],
    ['an unknown prop', '<GetHelp lang="es" />', [at(L, '<GetHelp> does not take lang=; it takes no props')]],
    [
      'a count that is not a whole number',
      '<NaloxoneSteps first="two" />',
      [at(L, '<NaloxoneSteps> first="two" is not a whole number of 1 or more, e.g. "2"')],
    ],
    [
      'a count of 0',
      '<NaloxoneSteps first="0" />',
      [at(L, '<NaloxoneSteps> first="0" is not a whole number of 1 or more, e.g. "2"')],
    ],
    [
      'content inside a component that takes none',
      '<Compare>Text.</Compare>',
      [at(L, '<Compare> takes no content between its tags; write it alone, <Compare />')],
    ],
    ['a code block', '```js\nalert(1)\n```', [at(L, 'a code block is not allowed in content')]],
  ])('%s', (_name, bad, expected) => {
    expect(article(bad)).toEqual(expected);
  });
});

describe('links and sources, read after character references are decoded, wherever an address can sit (issue 19)', () => {
  it.each([
    [
      'javascript: in <...>',
      '[x](<javascript:alert(1)>)',
      [at(L, `the link "javascript:alert(1)" is a ${CODE('javascript: address')}`)],
    ],
    [
      'javascript: spelled &#106;',
      '[x](&#106;avascript:alert(1))',
      [at(L, `the link "javascript:alert(1)" is a ${CODE('javascript: address')}`)],
    ],
    [
      'javascript: spelled &colon;',
      '[x](javascript&colon;alert(1))',
      [at(L, `the link "javascript:alert(1)" is a ${CODE('javascript: address')}`)],
    ],
    [
      'javascript: in mixed case',
      '[x](JaVaScRiPt:alert(1))',
      [at(L, `the link "JaVaScRiPt:alert(1)" is a ${CODE('javascript: address')}`)],
    ],
    [
      'a tab inside the scheme',
      '[x](java&#9;script:alert(1))',
      [
        at(
          L,
          'the link "java\\tscript:alert(1)" contains a space, tab, line break or other non-printing character; remove it',
        ),
      ],
    ],
    [
      'a line break inside the scheme, in an attribute',
      '<a href="java&#10;script:alert(1)">x</a>',
      [
        at(L, `<a> is not allowed; ${ALLOWED}`),
        at(
          L,
          '<a> href "java\\nscript:alert(1)" contains a space, tab, line break or other non-printing character; remove it',
        ),
      ],
    ],
    [
      'a reference definition',
      '[p]\n\n[p]: javascript:alert(1)',
      [at(L + 2, `the reference [p] "javascript:alert(1)" is a ${CODE('javascript: address')}`)],
    ],
    [
      'an unused reference definition',
      '[q]: javascript:alert(1)',
      [at(L, `the reference [q] "javascript:alert(1)" is a ${CODE('javascript: address')}`)],
    ],
    [
      'a JSX link spelled &#106;',
      '<a href="&#106;avascript:alert(1)">x</a>',
      [
        at(L, `<a> is not allowed; ${ALLOWED}`),
        at(L, `<a> href "javascript:alert(1)" is a ${CODE('javascript: address')}`),
      ],
    ],
    [
      'an SVG animation setting href',
      '<svg><a><animate attributeName="href" values="javascript:alert(1)" /><text>x</text></a></svg>',
      [
        at(L, `<svg> is not allowed; ${ALLOWED}`),
        at(L, `<a> is not allowed; ${ALLOWED}`),
        at(L, `<animate> is not allowed; ${ALLOWED}`),
        at(L, `<animate> values "javascript:alert(1)" is a ${CODE('javascript: address')}`),
        at(L, `<text> is not allowed; ${ALLOWED}`),
      ],
    ],
    [
      'an xlink:href',
      '<svg><use xlink:href="javascript:alert(1)" /></svg>',
      [
        at(L, `<svg> is not allowed; ${ALLOWED}`),
        at(L, `<use> is not allowed; ${ALLOWED}`),
        at(L, `<use> xlink:href "javascript:alert(1)" is a ${CODE('javascript: address')}`),
      ],
    ],
    [
      'a protocol-relative link',
      '[x](//evil.example/phish/)',
      [
        at(
          L,
          'the link "//evil.example/phish/" has no scheme (a protocol-relative address can lead anywhere); write a site path such as /guide/what-is-iop/, or https://evil.example/phish/',
        ),
      ],
    ],
    [
      'a data: link',
      '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      [at(L, `the link "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" is a ${CODE('data: address')}`)],
    ],
    [
      'a vbscript: link',
      '[x](vbscript:msgbox(1))',
      [at(L, `the link "vbscript:msgbox(1)" is a ${CODE('vbscript: address')}`)],
    ],
    [
      'a mailto: link',
      '[x](mailto:someone@example.org)',
      [at(L, `the link "mailto:someone@example.org" is a mailto: address; ${LINKS}`)],
    ],
    [
      'an http: link',
      '[x](http://www.samhsa.gov/)',
      [at(L, 'the link "http://www.samhsa.gov/" is http:, which is not private; write https://')],
    ],
    [
      'a bare www. address (an http: autolink)',
      'See www.evil.example today.',
      [at(L, 'the link "http://www.evil.example" is http:, which is not private; write https://')],
    ],
    [
      'a user name in the address',
      '[x](https://www.samhsa.gov@evil.example/)',
      [
        at(
          L,
          'the link "https://www.samhsa.gov@evil.example/" has a user name in it (the part before "@"), which can disguise where it goes',
        ),
      ],
    ],
    [
      'a relative link',
      '[x](../what-is-iop/)',
      [
        at(
          L,
          `the link "../what-is-iop/" is a relative address; write a site path such as /guide/what-is-iop/, or a full https:// address`,
        ),
      ],
    ],
    [
      'an image from another site',
      '![A chart](https://evil.example/pixel.png)',
      [
        at(
          L,
          'the image "https://evil.example/pixel.png" is on another site (a reader\'s browser would contact it); put the file in public/ and use its site path',
        ),
      ],
    ],
    [
      'an image from another site, by reference',
      '![A chart][chart]\n\n[chart]: https://evil.example/pixel.png',
      [
        at(
          L + 2,
          'the reference [chart] "https://evil.example/pixel.png" is on another site (a reader\'s browser would contact it); put the file in public/ and use its site path',
        ),
      ],
    ],
    [
      'a data: image',
      '![A dot](data:image/png;base64,AAAA)',
      [at(L, `the image "data:image/png;base64,AAAA" is a ${CODE('data: address')}`)],
    ],
    [
      'an image that is not in public/',
      '![A chart](/charts/hours.png)',
      [at(L, 'the image "/charts/hours.png" is not a file in public/')],
    ],
  ])('%s', (_name, bad, expected) => {
    expect(article(bad)).toEqual(expected);
  });

  it('a source address that is not https', () => {
    expect(article('', (s) => s.replace('url: "https://www.medicare.gov/', 'url: "http://www.medicare.gov/'))).toEqual([
      `${ARTICLE}: sources.0.url: must be an https URL`,
    ]);
  });
  it('a source address with a user name in it', () => {
    expect(
      article('', (s) => s.replace('url: "https://www.medicare.gov/', 'url: "https://www.medicare.gov@evil.example/')),
    ).toEqual([
      `${ARTICLE}: sources.0.url: "https://www.medicare.gov@evil.example/coverage/mental-health-care-intensive-outpatient-program-services" has a user name in it (the part before "@"), which can disguise where it goes`,
    ]);
  });

  const unreadable = (what: string) => [at(9, `MDX cannot read this: ${what}`, GLOSSARY)];
  const TAG =
    'Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`)';
  it.each([
    ['an autolink to javascript:', 'See <javascript:alert(1)>.', unreadable(TAG)],
    ['a script', '<script>alert(1)</script>', [at(9, `<script> is not allowed; ${ALLOWED}`, GLOSSARY)]],
    ['an image with an event handler', '<img src=x onerror=alert(1)>', unreadable(TAG)],
    [
      'a raw HTML link spelled &#106;',
      'A <a href="&#106;avascript:alert(1)">link</a>.',
      [
        at(9, `<a> is not allowed; ${ALLOWED}`, GLOSSARY),
        at(9, `<a> href "javascript:alert(1)" is a ${CODE('javascript: address')}`, GLOSSARY),
      ],
    ],
    [
      'an HTML comment',
      '<!-- a note -->',
      unreadable(
        'Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`)',
      ),
    ],
  ])('in a glossary term (MDX, as every term is): %s', (_name, bad, expected) => {
    expect(glossary(bad)).toEqual(expected);
  });
});

describe('links between pages, resolved against the content before the build (once only `npm test` found them)', () => {
  it('a link to a page that does not exist', () => {
    expect(article('See [this](/guide/no-such-page/).')).toEqual([
      at(
        L,
        'the link "/guide/no-such-page/" goes to no page: the build makes no /guide/no-such-page/ (no content file makes it and content/links.yaml does not list it)',
      ),
    ]);
  });
  it('a link without its closing slash', () => {
    expect(article('See [this](/guide/what-is-iop).')).toEqual([
      at(
        L,
        'the link "/guide/what-is-iop" goes to no page: the build makes no /guide/what-is-iop (no content file makes it and content/links.yaml does not list it); write /guide/what-is-iop/ (with the slash)',
      ),
    ]);
  });
  it('a link to a section that does not exist, on another page and on its own', () => {
    const p = article('See [this](/guide/what-is-iop/#no-such-section) and [that](#no-such-section).');
    expect(p).toHaveLength(2);
    expect(p[0]).toMatch(
      new RegExp(
        `^${ARTICLE}:${L}: the link "/guide/what-is-iop/#no-such-section" goes to no section: /guide/what-is-iop/ has no id "no-such-section" \\(its ids: what-iop-means, where-iop-fits-among-other-kinds-of-care, `,
      ),
    );
    expect(p[1]).toMatch(
      new RegExp(
        `^${ARTICLE}:${L}: the link "#no-such-section" goes to no section: /guide/probe/ has no id "no-such-section" \\(its ids: `,
      ),
    );
  });
  it('links to sections, answers, terms, registered pages and files that exist', () => {
    expect(
      article(
        'See [a](/guide/what-is-iop/#what-iop-means), [b](/faq/#virtual-iop), [c](/glossary/#php), [d](/compare/?levels=iop,php), [e](/links.json), [f](/es/guide/what-is-iop/#how-long-it-lasts), [g](/faq/keep-working/) and [h](#what-iop-means).',
      ),
    ).toEqual([]);
  });
  it('a link to a draft, which is never built', () => {
    writeFileSync(
      join(root, 'content/articles/coming-soon.mdx'),
      good
        .replace('order: 99', 'order: 98')
        .replace('related: []', 'related: []\ndraft: true')
        .replace(/^title: .*$/m, 'title: "Coming soon"'),
    );
    expect(article('See [what is coming](/guide/coming-soon/).')).toEqual([
      at(
        L,
        'the link "/guide/coming-soon/" goes to a draft: content/articles/coming-soon.mdx has draft: true, so the build makes no /guide/coming-soon/',
      ),
    ]);
  });
  it('a Spanish section with an id its English twin does not have', () => {
    edit('content/es/articles/what-is-iop.mdx', (s) => s.replace('{/* #what-iop-means */}', ''));
    const p = problems();
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(
      /^content\/es\/articles\/what-is-iop\.mdx:\d+: the section "Qué quiere decir IOP" has the id "qué-quiere-decir-iop", which content\/articles\/what-is-iop\.mdx does not have; end the heading with \{\/\* #id \*\/\} naming the English section it translates \(its ids: what-iop-means, /,
    );
  });
  it('a helpline number that is not the one in src/lib/crisis.ts', () => {
    expect(article('Call the old line, 1-800-273-8255.')).toEqual([
      at(
        L,
        "the phone number 1-800-273-8255 is not one of the helplines in src/lib/crisis.ts (content shows no other numbers; a helpline's number comes from there)",
      ),
    ]);
  });
});

describe('content/codes.yaml in the build’s check', () => {
  const CODES = 'content/codes.yaml';
  it('passes as it is', () => {
    expect(problems()).toEqual([]);
  });
  it('a code not written as the tabular list writes it, naming the mapping and field', () => {
    edit(CODES, (s) => s.replace('- code: F43.1\n', '- code: f43.1\n'));
    expect(problems()).toEqual([
      expect.stringMatching(/^content\/codes\.yaml: mappings\.\d+\.code: "f43\.1" is not an ICD-10-CM code/),
    ]);
  });
  it('a range written backwards', () => {
    edit(CODES, (s) => s.replace('- code: F30-F39\n', '- code: F39-F30\n'));
    expect(problems()).toEqual([
      expect.stringMatching(
        /^content\/codes\.yaml: mappings\.\d+\.code: "F39-F30": the first code of a range must come before the second$/,
      ),
    ]);
  });
  it('two mappings that cross', () => {
    edit(CODES, (s) => s.replace('- code: F40-F48\n', '- code: F38-F48\n'));
    expect(problems()).toEqual([
      expect.stringMatching(
        /^content\/codes\.yaml: mappings\[\d+\]\.code: F38-F48 overlaps mappings\[\d+\] \(F30-F39\) in part/,
      ),
    ]);
  });
  it('a section that the page does not have, and a Spanish page that does not exist', () => {
    edit(CODES, (s) =>
      s
        .replace('section: substance-use-during-pregnancy', 'section: no-such-section')
        .replace(
          'section: medicines-for-opioid-use-disorder\n',
          'section: medicines-for-opioid-use-disorder\n    es: { page: no-such-article }\n',
        ),
    );
    expect(problems()).toEqual([
      expect.stringMatching(
        /^content\/codes\.yaml: mappings\[\d+\]\.es\.page: no article "no-such-article" in content\/es\/articles\/$/,
      ),
      expect.stringMatching(
        /^content\/codes\.yaml: mappings\[\d+\]\.section: no heading "#no-such-section" in content\/articles\/pregnancy-and-postpartum\.mdx$/,
      ),
    ]);
  });
  it('a missing file', () => {
    rmSync(join(root, CODES));
    expect(problems()).toEqual(['content/codes.yaml: missing (the /connect/ page and /codes.json are built from it)']);
  });
});

describe('the questions tool’s lists', () => {
  it('a question without a question mark', () => {
    edit('content/tools/questions.yaml', (s) =>
      s.replace('"How can my family take part?"', '"How can my family take part"'),
    );
    expect(problems()).toEqual([
      'content/tools/questions.yaml: groups.1.questions.7.text: must end with a question mark',
    ]);
  });
  it('a Spanish id out of line with the English list', () => {
    edit('content/es/tools/questions.yaml', (s) => s.replace('- id: network', '- id: red'));
    expect(problems()).toEqual([
      'content/es/tools/questions.yaml: groups.2.questions.0.id: is "red"; the English list has "network" here',
    ]);
  });
});
