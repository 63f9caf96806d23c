/**
 * The questions tool's content, read through the one content reader (read.ts: CRLF- and BOM-safe, errors naming the
 * file and the field) and checked by its schema. The Spanish file must match the English one's ids (twinProblems).
 */
import { join } from 'node:path';
import { readFile } from './read.ts';
import { questionListSchema, twinProblems, type QuestionList } from './questions-schema.ts';

/** Where each language's list lives. */
export const QUESTIONS_FILES = {
  en: 'content/tools/questions.yaml',
  es: 'content/es/tools/questions.yaml',
} as const;

/** The list in a language (`root` is the project folder); a bad file or a Spanish id out of line throws. */
export function readQuestionList(lang: 'en' | 'es', root = '.'): QuestionList {
  const read = (l: 'en' | 'es') => readFile(join(root, QUESTIONS_FILES[l]), questionListSchema).data;
  const english = relabel(() => read('en'), root);
  if (lang === 'en') return english;
  const spanish = relabel(() => read('es'), root);
  const problems = twinProblems(english, spanish, QUESTIONS_FILES.es);
  if (problems.length) throw new Error(problems.join('\n'));
  return spanish;
}

/** Run a read, naming the file as an editor knows it (content/tools/questions.yaml) rather than by `root`. */
function relabel<T>(run: () => T, root: string): T {
  try {
    return run();
  } catch (e) {
    const prefix = join(root, '/');
    const message = (e as Error).message;
    throw new Error(root === '.' || !message.startsWith(prefix) ? message : message.slice(prefix.length));
  }
}

/**
 * Every problem with the questions files, each naming the file and the field: the build's content check and
 * `npm run check:content` report them with the rest of content/ (the page that reads them would fail the same way).
 * Each file is checked on its own; the Spanish ids are compared once both files are sound.
 */
export function questionListProblems(root = '.'): string[] {
  const problems: string[] = [];
  const lists = (['en', 'es'] as const).map((l) => {
    try {
      return relabel(() => readFile(join(root, QUESTIONS_FILES[l]), questionListSchema).data, root);
    } catch (e) {
      problems.push((e as Error).message);
      return undefined;
    }
  });
  if (lists[0] && lists[1]) problems.push(...twinProblems(lists[0], lists[1], QUESTIONS_FILES.es));
  return problems;
}
