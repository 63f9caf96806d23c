/**
 * Does a search query touch suicide, self-harm, overdose or a crisis? Then search shows the crisis lines above every
 * result and puts the Get help page first (browser/controller.ts). This is the one maintained word list.
 *
 * The rule (also in the README, "How search reads a query"): lean to showing help. Showing help to someone who did
 * not need it costs a glance; missing someone who did could cost a life. So:
 * - Any query that names suicide, self-harm, an overdose, wanting to die or not live, killing or hurting oneself or
 *   someone, a crisis or an emergency shows the box, whatever words sit around it: "overdose on caffeine", "what is an
 *   overdose", "suicide statistics", "veterans crisis line" and "mobile crisis" all show it.
 * - Words about recovery or preparedness alone do not: "relapse", "naloxone", "narcan", "withdrawal", "harm
 *   reduction", "cutting back on drinking", "odd" (ODD, a diagnosis) and "overcome".
 * - English and Spanish. Matching ignores case, accents, apostrophes and extra spaces, expands "wanna", "dont",
 *   "can't", "kms" and the like, allows one other word between the words of a phrase ("want to just die"), and
 *   tolerates one typo in the longer key words marked `~` ("suicde", "overdoes"). Common misspellings that are
 *   further off are listed as words of their own.
 * Add a phrase when a reader's words are missed; add a test phrasing to crisis-query.test.ts with it.
 */
import { editDistance } from './edit-distance.ts';

/** Phrases, one per entry, in normalized form (lower case, no accents or apostrophes). `~` allows one typo. */
export const CRISIS_PHRASES: readonly string[] = [
  // Suicide and wanting to die.
  'suicide~',
  'suicidal~',
  'suicides',
  'sucide',
  'suiside',
  'sueside',
  'suicid',
  'suicidle',
  'sewerslide',
  'unalive',
  'kill myself',
  'killing myself',
  'kill',
  'killing',
  'end my life',
  'ending my life',
  'end it all',
  'take my life',
  'take my own life',
  'die',
  'dying',
  'better off dead',
  'wish i was dead',
  'wish i were dead',
  'want to be dead',
  'rather be dead',
  'no reason to live',
  'nothing to live for',
  'not want to live',
  'not want to be alive',
  'not want to be here',
  'not want to wake up',
  'not worth living',
  'no point living',
  'no point in living',
  'can not go on',
  'hopeless',
  'hang myself',
  'shoot myself',
  // Self-harm.
  'self harm',
  'selfharm',
  'self injury',
  'self injure',
  'hurt myself',
  'hurting myself',
  'harm myself',
  'harming myself',
  'cut myself',
  'cutting myself',
  'burn myself',
  'burning myself',
  'hurt someone',
  'hurt others',
  'hurt somebody',
  // Overdose and poisoning.
  'overdose~',
  'overdosed~',
  'overdosing~',
  'overdoses',
  'over dose',
  'over dosed',
  'overdoze',
  'od',
  'oded',
  'oding',
  'too many pills',
  'took too much',
  'took too many',
  'not breathing',
  'will not wake up',
  'can not wake',
  'unresponsive',
  'poisoning',
  'poisoned',
  // Crisis and emergency.
  'crisis',
  'emergency',
  '911',
  'in danger',
  'help now',
  'crisis line',
  'hotline',
  'suicide hotline',
  // Spanish.
  'suicidio~',
  'suicidarme',
  'suicida',
  'matarme',
  'matar',
  'quiero morir',
  'quiero morirme',
  'morir',
  'morirme',
  'quitarme la vida',
  'acabar con mi vida',
  'no quiero vivir',
  'sin razon para vivir',
  'no vale la pena vivir',
  'sobredosis~',
  'autolesion',
  'autolesiones',
  'lastimarme',
  'hacerme dano',
  'cortarme',
  'herirme',
  'emergencia',
  'ayuda urgente',
  'sin esperanza',
];

/** Short forms people type, expanded before matching (after apostrophes are dropped). */
const EXPAND: Record<string, string> = {
  wanna: 'want to',
  gonna: 'going to',
  im: 'i am',
  dont: 'do not',
  doesnt: 'does not',
  cant: 'can not',
  cannot: 'can not',
  wont: 'will not',
  u: 'you',
  '2': 'to',
  kms: 'kill myself',
  kys: 'kill yourself',
  myslef: 'myself',
};

/** Lower case, no accents, no apostrophes, one space between words, short forms expanded. */
export function normalizeForCrisis(q: string): string {
  return q
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\bo\.?d'(d|ed|ing)\b/g, (_, end: string) => (end === 'ing' ? 'oding' : 'oded'))
    .replace(/\bo\.d\.?(?=\s|$)/g, 'od')
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\bmy self\b/g, 'myself')
    .trim()
    .split(' ')
    .map((w) => EXPAND[w] ?? w)
    .join(' ');
}

interface Phrase {
  words: { text: string; fuzzy: boolean }[];
}
const PHRASES: Phrase[] = CRISIS_PHRASES.map((p) => ({
  words: p.split(' ').map((w) => ({ text: w.replace(/~$/, ''), fuzzy: w.endsWith('~') })),
}));

function wordMatches(token: string, word: { text: string; fuzzy: boolean }): boolean {
  return token === word.text || (word.fuzzy && token.length >= 5 && editDistance(token, word.text, 1) <= 1);
}

/** Do the phrase's words appear in order in `tokens`, with at most one other word between two of them? */
function phraseIn(tokens: readonly string[], phrase: Phrase): boolean {
  for (let start = 0; start < tokens.length; start++) {
    if (!wordMatches(tokens[start], phrase.words[0])) continue;
    let at = start;
    let ok = true;
    for (const word of phrase.words.slice(1)) {
      const next = [at + 1, at + 2].find((i) => i < tokens.length && wordMatches(tokens[i], word));
      if (next === undefined) {
        ok = false;
        break;
      }
      at = next;
    }
    if (ok) return true;
  }
  return false;
}

/** True when the query touches suicide, self-harm, overdose or a crisis (the rule is at the top of this file). */
export function isCrisisQuery(q: string): boolean {
  const tokens = normalizeForCrisis(q).split(' ').filter(Boolean);
  return tokens.length > 0 && PHRASES.some((p) => phraseIn(tokens, p));
}
