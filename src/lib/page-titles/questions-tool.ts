/**
 * The questions tool page's own section ids and headings (its groups come from content/), for the tool and the link
 * builder. An id is part of an address a clinic may print: it never changes, in either language.
 */
import type { Lang } from '../../i18n/lang.ts';

/** Heading ids the questions tool's page owns besides its groups (whose ids and titles come from content/). */
export const QUESTIONS_TOOL_SECTIONS = { actions: 'print-and-share', more: 'more-to-read' } as const;

/** The questions tool's own section headings, by the keys of QUESTIONS_TOOL_SECTIONS. */
export const QUESTIONS_TOOL_TITLES = {
  en: { actions: 'Print or share your list', more: 'More to read' },
  es: { actions: 'Imprima o comparta su lista', more: 'Para leer más' },
} as const satisfies Record<Lang, Record<keyof typeof QUESTIONS_TOOL_SECTIONS, string>>;
