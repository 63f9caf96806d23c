/**
 * Content's words for readers as plain text, with the real values: a level's number from content/levels, a dated
 * fact's words in the page's language on the build's day. Meta descriptions, link previews, JSON-LD answers and search
 * excerpts all come through here (and src/lib/plain-text.ts), so they say what the page says.
 */
import type { Lang } from '../i18n/lang.ts';
import { fieldText, plainText, type ComponentText, type TextOptions } from '../lib/plain-text.ts';
import type { Level } from './levels-schema.ts';
import { levelFact } from './levels.ts';
import { factText, factTextOn, type Facts } from './facts.ts';

/** What the text of a page needs to know: its language, the day it is built for, and the data values come from. */
export interface TextContext {
  lang: Lang;
  day: Date;
  levels: Record<string, Level>;
  facts: Facts;
}

/**
 * The words each content component reads as: <N k> and <Fact id> their values; the crisis box, the levels table
 * and the comparison nothing (they are not the page's own prose); anything else the text inside it.
 */
export function componentWords(ctx: TextContext): ComponentText {
  return (name, attributes) => {
    if (name === 'N') return String(levelFact(ctx.levels, attributes.k ?? ''));
    if (name === 'Fact')
      return attributes.on === undefined
        ? factText(ctx.facts, attributes.id ?? '', ctx.lang, ctx.day)
        : factTextOn(ctx.facts, attributes.id ?? '', ctx.lang, attributes.on);
    if (name === 'GetHelp' || name === 'LevelsTable' || name === 'Compare') return '';
    return undefined;
  };
}

/** The plain text of an MDX body as a reader sees it (headings and tables kept unless told otherwise). */
export function readerText(body: string, ctx: TextContext, options: TextOptions = { headings: true, tables: true }) {
  return plainText(body, componentWords(ctx), options);
}

/** A frontmatter string (such as an article's key point) with its <Fact> and <N> tags given their words. */
export function readerField(text: string, ctx: TextContext): string {
  return fieldText(text, componentWords(ctx));
}
