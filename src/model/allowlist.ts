/**
 * Content is data, never code: the allowlist every Markdown and MDX body must pass, checked on its parsed tree
 * (./content-tree.ts). A body may hold Markdown, the components authors may use (each with its props written as
 * quoted values of the expected kind), a short list of HTML elements, and links that ./url-rules.ts accepts. It may
 * not hold an expression of any kind (inline, block, in a prop, or a spread: MDX runs them as code when the site is
 * built), an import or export, any other element, or any other address. The one brace form allowed is a heading's
 * explicit id, `{/* #id *\/}`, which is a comment and runs nothing. Pure: the caller passes the components.
 */
import { EXPLICIT_ID, parseHtml, walk, type BodyFormat, type TreeAttribute, type TreeNode } from './content-tree.ts';
import { addressProblem, type Accepts } from './url-rules.ts';

/** The kinds of value a prop may take, each with the rule shown to authors. Every value is a quoted literal. */
export const PROP_TYPES = {
  text: { rule: 'words on one line', test: (v: string) => v.trim() !== '' && v.length <= 200 && !/[\n\r]/.test(v) },
  id: { rule: 'an id of lowercase words and hyphens, e.g. "iop-vs-php"', test: (v: string) => ID.test(v) },
  ids: {
    rule: 'ids of lowercase words and hyphens, separated by spaces, e.g. "iop php"',
    test: (v: string) =>
      v.trim() !== '' &&
      v
        .trim()
        .split(/ +/)
        .every((x) => ID.test(x)),
  },
  key: {
    rule: 'a dotted key, e.g. "iop.hours.adults.min"',
    test: (v: string) => /^[a-z][a-z0-9-]*(\.[a-zA-Z0-9-]+)+$/.test(v),
  },
  factId: {
    rule: 'a fact id from content/facts/, e.g. "medicare.partB.deductible"',
    test: (v: string) => /^[a-z][a-zA-Z0-9-]*(\.[a-zA-Z0-9-]+)+$/.test(v),
  },
  day: {
    rule: 'a day written as YYYY-MM-DD, e.g. "2027-01-01"',
    test: (v: string) => /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(v),
  },
  count: { rule: 'a whole number of 1 or more, e.g. "2"', test: (v: string) => /^[1-9]\d{0,2}$/.test(v) },
  lang: { rule: 'a language code, e.g. "en"', test: (v: string) => /^[a-z]{2}(-[A-Z]{2})?$/.test(v) },
} as const;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** One prop of a component: the kind of quoted value it takes, and whether it must be given. */
export interface PropSpec {
  type: keyof typeof PROP_TYPES;
  required?: boolean;
}

/** What authors may write for one component (or HTML element): its props, and whether it wraps content. */
export interface ElementSpec {
  props: Readonly<Record<string, PropSpec>>;
  /** true when it wraps Markdown (<Note>...</Note>); false when it is always written alone (<GetHelp />). */
  children: boolean;
}

/** The components authors may use, by name (src/components/mdx/index.ts is the one registry). */
export type ComponentSpecs = Readonly<Record<string, ElementSpec>>;

/** The HTML elements a body may use (a short list: everything else has a Markdown form or no place in content). */
export const HTML_ELEMENTS: ComponentSpecs = {
  abbr: { props: { title: { type: 'text', required: true } }, children: true },
  br: { props: {}, children: false },
  span: { props: { lang: { type: 'lang', required: true } }, children: true },
  sub: { props: {}, children: true },
  sup: { props: {}, children: true },
};

/** Markdown's own nodes a body may hold (no code blocks: their highlighting writes inline styles; no footnotes). */
const MARKDOWN_NODES = new Set([
  'root',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'blockquote',
  'list',
  'listItem',
  'thematicBreak',
  'break',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'definition',
  'table',
  'tableRow',
  'tableCell',
]);

/** What each refused Markdown node is, in an author's words. */
const MARKDOWN_NAMES: Record<string, string> = {
  code: 'a code block',
  footnoteDefinition: 'a footnote',
  footnoteReference: 'a footnote',
  math: 'math',
  inlineMath: 'math',
};

