/**
 * Reading level of an article's body prose (US grade, Flesch-Kincaid 1975) using the maintained
 * `flesch-kincaid` and `syllable` packages. Only prose counts: headings, tables, code, imports and
 * component tags are dropped; list items count as sentences.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Turn an MDX/Markdown body into plain prose, one sentence-ish unit per line. */
export function proseFromMdx(body: string): string {
  const lines: string[] = [];
  let inCode = false;
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('```')) {
      inCode = !inCode;
      continue;
    }
    if (inCode || !line) continue;
    if (/^(import|export)\s/.test(line) || line.startsWith('#') || line.startsWith('|')) continue;
    let text = line
      .replace(/<N\s+k="[^"]*"\s*\/>/g, 'ten') // a number from the levels data: one short word
      .replace(/<[^>]+>/g, ' ') // any other component or HTML tag
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their text
      .replace(/^([-*+]|\d+\.)\s+(\[[ x]\]\s+)?/, '') // list markers and checkboxes
      .replace(/^>\s?/, '')
      .replace(/[*_`]/g, '')
      .replace(/\b(e\.g|i\.e|U\.S|etc)\./gi, (m) => m.replace(/\./g, ''))
      .trim();
    if (!text) continue;
    if (!/[.!?:]["')]?$/.test(text)) text += '.';
    lines.push(text);
  }
  return lines.join('\n');
}

/** Word, sentence and syllable counts and the grade for a piece of prose. */
export function gradeOf(prose: string): { words: number; sentences: number; syllables: number; grade: number } {
  const sentences = prose.split(/[.!?:]+(?=\s|$)/).filter((s) => /[A-Za-z0-9]/.test(s)).length;
  const words = prose.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
  const syllables = words.reduce((n, w) => n + (/^[0-9]/.test(w) ? 1 : Math.max(1, syllable(w))), 0);
  const grade = fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
  return { words: words.length, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}
