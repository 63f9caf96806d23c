// Finds words chosen by language inline in code: `lang === 'es' ? 'Inicio' : 'Home'`, its template-literal and JSX
// forms, and the reverse tests (`!== 'es'`, `=== 'en'`): a branch that is a string, a template or JSX text with
// letters in it, other than a language code, a locale or a path. A feature's words in both languages belong in its words
// module (architecture convention 15), where a translator finds them and a test holds the two languages together.
//
// Written by hand: the rule is about the text of .ts and .astro files alike, and an .astro template is neither
// TypeScript nor JSX, so no maintained linter rule reads both (eslint-plugin-astro would need ESLint brought in for
// this one check). The scan reads each language test's two branches, skipping nested brackets, quotes and templates.

/** One inline choice of words: where it is and the words. */
export interface InlineWords {
  file: string;
  line: number;
  words: string;
}

/** A test of the page's language before a `?`: `x === 'es'`, `(x !== "en")`, `'es' === x`. */
const LANG_TEST = /(?:[!=]==?\s*(['"])(?:es|en)\1|(['"])(?:es|en)\2\s*[!=]==?\s*[\w.$]+)\s*\)?\s*\?/g;

/** A text that names a language, a locale or a path, not words a reader sees. */
function isCode(text: string): boolean {
  const t = text.trim();
  return !/\p{L}/u.test(t) || /^(?:en|es)(?:-(?:US|us))?$/.test(t) || t.includes('/');
}

/** Marks a line whose language test chooses something other than words (class names), with the reason after it. */
export const NOT_WORDS = 'inline-words: not words';

/** The end of the ternary whose `?` is at `from`: the first `,` `;` or closing bracket at its own depth. */
function ternaryEnd(src: string, from: number): number {
  let depth = 0;
  for (let i = from; i < src.length; i += 1) {
    const c = src[i];
    if (c === "'" || c === '"' || c === '`') {
      i = stringEnd(src, i);
    } else if (c === '(' || c === '[' || c === '{') {
      depth += 1;
    } else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return i;
      depth -= 1;
    } else if ((c === ',' || c === ';') && depth === 0) {
      return i;
    } else if (c === '\n' && depth === 0) {
      // A line break ends the expression unless the ternary goes on over it.
      const before = src.slice(from, i).trimEnd();
      const after = src.slice(i + 1).trimStart();
      if (before !== '' && !/[?:+&|]$/.test(before) && !/^[?:.+&|]/.test(after)) return i;
    }
  }
  return src.length;
}

/** The index of the quote that closes the string or template opened at `at` (skipping `${...}` in templates). */
function stringEnd(src: string, at: number): number {
  const q = src[at];
  for (let i = at + 1; i < src.length; i += 1) {
    if (src[i] === '\\') i += 1;
    else if (src[i] === q) return i;
    else if (q === '`' && src[i] === '$' && src[i + 1] === '{') {
      let depth = 0;
      for (i += 1; i < src.length; i += 1) {
        if (src[i] === "'" || src[i] === '"' || src[i] === '`') i = stringEnd(src, i);
        else if (src[i] === '{') depth += 1;
        else if (src[i] === '}' && --depth === 0) break;
      }
    } else if (q !== '`' && src[i] === '\n') return i;
  }
  return src.length;
}

/** `expr` cut at each depth-0 position where `stop(char)` holds (outside strings and brackets). */
function splitTop(expr: string, stop: (c: string, i: number) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < expr.length; i += 1) {
    const c = expr[i];
    if (c === "'" || c === '"' || c === '`') i = stringEnd(expr, i);
    else if ('([{'.includes(c)) depth += 1;
    else if (')]}'.includes(c)) depth -= 1;
    else if (depth === 0 && stop(c, i)) {
      parts.push(expr.slice(from, i));
      from = i + 1;
    }
  }
  return [...parts, expr.slice(from)];
}

/** The two branches of a ternary, given the text after its `?` (a nested ternary in the first branch is kept whole). */
function branches(expr: string): string[] {
  let open = 0;
  const colon = (c: string) => {
    if (c === '?') open += 1;
    if (c !== ':') return false;
    if (open === 0) return true;
    open -= 1;
    return false;
  };
  const [first, ...rest] = splitTop(expr, colon);
  return [first, rest.join(':')];
}

/** The texts a reader could see in one branch: a string or template literal, JSX text, or a nested ternary's. */
function branchTexts(branch: string): string[] {
  let b = branch.trim();
  while (b.startsWith('(') && b.endsWith(')')) b = b.slice(1, -1).trim();
  const ternary = splitTop(b, (c) => c === '?');
  if (ternary.length > 1) return branches(ternary.slice(1).join('?')).flatMap(branchTexts);
  const q = b[0];
  if ((q === "'" || q === '"' || q === '`') && stringEnd(b, 0) === b.length - 1) {
    const body = b.slice(1, -1);
    if (q !== '`') return [body];
    // A template: its fixed parts, and what a ${...} part chooses.
    const parts = [...body.matchAll(/\$\{((?:[^{}]|\{[^{}]*\})*)\}/g)];
    return [body.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, ' '), ...parts.flatMap((m) => branchTexts(m[1]))];
  }
  if (q === '<') {
    // JSX: the text between a tag or an expression and the next one (attribute values are not words).
    return [...b.matchAll(/[>}]([^<>{}]*)(?=[<{])/g)].map((m) => m[1]);
  }
  return [];
}

/** Every inline choice of words in one file's text. `file` names it in the findings. */
export function inlineWords(file: string, src: string): InlineWords[] {
  const found: InlineWords[] = [];
  for (const m of src.matchAll(LANG_TEST)) {
    const start = m.index + m[0].length;
    const lineStart = src.lastIndexOf('\n', m.index) + 1;
    const lineEnd = src.indexOf('\n', m.index);
    if (src.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).includes(NOT_WORDS)) continue;
    const expr = src.slice(start, ternaryEnd(src, start));
    const texts = branches(expr).flatMap(branchTexts);
    // A ternary that picks a path or file name picks code, whatever its other parts say.
    if (texts.some((t) => t.includes('/'))) continue;
    const words = texts.filter((t) => !isCode(t));
    if (words.length > 0) {
      found.push({
        file,
        line: src.slice(0, m.index).split('\n').length,
        words: words.map((w) => w.trim()).join(' | '),
      });
    }
  }
  return found;
}
