// The questions tool rendered through Astro's Container API, in English and Spanish, with the real lists and a
// changed one: the full list for readers without JavaScript, the controls for readers with it, and the sheet's parts.
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import QuestionsTool from './QuestionsTool.astro';
import { readQuestionList } from '../../model/questions';
import { questionIds } from '../../model/questions-schema';
import { decodeSvg } from '../../../tests/helpers/qr';

const container = await AstroContainer.create();
const SITE = 'https://iopguide.org';

async function render(lang: 'en' | 'es', props: Record<string, unknown> = {}) {
  const path = lang === 'es' ? '/es/tools/questions/' : '/tools/questions/';
  const html = await container.renderToString(QuestionsTool, {
    props: { site: SITE, ...props },
    request: new Request(SITE + path),
  });
  return { html, document: parseHTML(`<!doctype html><html><body>${html}</body></html>`).document, path };
}

describe('QuestionsTool', () => {
  it('renders every question in its group, as a fieldset with a legend, in the list’s order', async () => {
    const list = readQuestionList('en');
    const { document } = await render('en');
    const tool = document.querySelector('iop-questions')!;
    expect(tool.getAttribute('data-known')).toBe(questionIds(list).join(','));
    expect(tool.getAttribute('data-url')).toBe(`${SITE}/tools/questions/`);
    expect(tool.getAttribute('data-lang')).toBe('en');
    const fieldsets = [...document.querySelectorAll('form[data-form] fieldset')];
    expect(fieldsets.map((f) => f.querySelector('legend > h2')!.id)).toEqual(list.groups.map((g) => g.id));
    expect(fieldsets.map((f) => f.querySelector('legend')!.textContent!.trim())).toEqual(
      list.groups.map((g) => g.title),
    );
    const boxes = [...document.querySelectorAll('input[type="checkbox"][name="q"]')];
    expect(boxes.map((b) => b.getAttribute('value'))).toEqual(questionIds(list));
    // Each checkbox is inside its label with the question's words, and points at its hint when it has one.
    const questions = list.groups.flatMap((g) => g.questions);
    boxes.forEach((box, i) => {
      expect(box.closest('label')!.textContent!.trim()).toBe(questions[i].text);
      const hint = box.getAttribute('aria-describedby');
      if (questions[i].hint) expect(document.getElementById(hint!)!.textContent!.trim()).toBe(questions[i].hint);
      else expect(hint).toBeNull();
    });
  });

  it('without JavaScript shows boxes to tick on paper and says how; the controls wait for the js class', async () => {
    const { document } = await render('en');
    for (const box of document.querySelectorAll('input[name="q"]'))
      expect(box.getAttribute('class')).toMatch(/\bhidden\b.*\bjs:block\b/);
    expect(document.querySelectorAll('.qt-box.js\\:hidden')).toHaveLength(document.querySelectorAll('.qt-item').length);
    const paper = document.querySelector('.qt-how.js\\:hidden')!;
    expect(paper.textContent).toContain('To use this list on paper, print this page');
    const actions = document.querySelector('.qt-actions')!;
    expect(actions.getAttribute('class')).toMatch(/\bhidden\b.*\bjs:block\b/);
    expect(actions.hasAttribute('data-pagefind-ignore')).toBe(true);
    // The live count and the status line are polite live regions.
    const count = document.querySelector('[data-count]')!;
    expect(count.getAttribute('role')).toBe('status');
    expect(count.getAttribute('aria-live')).toBe('polite');
    expect(count.textContent!.trim()).toBe('No questions chosen yet. All 26 will print.');
    expect(document.querySelector('[data-message]')!.getAttribute('role')).toBe('status');
    // Share shows only where the browser can share; the QR code waits for its button.
    expect(document.querySelector('[data-action="share"]')!.hasAttribute('hidden')).toBe(true);
    expect(document.querySelector('#qt-qr')!.hasAttribute('hidden')).toBe(true);
    expect(document.querySelector('[data-action="qr"]')!.getAttribute('aria-controls')).toBe('qt-qr');
  });

  it('starts its text message, address and QR codes with the page’s public address', async () => {
    const { document } = await render('en');
    const sms = document.querySelector('a[data-sms]')!.getAttribute('href')!;
    expect(sms.startsWith('sms:?&body=')).toBe(true);
    expect(decodeURIComponent(sms.slice('sms:?&body='.length))).toBe(
      `Questions to ask a program, from IOP Guide: ${SITE}/tools/questions/`,
    );
    for (const el of document.querySelectorAll('[data-address]'))
      expect(el.textContent!.trim()).toBe(`${SITE}/tools/questions/`);
    for (const holder of document.querySelectorAll('[data-qr], [data-print-qr]')) {
      const svg = holder.querySelector('svg')!;
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toBe(
        `QR code that opens “Questions to ask a program”: ${SITE}/tools/questions/`,
      );
      expect(decodeSvg(holder.innerHTML)).toBe(`${SITE}/tools/questions/`);
    }
  });

  it('puts the sheet’s parts on paper only: lines to fill in, answer boxes and the crisis lines', async () => {
    const { document } = await render('en');
    expect(document.querySelector('.qt-fill')!.getAttribute('class')).toContain('print-only');
    expect(document.querySelectorAll('.qt-answer.print-only')).toHaveLength(26);
    const foot = document.querySelector('.qt-sheet-foot.print-only')!;
    expect(foot.textContent).toContain('Call 988');
    expect(foot.textContent).toContain('1-800-662-4357');
    expect(foot.textContent).toContain('Call 911');
    for (const hint of document.querySelectorAll('.qt-hint')) expect(hint.getAttribute('class')).toContain('no-print');
  });

  it('speaks Spanish on the Spanish page, with the same ids in the same places', async () => {
    const en = await render('en');
    const es = await render('es');
    const ids = (d: Document) => [...d.querySelectorAll('input[name="q"]')].map((b) => b.getAttribute('value'));
    expect(ids(es.document)).toEqual(ids(en.document));
    expect(es.document.querySelector('h1')!.textContent).toBe('Preguntas para hacerle a un programa');
    expect(es.document.querySelector('iop-questions')!.getAttribute('data-url')).toBe(`${SITE}/es/tools/questions/`);
    expect(es.document.querySelector('[data-count]')!.textContent!.trim()).toBe(
      'Todavía no eligió preguntas. Se imprimirán las 26.',
    );
    expect(es.document.querySelector('.qt-sheet-foot')!.textContent).toContain('Llame al 988 y oprima 2');
    expect(es.html).toContain('Código QR que abre');
  });

  it('renders the list it is given', async () => {
    const list = structuredClone(readQuestionList('en'));
    list.groups = list.groups.slice(0, 2);
    list.groups[0].questions = list.groups[0].questions.slice(0, 2);
    const { document } = await render('en', { list });
    expect(document.querySelector('iop-questions')!.getAttribute('data-known')).toBe(questionIds(list).join(','));
    expect(document.querySelectorAll('fieldset')).toHaveLength(2);
    expect(document.querySelector('[data-count]')!.textContent).toContain(`All ${questionIds(list).length} will print`);
  });
});
