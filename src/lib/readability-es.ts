/**
 * Reading ease of Spanish prose: the Szigriszt-Pazos perspicuity index read on the INFLESZ scale (Barrio-Cantalejo
 * et al., 2008), the measure Spanish health-information studies use. No maintained npm package counts Spanish
 * syllables reliably (the two that exist are unmaintained one-offs), so the counter is written here, by the rules
 * of Spanish spelling, and tested word by word.
 */

const STRONG = 'aeoáéóíú'; // a, e, o, and an accented i or u (which breaks a diphthong: "día", "Raúl")
const WEAK = 'iuü';

/** Is this letter a vowel here? ("y" is one only at the end of a word after a vowel: "hay", "ley", "muy"; or alone.) */
function isVowel(word: string, i: number): boolean {
  const c = word[i];
  if ('aeiouáéíóúü'.includes(c)) {
    // The u of "que, qui, gue, gui" is silent (but not "güe, güi", whose ü is sounded).
    if (c === 'u' && i > 0 && (word[i - 1] === 'q' || word[i - 1] === 'g') && 'eéií'.includes(word[i + 1] ?? ''))
      return false;
    return true;
  }
  return c === 'y' && (word.length === 1 || (i === word.length - 1 && i > 0 && 'aeiouáéíóú'.includes(word[i - 1])));
}

/** Syllables in one Spanish word (digits count as one; a word with no vowel counts as one). */
export function spanishSyllables(input: string): number {
  const word = input.toLowerCase().replace(/[^a-záéíóúüñ0-9]/g, '');
  if (!word) return 0;
  if (/^\d/.test(word)) return 1;
  let count = 0;
  let prev: string | null = null;
  for (let i = 0; i < word.length; i++) {
    if (!isVowel(word, i)) {
      prev = null;
      continue;
    }
    const c = word[i] === 'y' ? 'i' : word[i];
    // A new nucleus starts unless this vowel joins the previous one: two vowels share a syllable (a diphthong) when
    // at least one is an unaccented weak vowel; two strong vowels (or an accented weak one) split (a hiatus).
    if (prev === null || (STRONG.includes(prev) && STRONG.includes(c)) || (!WEAK.includes(prev) && !WEAK.includes(c)))
      count += 1;
    prev = c;
  }
  return Math.max(count, 1);
}

/** Words, sentences, syllables and the Szigriszt-Pazos index (higher is easier) of Spanish prose. */
export function inflesz(prose: string): { words: number; sentences: number; syllables: number; index: number } {
  const sentences = prose.split(/[.!?:]+(?=\s|$)/).filter((s) => /[\p{L}\d]/u.test(s)).length;
  const words = prose.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];
  const syllables = words.reduce((n, w) => n + spanishSyllables(w), 0);
  const index = 206.835 - (62.3 * syllables) / words.length - words.length / sentences;
  return { words: words.length, sentences, syllables, index: Math.round(index * 10) / 10 };
}

/** The INFLESZ band for an index: 55 or more is "normal" or easier, what the guide requires of every Spanish page. */
export function infleszBand(index: number): 'muy difícil' | 'algo difícil' | 'normal' | 'bastante fácil' | 'muy fácil' {
  if (index < 40) return 'muy difícil';
  if (index < 55) return 'algo difícil';
  if (index < 65) return 'normal';
  if (index < 80) return 'bastante fácil';
  return 'muy fácil';
}
