/** FAQ and glossary grouping and checks: pure, so tests reach them without a build. */
import { TOPICS, topicInfo, type Topic } from './topics';

/** The FAQ fields grouping needs. */
export interface FaqRef {
  id: string;
  question: string;
  topic: Topic;
  order: number;
  article: string;
  section?: string;
}

/** Every cross-link must point at a real article; the error names the file. */
export function checkArticleLinks(
  items: readonly { id: string; article?: string }[],
  articleIds: readonly string[],
  folder: string,
): void {
  for (const item of items) {
    if (item.article && !articleIds.includes(item.article)) {
      throw new Error(`content/${folder}/${item.id}: article: no article "${item.article}"`);
    }
  }
}

/** FAQs grouped by topic (fixed topic order), sorted by order then question. */
export function groupFaqs<T extends FaqRef>(
  faqs: readonly T[],
  lang: 'en' | 'es' = 'en',
): { topic: Topic; label: string; items: T[] }[] {
  return TOPICS.map((topic) => ({
    topic,
    label: topicInfo(lang)[topic].label,
    items: faqs
      .filter((f) => f.topic === topic)
      .sort((a, b) => a.order - b.order || a.question.localeCompare(b.question, lang)),
  })).filter((g) => g.items.length > 0);
}

/** Glossary terms A to Z, grouped by first letter (digits go under "#"), each group with its anchor id. */
export function glossaryByLetter<T extends { term: string }>(
  terms: readonly T[],
  lang: 'en' | 'es' = 'en',
): { letter: string; anchor: string; items: T[] }[] {
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, lang, { sensitivity: 'base' }));
  const groups = new Map<string, T[]>();
  for (const t of sorted) {
    // Accents do not make a letter of their own ("Área" goes under A).
    const first = t.term.normalize('NFD')[0].toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), t]);
  }
  return [...groups].map(([letter, items]) => ({
    letter,
    anchor: `letter-${letter === '#' ? 'num' : letter.toLowerCase()}`,
    items,
  }));
}

/** A meta description for an FAQ answer page: the answer's opening, cut at a word to 50-160 characters. */
export function faqDescription(question: string, answerProse: string): string {
  const text = answerProse.replace(/\s+/g, ' ').trim();
  if (text.length <= 158) return text.length >= 50 ? text : `${question} ${text}`.slice(0, 158);
  const cut = text.slice(0, 157);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
