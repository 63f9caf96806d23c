/** The questions tool's linkable sections (heading id -> title), for the link builder, as the page shows them. */
import type { QuestionList } from '../../model/questions-schema';
import { UI } from '../../i18n/strings';
import { WORDS, type Lang } from './words';

/** Heading ids the tool's page owns besides its groups. */
export const SECTION_IDS = { actions: 'print-and-share', more: 'more-to-read' } as const;

/** Every section of the tool's page: its groups of questions, then print and share, more to read and sources. */
export function questionsToolSections(list: Pick<QuestionList, 'groups'>, lang: Lang): Record<string, string> {
  const words = WORDS[lang];
  return {
    ...Object.fromEntries(list.groups.map((g) => [g.id, g.title])),
    [SECTION_IDS.actions]: words.yourList,
    [SECTION_IDS.more]: words.more,
    sources: UI[lang].sources,
  };
}
