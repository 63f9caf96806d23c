/**
 * What search's help box says, and in which order, for each kind of crisis (crisis-query.ts). Pure, so Node tests
 * reach it; browser/crisis-render.ts turns it into DOM.
 * - emergency: "Call 911 now" first (it must sit right under the search field, in view with a phone's keyboard up),
 *   then what to do while waiting, Poison Help, then 988.
 * - suicide: 988 first (call and text, its buttons before any words, so they too stay in view with the keyboard up),
 *   then 911 for immediate danger, then SAMHSA's Helpline.
 * - violence: 911 first, then 988.
 * A query in the other language than the page's gets that language's box first and the page's after it ("tomó
 * muchas pastillas" on an English page shows "Llame al 911 ahora" first, then the English box). Numbers come from
 * src/lib/crisis.ts, words from words.ts.
 */
import {
  CALL_911_NOW,
  POISON_LINE,
  POISON_LINE_ES,
  crisisLinesFor,
  type HelpAction,
  type Helpline,
} from '../../lib/crisis.ts';
import type { CrisisKind } from './crisis-query.ts';
import { searchWords, type SearchLang } from './words.ts';

/** One part of the box. */
export type CrisisBlock =
  | { type: 'call911'; action: HelpAction }
  | { type: 'say'; strong?: string; text: string }
  | { type: 'steps'; heading: string; steps: readonly string[] }
  | { type: 'line'; line: Helpline; detail: boolean; bare?: boolean };

/** The box in one language: its parts in order, and a heading when it follows the box in the other language. */
export interface CrisisPanel {
  lang: SearchLang;
  heading?: string;
  blocks: CrisisBlock[];
}

/** The box for one kind of crisis, in one language. */
export function crisisPanel(kind: CrisisKind, lang: SearchLang): CrisisPanel {
  const w = searchWords(lang);
  const lines = crisisLinesFor(lang);
  const line = (id: '988' | '911' | 'samhsa', detail = false, bare = false): CrisisBlock => ({
    type: 'line',
    line: lines.find((l) => l.id === id)!,
    detail,
    bare,
  });
  const call911: CrisisBlock = { type: 'call911', action: CALL_911_NOW[lang] };
  const blocks: Record<CrisisKind, CrisisBlock[]> = {
    emergency: [
      call911,
      { type: 'steps', heading: w.crisisWaitHeading, steps: w.crisisWaitSteps },
      { type: 'line', line: lang === 'es' ? POISON_LINE_ES : POISON_LINE, detail: true },
      line('988'),
    ],
    suicide: [
      line('988', false, true),
      { type: 'say', strong: w.crisisSuicideStrong, text: w.crisisSuicide },
      line('911', true),
      line('samhsa'),
    ],
    violence: [call911, { type: 'say', text: w.crisisViolence }, line('988')],
  };
  return { lang, blocks: blocks[kind] };
}

/** The whole box: the query's language first, then the page's when they differ. */
export function crisisBox(kind: CrisisKind, queryLang: SearchLang, pageLang: SearchLang): CrisisPanel[] {
  if (queryLang === pageLang) return [crisisPanel(kind, pageLang)];
  return [
    crisisPanel(kind, queryLang),
    { ...crisisPanel(kind, pageLang), heading: searchWords(pageLang).crisisOtherLang },
  ];
}
