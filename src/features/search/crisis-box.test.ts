import { describe, expect, it } from 'vitest';
import { crisisBox, crisisPanel, type CrisisBlock } from './crisis-box';
import { CALL_911_NOW, POISON_LINE, POISON_LINE_ES, crisisLinesFor } from '../../lib/crisis';
import { searchWords } from './words';

/** A block as a short label: the first number or words a reader meets in it. */
function label(b: CrisisBlock): string {
  if (b.type === 'call911') return b.action.href;
  if (b.type === 'line') return b.line.actions[0].href;
  if (b.type === 'steps') return 'steps';
  return 'say';
}

describe('crisisPanel', () => {
  it.each(['en', 'es'] as const)(
    'emergency (%s): 911 first, then what to do while waiting, Poison Help, 988',
    (lang) => {
      const p = crisisPanel('emergency', lang);
      expect(p.blocks.map(label)).toEqual(['tel:911', 'steps', 'tel:+18002221222', 'tel:988']);
      const steps = p.blocks[1] as Extract<CrisisBlock, { type: 'steps' }>;
      expect(steps.steps.join(' ')).toMatch(
        lang === 'en'
          ? /naloxone.*side.*rescue breaths.*Stay/s
          : /naloxona.*costado.*respiración boca a boca.*Quédese/s,
      );
      expect((p.blocks[0] as Extract<CrisisBlock, { type: 'call911' }>).action.label).toBe(
        lang === 'en' ? 'Call 911 now' : 'Llame al 911 ahora',
      );
    },
  );

  it.each(['en', 'es'] as const)('suicide (%s): 988 first (call and text), then 911, then SAMHSA', (lang) => {
    const p = crisisPanel('suicide', lang);
    expect(p.blocks.map(label)).toEqual(['tel:988', 'say', 'tel:911', 'tel:+18006624357']);
    const line988 = p.blocks[0] as Extract<CrisisBlock, { type: 'line' }>;
    expect(line988.line.actions.map((a) => a.kind)).toEqual(['call', 'text']);
    if (lang === 'es') expect(line988.line.actions.map((a) => a.label).join(' ')).toMatch(/oprima 2.*AYUDA/);
  });

  it.each(['en', 'es'] as const)('violence (%s): 911 first, then 988', (lang) => {
    expect(crisisPanel('violence', lang).blocks.map(label)).toEqual(['tel:911', 'say', 'tel:988']);
  });
});

describe('crisisBox', () => {
  it('one panel when the query is in the page language', () => {
    expect(crisisBox('suicide', 'en', 'en').map((p) => p.lang)).toEqual(['en']);
  });
  it("a query in the other language: that language's panel first, then the page's with a heading", () => {
    const box = crisisBox('emergency', 'es', 'en');
    expect(box.map((p) => [p.lang, p.heading])).toEqual([
      ['es', undefined],
      ['en', 'In English'],
    ]);
    expect(crisisBox('suicide', 'en', 'es')[1].heading).toBe('En español');
  });
});

describe('what each part of the box carries', () => {
  /** Each block as its type and, for a helpline, its id and how it is drawn. */
  const shape = (b: CrisisBlock) =>
    b.type === 'line' ? `${b.line.id}${b.detail ? ' detail' : ''}${b.bare ? ' bare' : ''}` : b.type;

  it.each(['en', 'es'] as const)('draws each helpline as the order needs (%s)', (lang) => {
    expect(crisisPanel('emergency', lang).blocks.map(shape)).toEqual(['call911', 'steps', 'poison detail', '988']);
    expect(crisisPanel('suicide', lang).blocks.map(shape)).toEqual(['988 bare', 'say', '911 detail', 'samhsa']);
    expect(crisisPanel('violence', lang).blocks.map(shape)).toEqual(['call911', 'say', '988']);
  });

  it.each(['en', 'es'] as const)('says its words in the panel language (%s)', (lang) => {
    const w = searchWords(lang);
    expect(crisisPanel('emergency', lang).blocks[1]).toEqual({
      type: 'steps',
      heading: w.crisisWaitHeading,
      steps: w.crisisWaitSteps,
    });
    expect(crisisPanel('emergency', lang).blocks[2]).toMatchObject({
      line: lang === 'es' ? POISON_LINE_ES : POISON_LINE,
    });
    expect(crisisPanel('suicide', lang).blocks[1]).toEqual({
      type: 'say',
      strong: w.crisisSuicideStrong,
      text: w.crisisSuicide,
    });
    expect(crisisPanel('violence', lang).blocks[1]).toEqual({ type: 'say', text: w.crisisViolence });
    expect(crisisPanel('violence', lang).blocks[0]).toEqual({ type: 'call911', action: CALL_911_NOW[lang] });
    for (const kind of ['emergency', 'suicide', 'violence'] as const) {
      const panel = crisisPanel(kind, lang);
      expect(panel.lang).toBe(lang);
      expect(panel.heading).toBeUndefined();
      for (const b of panel.blocks)
        if (b.type === 'line' && b.line.id !== 'poison') expect(crisisLinesFor(lang)).toContain(b.line);
    }
  });

  it('gives the second panel the same parts as the page language alone', () => {
    const [, second] = crisisBox('violence', 'es', 'en');
    expect(second.blocks).toEqual(crisisPanel('violence', 'en').blocks);
    expect(second.lang).toBe('en');
  });
});
