import { describe, expect, it } from 'vitest';
import { smsHref } from '../../lib/crisis';
import { choiceUrl, fragmentFor, inOrder, listText, parseFragment, printedIds, smsLink, toggle } from './state';
import { WORDS } from './words';

const KNOWN = ['wait', 'hours', 'telehealth', 'moud', 'cost', 'step-down'];
const PAGE = 'https://iopguide.org/tools/questions/';

describe('reading the fragment', () => {
  it('reads the chosen ids in the list’s order, whatever order the link gives', () => {
    expect(parseFragment('#q=moud,wait,hours', KNOWN)).toEqual({
      ids: ['wait', 'hours', 'moud'],
      unknown: 0,
      present: true,
    });
    expect(parseFragment('q=step-down', KNOWN).ids).toEqual(['step-down']);
  });

  it('ignores unknown ids quietly, and counts them so the page can say so', () => {
    expect(parseFragment('#q=wait,teleport,moud,zzz', KNOWN)).toEqual({
      ids: ['wait', 'moud'],
      unknown: 2,
      present: true,
    });
  });

  it('takes upper case, spaces, plus signs, encoded commas and repeats', () => {
    expect(parseFragment('#q=WAIT%2Chours+moud%20wait,,', KNOWN).ids).toEqual(['wait', 'hours', 'moud']);
    expect(parseFragment('#Q=wait', KNOWN).ids).toEqual(['wait']);
    expect(parseFragment('#x=1&q=cost&y=2', KNOWN).ids).toEqual(['cost']);
  });

  it('tells a choice apart from a section link or an empty address', () => {
    expect(parseFragment('#paying', KNOWN)).toEqual({ ids: [], unknown: 0, present: false });
    expect(parseFragment('', KNOWN).present).toBe(false);
    expect(parseFragment('#', KNOWN).present).toBe(false);
    expect(parseFragment('#q=', KNOWN)).toEqual({ ids: [], unknown: 0, present: true });
    expect(parseFragment('#q', KNOWN)).toEqual({ ids: [], unknown: 0, present: true });
  });

  it('never throws on a malformed or hostile fragment', () => {
    const inputs: unknown[] = [
      '#q=%E0%A4%A',
      '#q=%',
      '#q=<script>alert(1)</script>',
      '#q=' + 'wait,'.repeat(5000),
      '#q=constructor,__proto__,toString',
      '#&&&==',
      undefined,
      null,
      42,
      { hash: '#q=wait' },
    ];
    for (const input of inputs) expect(() => parseFragment(input, KNOWN), String(input)).not.toThrow();
    expect(parseFragment('#q=%E0%A4%A', KNOWN)).toEqual({ ids: [], unknown: 1, present: true });
    expect(parseFragment('#q=constructor,__proto__,toString', KNOWN)).toEqual({ ids: [], unknown: 3, present: true });
    expect(parseFragment('#q=' + 'wait,'.repeat(5000), KNOWN).ids).toEqual(['wait']);
    expect(parseFragment(null, KNOWN).present).toBe(false);
  });
});

describe('writing the fragment and the link', () => {
  it('writes ids in the list’s order, and nothing when nothing is chosen', () => {
    expect(fragmentFor(['moud', 'wait'], KNOWN)).toBe('#q=wait,moud');
    expect(fragmentFor(['moud', 'nope'], KNOWN)).toBe('#q=moud');
    expect(fragmentFor([], KNOWN)).toBe('');
  });

  it('reads back what it writes', () => {
    const ids = ['step-down', 'hours', 'cost'];
    expect(parseFragment(fragmentFor(ids, KNOWN), KNOWN).ids).toEqual(inOrder(ids, KNOWN));
  });

  it('makes the address that reopens a choice, replacing any fragment the page had', () => {
    expect(choiceUrl(PAGE, ['wait', 'moud'], KNOWN)).toBe(`${PAGE}#q=wait,moud`);
    expect(choiceUrl(`${PAGE}#paying`, ['hours'], KNOWN)).toBe(`${PAGE}#q=hours`);
    expect(choiceUrl(`${PAGE}#q=wait`, [], KNOWN)).toBe(PAGE);
  });
});

describe('the chosen list', () => {
  it('ticks and unticks one question, keeping the list’s order and ignoring unknown ids', () => {
    expect(toggle(['moud'], 'wait', true, KNOWN)).toEqual(['wait', 'moud']);
    expect(toggle(['wait', 'moud'], 'wait', false, KNOWN)).toEqual(['moud']);
    expect(toggle(['wait'], 'wait', true, KNOWN)).toEqual(['wait']);
    expect(toggle(['wait'], 'teleport', true, KNOWN)).toEqual(['wait']);
  });

  it('prints the chosen questions, or all of them when none are chosen', () => {
    expect(printedIds(['moud', 'wait'], KNOWN)).toEqual(['wait', 'moud']);
    expect(printedIds([], KNOWN)).toEqual(KNOWN);
    expect(printedIds(['teleport'], KNOWN)).toEqual(KNOWN);
  });

  it('copies as numbered questions under a title, then the link', () => {
    expect(listText('Questions to ask a program', ['How soon?', 'Who pays?'], `${PAGE}#q=wait`)).toBe(
      `Questions to ask a program\n\n1. How soon?\n2. Who pays?\n\n${PAGE}#q=wait`,
    );
  });
});

describe('the text message', () => {
  it('is an sms: link with no number and the link in its body, as the helplines’ links are written', () => {
    const url = `${PAGE}#q=wait,moud`;
    const body = WORDS.en.smsBody(url);
    expect(body).toBe(`Questions to ask a program, from IOP Guide: ${url}`);
    expect(smsLink(body)).toBe(smsHref('', body));
    expect(smsLink(body)).toBe(`sms:?&body=${encodeURIComponent(body)}`);
    // The body decodes back to the whole link, fragment and all.
    expect(decodeURIComponent(smsLink(body).split('&body=')[1])).toContain('#q=wait,moud');
    expect(WORDS.es.smsBody(url)).toBe(`Preguntas para hacerle a un programa, de IOP Guide: ${url}`);
  });
});

describe('the live count', () => {
  it('says how many are chosen, and that all print when none are', () => {
    expect(WORDS.en.count(0, 26)).toBe('No questions chosen yet. All 26 will print.');
    expect(WORDS.en.count(1, 26)).toBe('1 of 26 questions chosen.');
    expect(WORDS.es.count(3, 26)).toBe('3 de 26 preguntas elegidas.');
    expect(WORDS.es.unknown(1)).toContain('1 pregunta');
    expect(WORDS.en.unknown(2)).toContain('2 questions');
  });
});
