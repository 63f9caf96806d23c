// The questions tool's content: both files parse, hold the same ids in the same order, read at the site's level and
// follow its words rules; a bad file fails with the file, the field and the problem.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { QUESTIONS_FILES, readQuestionList } from './questions';
import { questionIds, questionListSchema, twinProblems } from './questions-schema';
import { checkData } from './read';
import { gradeOf } from '../lib/readability';
import { inflesz } from '../lib/readability-es';
import { avoidHits, isAuthoritative } from '../lib/content-rules';

const english = readQuestionList('en');
const spanish = readQuestionList('es');

/** A project folder holding only the questions files, with the English data changed by `edit`. */
function projectWith(edit: (data: Record<string, unknown>) => void, lang: 'en' | 'es' = 'en'): string {
  const root = mkdtempSync(join(tmpdir(), 'questions-'));
  for (const l of ['en', 'es'] as const) {
    const data = parse(readFileSync(QUESTIONS_FILES[l], 'utf8')) as Record<string, unknown>;
    if (l === lang) edit(data);
    mkdirSync(join(root, QUESTIONS_FILES[l], '..'), { recursive: true });
    writeFileSync(join(root, QUESTIONS_FILES[l]), stringify(data));
  }
  return root;
}
type Group = { id: string; title: string; questions: { id: string; text: string; hint?: string }[] };

describe('the questions files', () => {
  it('hold about 25 questions in groups, the same ids in the same order in English and Spanish', () => {
    const ids = questionIds(english);
    expect(ids.length).toBeGreaterThanOrEqual(22);
    expect(ids.length).toBeLessThanOrEqual(28);
    expect(questionIds(spanish)).toEqual(ids);
    expect(spanish.groups.map((g) => g.id)).toEqual(english.groups.map((g) => g.id));
    // The ids the issue names, which links may already use.
    expect(ids).toEqual(expect.arrayContaining(['wait', 'hours', 'telehealth', 'language', 'moud', 'estimate']));
  });

  it('ask what the issue asks: medicines for opioid use by name, Spanish groups, interpreters, a written estimate', () => {
    const text = (id: string, list = english) => list.groups.flatMap((g) => g.questions).find((q) => q.id === id)!.text;
    expect(text('moud')).toMatch(/buprenorphine, methadone or naltrexone/);
    expect(text('moud', spanish)).toMatch(/buprenorfina, metadona o naltrexona/);
    expect(text('language')).toMatch(/interpreters/);
    expect(text('language-groups', spanish)).toMatch(/en español/);
    expect(text('therapies')).toMatch(/CBT, DBT, motivational interviewing or contingency management/);
  });

  it('read at US grade 8 or lower in English and INFLESZ 55 or more in Spanish', () => {
    const words = (list: typeof english) =>
      [list.summary, ...list.groups.flatMap((g) => g.questions.flatMap((q) => [q.text, q.hint ?? '']))].join(' ');
    const grade = gradeOf(words(english)).grade;
    const ease = inflesz(words(spanish)).index;
    console.log(`questions tool: English grade ${grade.toFixed(1)}, Spanish INFLESZ ${ease.toFixed(1)}`);
    expect(grade).toBeLessThanOrEqual(8);
    expect(ease).toBeGreaterThanOrEqual(55);
  });

  it('use none of the words to avoid, address Spanish readers as usted, and cite authoritative sources', () => {
    for (const list of [english, spanish]) {
      const all = JSON.stringify(list);
      expect(avoidHits(all)).toEqual([]);
      for (const s of list.sources) expect(isAuthoritative(s.url), s.url).toBe(true);
    }
    const es = JSON.stringify(spanish.groups);
    expect(es).not.toMatch(/\b(tú|tienes|puedes|quieres|tu plan)\b/i);
  });
});

describe('a bad questions file', () => {
  it('fails with the file, the field and the problem', () => {
    const root = projectWith((data) => {
      const groups = data.groups as Group[];
      groups[0].questions[0].text = 'How soon can I start';
      groups[1].questions[1].id = groups[0].questions[1].id;
      groups[2].questions[0].id = 'Not An Id';
    });
    let message = '';
    try {
      readQuestionList('en', root);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^content\/tools\/questions\.yaml: /);
    expect(message).toContain('groups.0.questions.0.text: must end with a question mark');
    expect(message).toContain('groups.1.questions.1.id: "hours" is also the id of groups.0.questions.1');
    expect(message).toContain('groups.2.questions.0.id: must be lowercase words joined by hyphens');
  });

  it('fails when a Spanish id is out of line with the English list', () => {
    const root = projectWith((data) => {
      const groups = data.groups as Group[];
      groups[1].questions[4].id = 'medicines';
      groups[3].questions.pop();
    }, 'es');
    expect(() => readQuestionList('es', root)).toThrow(
      'content/es/tools/questions.yaml: groups.1.questions.4.id: is "medicines"; the English list has "moud" here',
    );
    expect(() => readQuestionList('es', root)).toThrow(
      /groups\.3\.questions\.3\.id: is missing; the English list has "come-back" here/,
    );
    // The English page is still built from its own file.
    expect(questionIds(readQuestionList('en', root))).toEqual(questionIds(english));
  });

  it('refuses a list too long to print on one page, and review dates more than a year apart', () => {
    const data = parse(readFileSync(QUESTIONS_FILES.en, 'utf8')) as { groups: Group[]; nextReview: string };
    const extra = (i: number) => ({ id: `extra-${i}`, text: 'Is this one more question?' });
    data.groups[0].questions.push(extra(1), extra(2), extra(3));
    data.groups[2].questions.push(extra(4), extra(5), extra(6));
    data.groups[3].questions.push(extra(7), extra(8));
    data.nextReview = '2028-12-31';
    expect(() => checkData(questionListSchema, data, 'x.yaml')).toThrow(/groups: hold 34 questions; keep 12 to 30/);
    expect(() => checkData(questionListSchema, data, 'x.yaml')).toThrow(/nextReview: must be after lastReviewed/);
  });

  it('twinProblems names every group and question out of line', () => {
    const twin = structuredClone(english);
    twin.groups[0].id = 'start';
    twin.groups.pop();
    expect(twinProblems(english, twin, 'es.yaml')).toEqual([
      'es.yaml: groups.0.id: is "start"; the English list has "getting-started" here',
      'es.yaml: groups.3: missing; the English list has group "after" here',
    ]);
    expect(twinProblems(english, structuredClone(english), 'es.yaml')).toEqual([]);
  });
});
