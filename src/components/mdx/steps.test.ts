import { describe, expect, it } from 'vitest';
import { renderSteps, stepLogicHtml, toStepByStep, withListRole } from './steps';

describe('withListRole', () => {
  it('adds role="list" to an ordered list, keeping its attributes', () => {
    expect(withListRole('<ol start="2"><li>a</li></ol>')).toBe('<ol role="list" start="2"><li>a</li></ol>');
    expect(withListRole('<ol><li>a</li></ol>')).toBe('<ol role="list"><li>a</li></ol>');
  });
  it('leaves a role that is already there and other elements alone', () => {
    expect(withListRole('<ol role="list"><li><ul><li>x</li></ul></li></ol>')).toBe(
      '<ol role="list"><li><ul><li>x</li></ul></li></ol>',
    );
    expect(withListRole('<p>old</p><ol>')).toBe('<p>old</p><ol role="list">');
  });
  it('fails with a clear message when the steps hold no numbered list', () => {
    expect(() => withListRole('<ul><li>a</li></ul>')).toThrow(/numbered list/);
  });
});

const EN = { step: 'Step', or: 'or', and: 'and' };
const ES = { step: 'Paso', or: 'o', and: 'y' };

describe('toStepByStep (a journey: headings, with "or" and "and" between steps)', () => {
  const slot = [
    '<h2 id="talk">Talk to someone</h2>\n<p>A doctor.</p>',
    stepLogicHtml('or', EN),
    '<h2 id="straight">Go straight to a program</h2>\n<p>Call one.</p>',
    '<h2 id="find">Find programs</h2>\n<p>Search.</p>',
    stepLogicHtml('and', EN),
    '<h2 id="insurance">Check your insurance</h2>\n<p>Ask.</p>',
  ].join('\n');
  const html = toStepByStep(slot, EN);

  it('makes one ordered list with one item per heading, keeping the headings and their ids', () => {
    expect(html.startsWith('<ol role="list" class="step-by-step">')).toBe(true);
    expect(html.match(/<li /g)).toHaveLength(4);
    expect([...html.matchAll(/<h2 id="([a-z]+)">/g)].map((m) => m[1])).toEqual([
      'talk',
      'straight',
      'find',
      'insurance',
    ]);
  });
  it('numbers the steps inside their headings, and labels a step after <Or /> or <And /> with the word', () => {
    expect(html).toContain(
      '<h2 id="talk"><span class="step-circle" data-pagefind-ignore><span class="sr-only">Step </span>1<span class="sr-only">:</span></span> Talk to someone</h2>',
    );
    expect(html).toContain(
      '<li class="step step-or"><h2 id="straight"><span class="step-circle step-circle-logic" data-pagefind-ignore>or</span> Go',
    );
    expect(html).toContain('<span class="sr-only">Step </span>2<span class="sr-only">:</span></span> Find programs');
    expect(html).toContain(
      '<li class="step step-and"><h2 id="insurance"><span class="step-circle step-circle-logic" data-pagefind-ignore>and</span>',
    );
    expect(html).not.toContain('step-logic"');
  });
  it('speaks the page language', () => {
    const es = toStepByStep(`<h3 id="a">Uno</h3>${stepLogicHtml('or', ES)}<h3 id="b">Dos</h3>`, ES);
    expect(es).toContain('<span class="sr-only">Paso </span>1');
    expect(es).toContain('<span class="step-circle step-circle-logic" data-pagefind-ignore>o</span> Dos');
  });
  it('fails clearly on text before the first step or a connector that is not between two steps', () => {
    expect(() => toStepByStep('<p>Intro</p><h2 id="a">A</h2>', EN)).toThrow(/before the first step heading/);
    expect(() => toStepByStep(`${stepLogicHtml('or', EN)}<h2 id="a">A</h2>`, EN)).toThrow(/between two steps/);
    expect(() => toStepByStep(`<h2 id="a">A</h2>${stepLogicHtml('and', EN)}`, EN)).toThrow(/not after the last/);
    expect(() => toStepByStep('<p>No steps</p>', EN)).toThrow(/headings/);
  });
});

describe('renderSteps', () => {
  it('keeps a numbered list a numbered list (the overdose steps), and makes headings a journey', () => {
    expect(renderSteps('<ol><li><strong>Call 911.</strong></li></ol>', EN)).toBe(
      '<ol role="list"><li><strong>Call 911.</strong></li></ol>',
    );
    expect(renderSteps('<h2 id="a">A</h2><p>x</p>', EN)).toContain('class="step-by-step"');
  });
});

describe('toStepByStep with the headings the site renders (wrapped with their "link to this section" anchor)', () => {
  it('starts each step at the wrapper and puts the number inside the heading', () => {
    const wrap = (id: string, t: string) =>
      `<div class="heading-wrap"><h2 id="${id}">${t}</h2><a href="#${id}" class="self-link">#</a></div>`;
    const html = toStepByStep(`${wrap('a', 'A')}\n<p>x</p>\n${stepLogicHtml('or', EN)}\n${wrap('b', 'B')}<p>y</p>`, EN);
    expect(html.match(/<li /g)).toHaveLength(2);
    expect(html).toContain(
      '<li class="step"><div class="heading-wrap"><h2 id="a"><span class="step-circle" data-pagefind-ignore><span class="sr-only">Step </span>1',
    );
    expect(html).toContain(
      '<div class="heading-wrap"><h2 id="b"><span class="step-circle step-circle-logic" data-pagefind-ignore>or</span> B',
    );
  });
});
