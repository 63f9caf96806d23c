/**
 * The one way content becomes plain text: meta descriptions, link previews, JSON-LD, search excerpts and readability
 * all read a page's words through here. The MDX is parsed by satteri, the compiler Astro's MDX uses, so the text is
 * what the page shows; components in content (<N k>, <Fact id>) are given their words by the caller, which knows the
 * real values (src/model/text.ts) or, for readability only, a stand-in word. Pure: no clock, no files.
 */
import { mdxToMdast } from 'satteri';

/**
 * What a component in content reads as: its words, or undefined to read its children instead (a <Note> or
 * <Questions> reads as the text inside it).
 */
export type ComponentText = (name: string, attributes: Readonly<Record<string, string>>) => string | undefined;

/**
 * The parser features the site's Markdown uses: Astro's defaults, which astro.config.mjs keeps (GFM tables and lists,
 * and smart punctuation, so "someone else's" reads "someone else’s" as on the page).
 */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: true } as const;

/** Which blocks count as text (readability leaves headings and tables out; a page's text keeps them). */
export interface TextOptions {
  headings?: boolean;
  tables?: boolean;
}

interface Node {
  type: string;
  value?: string;
  name?: string | null;
  alt?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** A component's literal string attributes (expressions are not content's business and are left out). */
function attributesOf(node: Node): Record<string, string> {
  return Object.fromEntries(
    (node.attributes ?? [])
      .filter((a) => a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string')
      .map((a) => [a.name!, a.value as string]),
  );
}

/** The words of inline content. */
function inline(nodes: readonly Node[] | undefined, component: ComponentText): string {
  return (nodes ?? [])
    .map((n) => {
      switch (n.type) {
        case 'text':
        case 'inlineCode':
          return n.value ?? '';
        case 'break':
          return ' ';
        case 'image':
          return n.alt ?? '';
        case 'mdxJsxTextElement':
          return component(n.name ?? '', attributesOf(n)) ?? inline(n.children, component);
        case 'mdxTextExpression': // {/* #id */} and other comments
        case 'html':
        case 'footnoteReference':
          return '';
        default:
          return inline(n.children, component);
      }
    })
    .join('');
}

/** Collapse white space the way a browser shows it. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text of MDX or Markdown content as units a reader meets one at a time: each paragraph, list item, table row
 * and (if asked) heading. Code blocks, HTML, imports and expressions are left out.
 */
export function textUnits(source: string, component: ComponentText, options: TextOptions = {}): string[] {
  const units: string[] = [];
  const push = (text: string) => {
    const t = tidy(text);
    if (t) units.push(t);
  };
  const flow = (nodes: readonly Node[] | undefined) => {
    for (const n of nodes ?? []) {
      switch (n.type) {
        case 'paragraph':
          push(inline(n.children, component));
          break;
        case 'heading':
          if (options.headings) push(inline(n.children, component));
          break;
        case 'table':
          if (options.tables)
            for (const row of n.children ?? [])
              push((row.children ?? []).map((cell) => inline(cell.children, component)).join(' · '));
          break;
        case 'mdxJsxFlowElement': {
          const own = component(n.name ?? '', attributesOf(n));
          if (own === undefined) flow(n.children);
          else push(own);
          break;
        }
        case 'code':
        case 'html':
        case 'mdxjsEsm':
        case 'mdxFlowExpression':
        case 'yaml':
        case 'toml':
        case 'thematicBreak':
        case 'definition':
          break;
        default: // root, list, listItem, blockquote, footnoteDefinition: their blocks
          flow(n.children);
      }
    }
  };
  flow((mdxToMdast(source, { position: false, features: MARKDOWN_FEATURES }) as Node).children);
  return units;
}

/** The text of MDX or Markdown content as one string (units joined by spaces), e.g. an FAQ answer's text. */
export function plainText(source: string, component: ComponentText, options: TextOptions = {}): string {
  return textUnits(source, component, options).join(' ');
}

/**
 * A frontmatter string (plain text, not Markdown) with its <Fact id="..." /> (or <Fact id="..." on="..." />) and
 * <N k="..." /> tags given their words. Frontmatter is not parsed as MDX: a key point may hold "*" or "{" and mean them literally.
 */
export function fieldText(text: string, component: ComponentText): string {
  const tags = /<(Fact|N)\s+(id|k)="([^"]*)"(?:\s+(on)="([^"]*)")?\s*\/>/g;
  return text.replace(tags, (tag, name: string, attr: string, value: string, onAttr?: string, on?: string) => {
    const words = component(name, onAttr ? { [attr]: value, on: on! } : { [attr]: value });
    if (words === undefined) throw new Error(`${tag}: no words for this component`);
    return words;
  });
}

/** The first `n` sentences of a text. */
export function firstSentences(text: string, n = 2): string {
  return (text.match(/.+?[.!?](?=\s|$)/g) ?? [text])
    .slice(0, n)
    .map((s) => s.trim())
    .join(' ');
}