/** Attributes that hold an address, in HTML and SVG. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'poster',
  'cite',
  'background',
  'data',
  'srcset',
  'ping',
  'codebase',
  'longdesc',
  'manifest',
  'icon',
  'usemap',
]);
/** SVG animation elements, which can set an href to any of their values. */
const SVG_ANIMATION = new Set(['animate', 'set', 'animatemotion', 'animatetransform']);

/** An address written in a body, for the checks across files (does the page or section exist?). */
export interface BodyLink {
  url: string;
  line: number;
  accepts: Accepts;
}

/** A component used in a body, with its quoted props (the checks across files look up what they name). */
export interface ComponentUse {
  name: string;
  props: Record<string, string>;
  line: number;
}

/** One problem in a body, at a line of the body. */
export interface BodyProblem {
  line: number;
  message: string;
}

/** The name of an attribute as HTML writes it, from a parsed HTML property ("xLinkHref" is "xlink:href"). */
function attributeName(property: string): string {
  const lower = property.toLowerCase();
  return (
    { xlinkhref: 'xlink:href', classname: 'class', htmlfor: 'for', httpequiv: 'http-equiv' }[lower] ??
    (/^(aria|data)[A-Z]/.test(property) ? property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) : lower)
  );
}

/** A short, one-line view of code an author wrote, for messages. */
function snippet(code: string): string {
  const one = code.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}

