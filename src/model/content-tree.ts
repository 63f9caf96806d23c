/**
 * A content body as a tree, read by the parser the build renders with (satteri, which Astro's Markdown and MDX
 * use), so the checks see what the build will see: MDX's components, expressions and imports as their own nodes,
 * character references already decoded ("&#106;avascript:" is "javascript:"), reference links with their
 * definitions, and raw HTML in Markdown files parsed as HTML. Never patterns over the text.
 */
import Slugger from 'github-slugger';
import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';

/** A node of the parsed tree (mdast with MDX's nodes, or hast for raw HTML): the fields the checks read. */
export interface TreeNode {
  type: string;
  children?: TreeNode[];
  /** Text, code, an expression's source, or raw HTML. */
  value?: string;
  /** A link's, an image's or a definition's URL (character references decoded). */
  url?: string;
  /** A heading's level. */
  depth?: number;
  /** A JSX element's name (null for a fragment, <>...</>). */
  name?: string | null;
  attributes?: TreeAttribute[];
  /** A definition's label. */
  label?: string;
  /** An HTML element's tag and properties (raw HTML in Markdown, parsed). */
  tagName?: string;
  properties?: Record<string, unknown>;
  position?: { start: { line: number } };
}

/** An attribute of a JSX element: a quoted value, a value in braces, a bare name (value null), or a spread. */
export interface TreeAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string };
}

/** Markdown (.md: raw HTML is text to the parser) or MDX (.mdx: JSX, expressions, import/export). */
export type BodyFormat = 'md' | 'mdx';

/** The format of a content file, by its extension. */
export function formatOf(file: string): BodyFormat {
  return file.endsWith('.mdx') ? 'mdx' : 'md';
}

/** A body the parser cannot read: the message and the body line it points at. */
export class ParseError extends Error {
  /** The body line (1-based), when the parser names one. */
  readonly line: number | null;
  constructor(message: string, line: number | null) {
    super(message);
    this.line = line;
  }
}

/** Parse a body (Markdown or MDX, without its frontmatter) into its tree; throws ParseError when it is not valid. */
export function parseBody(body: string, format: BodyFormat): TreeNode {
  try {
    return (format === 'mdx' ? mdxToMdast(body) : markdownToMdast(body)) as unknown as TreeNode;
  } catch (e) {
    // The parser says where: "5:1: Unexpected character ... (mdx-jsx:unexpected-character)".
    const text = (e as Error).message;
    const m = /^(\d+):\d+: ([\s\S]*?)(?: \([a-z-]+:[a-z-]+\))?$/.exec(text);
    throw new ParseError(m ? m[2] : text, m ? Number(m[1]) : null);
  }
}

/** Raw HTML (from a Markdown file) as a tree of HTML elements, the way a browser would read it. */
export function parseHtml(html: string): TreeNode {
  return htmlToHast(html, { fragment: true }) as unknown as TreeNode;
}

/** Visit every node under `node` (itself first), with its parent. */
export function walk(node: TreeNode, visit: (node: TreeNode, parent: TreeNode | null) => void): void {
  const go = (n: TreeNode, parent: TreeNode | null) => {
    visit(n, parent);
    for (const c of n.children ?? []) go(c, n);
  };
  go(node, null);
}

/** The text a reader sees in a node (what a heading's id is made from): text and code, not expressions. */
export function textOf(node: TreeNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return '';
  return (node.children ?? []).map(textOf).join('');
}

/**
 * An explicit heading id: a comment at the end of a heading, `## ¿Qué es? {/* #what-iop-means *\/}`. A Spanish
 * section keeps its English twin's id this way. The comment is the whole expression, so it runs nothing.
 */
export const EXPLICIT_ID = /^\s*\/\*\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;

/** One heading of a body: its level, id (as the build gives it), words and line. */
export interface Heading {
  depth: number;
  id: string;
  text: string;
  line: number;
}

/**
 * The headings of a parsed body with the ids the build gives them: the explicit id when there is one, else
 * github-slugger over the heading's text, one slugger per document (as src/features/section-links does).
 */
export function headingsOf(tree: TreeNode): Heading[] {
  const slugger = new Slugger();
  const headings: Heading[] = [];
  walk(tree, (n) => {
    if (n.type !== 'heading') return;
    const comment = (n.children ?? []).find((c) => c.type === 'mdxTextExpression' && EXPLICIT_ID.test(c.value ?? ''));
    const text = textOf(n).trim();
    const id = comment ? EXPLICIT_ID.exec(comment.value!)![1] : slugger.slug(text);
    headings.push({ depth: n.depth ?? 0, id, text, line: n.position?.start.line ?? 0 });
  });
  return headings;
}
