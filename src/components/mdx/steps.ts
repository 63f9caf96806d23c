/**
 * Numbered steps (<Steps>) keep the list an ordered list. Their big numbers are drawn by CSS, which needs
 * `list-style: none`, and Safari's VoiceOver then stops announcing the list as a list; `role="list"` on the <ol>
 * restores it. MDX renders the list, so the role is added to the rendered HTML here.
 */

/** The rendered slot with `role="list"` on each <ol> that has no role yet; throws when there is no ordered list. */
export function withListRole(html: string): string {
  if (!/<ol[\s>]/.test(html)) throw new Error('<Steps> must wrap a numbered list (1. ... 2. ...) in the MDX file');
  return html.replace(
    /<ol(?![^>]*\brole=)(\s[^>]*)?>/g,
    (_m, attrs: string | undefined) => `<ol role="list"${attrs ?? ''}>`,
  );
}

/** The words a step-by-step list shows: "Step" (read before each number) and the connectors, in the page's language. */
export interface StepWords {
  step: string;
  or: string;
  and: string;
}

/** A connector between two steps, as <Or /> and <And /> render it. */
export type StepLogic = 'or' | 'and';

/** The paragraph <Or /> or <And /> renders; <Steps> turns it into the next step's label. */
export function stepLogicHtml(logic: StepLogic, words: StepWords): string {
  return `<p class="step-logic" data-step-logic="${logic}">${words[logic]}</p>`;
}

const WRAP = '<div class="heading-wrap">';
// A step's number is read aloud with its heading but is not part of the heading's name: search, the contents list
// and the link contract (src/features/links/contract.ts) leave out what carries this attribute.
const IGNORE = 'data-pagefind-ignore';
const LOGIC = /<p class="step-logic" data-step-logic="(or|and)">[^<]*<\/p>/g;

/**
 * A journey (GOV.UK's "step by step navigation" pattern, written fresh): the rendered slot holds headings, each
 * followed by what to do, with <Or /> or <And /> between two steps. Each heading starts a step of one ordered
 * list; its number (or "or"/"and" for a step that is an alternative to, or goes with, the one before) sits in a
 * circle inside the heading, so a screen reader's list of headings says "Step 2: Find programs". Headings stay
 * the Markdown headings they were (same ids, so the contents list, search and the Spanish twin's ids still work).
 * Throws, naming the problem, when there is text before the first heading or a connector is not between two steps.
 */
export function toStepByStep(html: string, words: StepWords): string {
  const first = /<h([23])[\s>]/.exec(html);
  if (!first) throw new Error('<Steps> must wrap a numbered list, or headings (## Step) for a step-by-step journey');
  const level = first[1];
  // The section-links plugin wraps each h2 and h3 in <div class="heading-wrap"> with its "link to this" anchor: a
  // step starts at the wrapper when there is one.
  const start =
    html.lastIndexOf(WRAP, first.index) === first.index - WRAP.length ? first.index - WRAP.length : first.index;
  const before = html.slice(0, start);
  const parts = html.slice(start).split(new RegExp(`(?=${WRAP}<h${level}[\\s>])|(?<!${WRAP})(?=<h${level}[\\s>])`));
  if (before.replace(LOGIC, '').trim() !== '')
    throw new Error('<Steps>: put nothing before the first step heading (move it above <Steps>)');
  if (before.includes('class="step-logic"'))
    throw new Error('<Steps>: <Or /> or <And /> must sit between two steps, not before the first');
  let number = 0;
  let logic: StepLogic | undefined;
  const items = parts.map((part, i) => {
    const found = [...part.matchAll(LOGIC)];
    if (found.length > 1) throw new Error('<Steps>: one <Or /> or <And /> at most between two steps');
    const body = part.replace(LOGIC, '');
    if (found.length && i === parts.length - 1)
      throw new Error('<Steps>: <Or /> or <And /> must sit between two steps, not after the last');
    const label = logic
      ? `<span class="step-circle step-circle-logic" ${IGNORE}>${words[logic]}</span>`
      : `<span class="step-circle" ${IGNORE}><span class="sr-only">${words.step} </span>${++number}<span class="sr-only">:</span></span>`;
    const item = `<li class="step${logic ? ` step-${logic}` : ''}">${body
      .trim()
      .replace(new RegExp(`^(${WRAP})?<h${level}([^>]*)>`), `$1<h${level}$2>${label} `)}</li>`;
    logic = found[0]?.[1] as StepLogic | undefined;
    return item;
  });
  return `<ol role="list" class="step-by-step">${items.join('')}</ol>`;
}

/** What <Steps> shows: a journey when its slot holds headings, else its numbered list with `role="list"`. */
export function renderSteps(html: string, words: StepWords): string {
  return /<h[23][\s>]/.test(html) ? toStepByStep(html, words) : withListRole(html);
}