/** Check a parsed body against the allowlist. Returns its problems and the addresses it links to. */
export function checkTree(
  tree: TreeNode,
  format: BodyFormat,
  components: ComponentSpecs,
): { problems: BodyProblem[]; links: BodyLink[]; uses: ComponentUse[] } {
  const problems: BodyProblem[] = [];
  const links: BodyLink[] = [];
  const uses: ComponentUse[] = [];
  const names = (specs: ComponentSpecs) =>
    Object.keys(specs)
      .sort()
      .map((n) => `<${n}>`)
      .join(', ');
  const allowedElements =
    format === 'mdx'
      ? `the components ${names(components)} and the HTML elements ${names(HTML_ELEMENTS)}`
      : `the HTML elements ${names(HTML_ELEMENTS)} (components work only in .mdx files)`;
  const available: ComponentSpecs = format === 'mdx' ? { ...HTML_ELEMENTS, ...components } : HTML_ELEMENTS;

  const address = (url: string, line: number, accepts: Accepts, where: string) => {
    const problem = addressProblem(url, accepts);
    if (problem) problems.push({ line, message: `${where} ${problem}` });
    else links.push({ url, line, accepts });
  };

  /** An element (JSX or parsed HTML): is it allowed, are its props, and every address in its attributes. */
  const element = (
    name: string,
    attributes: readonly { name: string | null; value: unknown }[],
    hasChildren: boolean,
    line: number,
  ) => {
    const tag = `<${name}>`;
    const spec = Object.hasOwn(available, name) ? available[name] : undefined;
    if (!spec) problems.push({ line, message: `${tag} is not allowed; content may use ${allowedElements}` });
    else if (Object.hasOwn(components, name))
      uses.push({
        name,
        props: Object.fromEntries(
          attributes
            .filter((a) => a.name !== null && typeof a.value === 'string')
            .map((a) => [a.name!, a.value as string]),
        ),
        line,
      });
    const attrs = new Map(attributes.filter((a) => a.name !== null).map((a) => [a.name!.toLowerCase(), a.value]));
    for (const a of attributes) {
      if (a.name === null) {
        problems.push({
          line,
          message: `${tag} has the spread {${snippet(String(a.value))}}, which runs as code when the site is built; write each prop in quotes`,
        });
        continue;
      }
      const { value } = a;
      const lower = a.name.toLowerCase();
      if (spec) {
        const prop = Object.hasOwn(spec.props, a.name) ? spec.props[a.name] : undefined;
        const takes = Object.keys(spec.props);
        if (!prop)
          problems.push({
            line,
            message: `${tag} does not take ${a.name}=; ${takes.length ? `it takes ${takes.join(', ')}` : 'it takes no props'}`,
          });
        else if (typeof value === 'object' && value !== null)
          problems.push({
            line,
            message: `${tag} ${a.name}={${snippet(String((value as { value: unknown }).value))}} runs as code when the site is built; write the value in quotes: ${a.name}="..." (${PROP_TYPES[prop.type].rule})`,
          });
        else if (typeof value !== 'string')
          problems.push({ line, message: `${tag} ${a.name} needs a value in quotes (${PROP_TYPES[prop.type].rule})` });
        else if (!PROP_TYPES[prop.type].test(value))
          problems.push({
            line,
            message: `${tag} ${a.name}="${snippet(value)}" is not ${PROP_TYPES[prop.type].rule}`,
          });
      } else if (typeof value === 'object' && value !== null)
        problems.push({
          line,
          message: `${tag} ${a.name}={${snippet(String((value as { value: unknown }).value))}} runs as code when the site is built`,
        });
      if (typeof value === 'string' && URL_ATTRIBUTES.has(lower))
        address(value, line, lower === 'src' ? 'image' : 'link', `${tag} ${lower}`);
    }
    // <animate attributeName="href" values="javascript:...">: every value it can set is an address.
    const target = attrs.get('attributename');
    if (SVG_ANIMATION.has(name.toLowerCase()) && typeof target === 'string' && /^(xlink:)?href$/i.test(target.trim()))
      for (const key of ['values', 'from', 'to', 'by']) {
        const v = attrs.get(key);
        if (typeof v === 'string')
          for (const part of key === 'values' ? v.split(';') : [v]) address(part.trim(), line, 'link', `${tag} ${key}`);
      }
    if (spec) {
      for (const [p, s] of Object.entries(spec.props))
        if (s.required && !attrs.has(p.toLowerCase()))
          problems.push({ line, message: `${tag} needs ${p}="..." (${PROP_TYPES[s.type].rule})` });
      if (!spec.children && hasChildren)
        problems.push({ line, message: `${tag} takes no content between its tags; write it alone, <${name} />` });
    }
  };

  /** Raw HTML in a Markdown file, read as a browser would. */
  const html = (raw: string, line: number) => {
    walk(parseHtml(raw), (h) => {
      if (h.type === 'root' || h.type === 'text') return;
      if (h.type === 'element') {
        const props = Object.entries(h.properties ?? {}).map(([k, v]) => ({
          name: attributeName(k),
          value: Array.isArray(v) ? v.join(' ') : typeof v === 'string' ? v : v === true ? null : String(v),
        }));
        element(h.tagName!, props, (h.children ?? []).length > 0, line);
      } else
        problems.push({
          line,
          message: `${h.type === 'comment' ? 'an HTML comment (it would be published in the page)' : `HTML ${h.type}`} is not allowed; content may use ${allowedElements}`,
        });
    });
  };

  // Reference definitions an image uses must be image addresses.
  const imageLabels = new Set<string>();
  walk(tree, (n) => {
    if (n.type === 'imageReference') imageLabels.add((n.label ?? '').toLowerCase());
  });

  walk(tree, (n, parent) => {
    const line = n.position?.start.line ?? parent?.position?.start.line ?? 0;
    switch (n.type) {
      case 'mdxjsEsm':
        problems.push({
          line,
          message: `"${snippet(n.value ?? '')}": content may not import or export anything (components need no import: ${names(components)})`,
        });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (parent?.type === 'heading' && EXPLICIT_ID.test(n.value ?? '')) return;
        problems.push({
          line,
          message: `the expression {${snippet(n.value ?? '')}} runs as code when the site is built; braces are allowed only for a heading's id, {/* #id */} at the end of the heading`,
        });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        element(
          n.name ?? '',
          (n.attributes ?? []).map((a: TreeAttribute) =>
            a.type === 'mdxJsxExpressionAttribute'
              ? { name: null, value: a.value }
              : { name: a.name ?? '', value: a.value ?? null },
          ),
          (n.children ?? []).length > 0,
          line,
        );
        return;
      case 'html':
        html(n.value ?? '', line);
        return;
      case 'link':
        address(n.url ?? '', line, 'link', 'the link');
        return;
      case 'image':
        address(n.url ?? '', line, 'image', 'the image');
        return;
      case 'definition': {
        const image = imageLabels.has((n.label ?? '').toLowerCase());
        address(n.url ?? '', line, image ? 'image' : 'link', `the reference [${n.label}]`);
        return;
      }
    }
    if (!MARKDOWN_NODES.has(n.type))
      problems.push({
        line,
        message: `${MARKDOWN_NAMES[n.type] ?? `a Markdown "${n.type}"`} is not allowed in content`,
      });
  });
  return { problems, links, uses };
}
