/**
 * The data contract for the questions tool (content/tools/questions.yaml and its Spanish twin): groups of short
 * questions, each with a stable id that is also the tool's address (#q=wait,hours,moud). Pure zod, so tests parse
 * fixtures with the schema the build uses.
 */
import { z } from 'astro/zod';
import { oneYearAfter } from '../lib/dates.ts';
import { slug, sourceSchema } from './schemas.ts';

/** A question id: a short slug, typed into addresses and text messages, so kept to 16 characters. */
const questionId = slug.max(16, 'must be 16 characters or fewer (it is part of a shared address)');

/** One question: its id, its words (ending with "?") and an optional plain explanation of a term it uses. */
const questionSchema = z
  .object({
    id: questionId,
    text: z.string().min(8).max(110).endsWith('?', 'must end with a question mark'),
    /** Shown under the question on screen (not on paper): what a term in it means. */
    hint: z.string().min(10).max(340).optional(),
  })
  .strict();

/** A group of questions under a heading (its id is the heading's anchor). */
const groupSchema = z
  .object({
    id: slug,
    title: z.string().min(3).max(40),
    questions: z.array(questionSchema).min(2).max(12),
  })
  .strict();

/** The whole file. */
export const questionListSchema = z
  .object({
    title: z.string().min(5).max(70),
    description: z.string().min(50).max(160),
    /** The lead under the title: what the tool is for and what to do. */
    summary: z.string().min(20).max(240),
    groups: z.array(groupSchema).min(2).max(6),
    sources: z.array(sourceSchema).min(2),
    lastReviewed: z.coerce.date(),
    nextReview: z.coerce.date(),
  })
  .strict()
  .superRefine((list, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (!(list.nextReview > list.lastReviewed && list.nextReview <= oneYearAfter(list.lastReviewed)))
      issue(['nextReview'], 'must be after lastReviewed and no more than 12 months later');
    // Group ids are section anchors (#paying) and question ids are the choice (#q=cost): keep the two apart.
    const groups = new Map<string, number>();
    list.groups.forEach((g, i) => {
      if (groups.has(g.id)) issue(['groups', i, 'id'], `"${g.id}" is also the id of groups.${groups.get(g.id)}`);
      else groups.set(g.id, i);
    });
    const questions = new Map<string, string>();
    list.groups.forEach((g, i) =>
      g.questions.forEach((q, j) => {
        const path = ['groups', i, 'questions', j, 'id'];
        if (questions.has(q.id)) issue(path, `"${q.id}" is also the id of ${questions.get(q.id)}`);
        else if (groups.has(q.id)) issue(path, `"${q.id}" is also a group's id`);
        questions.set(q.id, `groups.${i}.questions.${j}`);
      }),
    );
    const total = questions.size;
    if (total < 12 || total > 30)
      issue(['groups'], `hold ${total} questions; keep 12 to 30, so the list prints on one page with room for answers`);
  });

/** The questions tool's content, checked. */
export type QuestionList = z.infer<typeof questionListSchema>;

/** Every question id in the list's order (the order of the address and of the printed list). */
export function questionIds(list: Pick<QuestionList, 'groups'>): string[] {
  return list.groups.flatMap((g) => g.questions.map((q) => q.id));
}

/**
 * Problems with a translation: the Spanish file must hold the same groups and question ids, in the same order, so a
 * shared address ticks the same questions in both languages. Each problem names the file and the field.
 */
export function twinProblems(english: QuestionList, twin: QuestionList, file: string): string[] {
  const problems: string[] = [];
  const max = Math.max(english.groups.length, twin.groups.length);
  for (let i = 0; i < max; i++) {
    const en = english.groups[i];
    const tw = twin.groups[i];
    if (!tw) {
      problems.push(`${file}: groups.${i}: missing; the English list has group "${en.id}" here`);
      continue;
    }
    if (!en) {
      problems.push(`${file}: groups.${i}: group "${tw.id}" is not in the English list`);
      continue;
    }
    if (en.id !== tw.id) problems.push(`${file}: groups.${i}.id: is "${tw.id}"; the English list has "${en.id}" here`);
    const n = Math.max(en.questions.length, tw.questions.length);
    for (let j = 0; j < n; j++) {
      const want = en.questions[j]?.id;
      const got = tw.questions[j]?.id;
      if (want === got) continue;
      problems.push(
        `${file}: groups.${i}.questions.${j}.id: ${got ? `is "${got}"` : 'is missing'}; ` +
          (want ? `the English list has "${want}" here` : 'the English list has no question here'),
      );
    }
  }
  return problems;
}
