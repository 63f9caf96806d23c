// The one registry of what authors may use in MDX without importing it: each component's props (what the content
// check allows, src/model/allowlist.ts: every value a quoted literal of its kind) and the component itself (passed to
// <Content components={...} />). A component added here is allowed in every content file and rendered on every page.
// Plain data when loaded: the content check reads it in plain Node (astro.config.mjs, `npm run check:content`), and
// the components load only when a page asks for them.
import type { ComponentSpecs, ElementSpec } from '../../model/allowlist.ts';

/** One entry: what authors may write, and how the page gets the component. */
interface MdxComponent extends ElementSpec {
  load: () => Promise<{ default: unknown }>;
}

/** Every component authors may use in MDX, by the name they write. */
export const MDX_COMPONENTS = {
  /** A number from content/levels: <N k="iop.hours.adults.min" />. */
  N: { props: { k: { type: 'key', required: true } }, children: false, load: () => import('./N.astro') },
  /**
   * A dated fact from content/facts for the build's day: <Fact id="medicare.partB.deductible" />; or as it stands on a
   * fixed day, for a sentence that names that day: <Fact id="medicaid.retroactive.others" on="2027-01-01" />.
   */
  Fact: {
    props: { id: { type: 'factId', required: true }, on: { type: 'day' } },
    children: false,
    load: () => import('./Fact.astro'),
  },
  /** A printable checklist around a bullet list. */
  Questions: { props: { title: { type: 'text' } }, children: true, load: () => import('./Questions.astro') },
  /** A callout for one important caution; kind="warning" for an urgent action (call 911), framed like the crisis box. */
  Note: { props: { kind: { type: 'id' } }, children: true, load: () => import('./Note.astro') },
  /** The crisis-help box. */
  GetHelp: { props: {}, children: false, load: () => import('./GetHelp.astro') },
  /** The levels-of-care table: only="iop php" rows="hours-adults sleep" caption="...". */
  LevelsTable: {
    props: { only: { type: 'ids' }, rows: { type: 'ids' }, caption: { type: 'text' } },
    children: false,
    load: () => import('../../features/compare/LevelsTable.astro'),
  },
  /** The comparison widget. */
  Compare: { props: {}, children: false, load: () => import('../../features/compare/Compare.astro') },
  /** One example week of IOP as a picture with its words (from content/levels/iop.yaml). */
  IopWeek: { props: {}, children: false, load: () => import('./IopWeek.astro') },
  /** The levels of care as a ladder from less support to more, IOP marked (from content/levels). */
  LevelsLadder: { props: {}, children: false, load: () => import('./LevelsLadder.astro') },
  /**
   * How to give naloxone nasal spray: 5 steps as simple pictures with their words (the overdose page and handouts);
   * first="2" numbers them from a page's own step 2 (the overdose page).
   */
  NaloxoneSteps: {
    props: { first: { type: 'count' } },
    children: false,
    load: () => import('./NaloxoneSteps.astro'),
  },
  /**
   * A made-up sample insurance card, front and back, with the member ID, group, plan type and phones numbered; or,
   * with only="member services" (any of plan member group services behavioral), a short strip of just those places.
   */
  InsuranceCard: { props: { only: { type: 'ids' } }, children: false, load: () => import('./InsuranceCard.astro') },
  /** What to do after a "no": the appeal path in 3 steps, each plan's time limit from content/facts. */
  AppealPath: { props: {}, children: false, load: () => import('./AppealPath.astro') },
  /** A blank week to fill in with program times, rides and work, school or child care (how-iop-works). */
  WeekPlanner: { props: {}, children: false, load: () => import('../../features/action-visuals/WeekPlanner.astro') },
  /** A slow taper (lowering a medicine's dose step by step) as a staircase picture and 5 numbered steps; no doses. */
  TaperSteps: { props: {}, children: false, load: () => import('../../features/action-visuals/TaperSteps.astro') },
  /** A sample good faith estimate beside a sample bill, and the steps to compare them (the No Surprises Act facts). */
  EstimateVsBill: {
    props: {},
    children: false,
    load: () => import('../../features/action-visuals/EstimateVsBill.astro'),
  },
  /**
   * One line from a made-up document, with the places to find on the real one: kind="denial-letter" (the reason and
   * the last day to appeal; paying-for-iop handout) or kind="estimate-and-bill" (both totals and the bill's date).
   */
  SampleStrip: {
    props: { kind: { type: 'id', required: true } },
    children: false,
    load: () => import('../../features/action-visuals/SampleStrip.astro'),
  },
  /** A made-up consent form to share substance use records, its parts numbered, and what to check in each. */
  ConsentForm: { props: {}, children: false, load: () => import('../../features/action-visuals/ConsentForm.astro') },
  /**
   * A made-up program listing from a treatment search, its type of care, payment and phone numbered (choosing); with
   * kind="both", a place that treats mental health and substance use, the word "co-occurring" circled.
   */
  ProgramListing: {
    props: { kind: { type: 'id' } },
    children: false,
    load: () => import('../../features/action-visuals/ProgramListing.astro'),
  },
  /** Steps and their pictures that print alone, with lines to write in the address and where naloxone is (overdose). */
  PrintSteps: { props: {}, children: true, load: () => import('../../features/action-visuals/PrintSteps.astro') },
  /** The 911 danger signs as small labelled pictures leading to a phone with 911; wraps the sentence that says them. */
  DangerSigns: { props: {}, children: true, load: () => import('../../features/action-visuals/DangerSigns.astro') },
  /** One small drawing of giving naloxone (the spray in one nostril) with a one-line caption (refuses-help). */
  NaloxoneSpray: {
    props: {},
    children: false,
    load: () => import('../../features/action-visuals/NaloxoneSpray.astro'),
  },
  /** The address for reporting an error. */
  ContactEmail: { props: {}, children: false, load: () => import('./ContactEmail.astro') },
  /** Numbered steps to follow in order, around a numbered list or around headings (a journey): <Steps label="...">. */
  Steps: { props: { label: { type: 'text' } }, children: true, load: () => import('./Steps.astro') },
  /** Between two steps of a <Steps> journey: the next step is another way to do the one before ("or"). */
  Or: { props: {}, children: false, load: () => import('./Or.astro') },
  /** Between two steps of a <Steps> journey: the next step goes with the one before ("and"). */
  And: { props: {}, children: false, load: () => import('./And.astro') },
} as const satisfies Record<string, MdxComponent>;

/** What the content check needs: each component's props and whether it wraps content. */
export const MDX_COMPONENT_SPECS: ComponentSpecs = MDX_COMPONENTS;

/** The MDX component map for <Content components={...} />, loaded once per build. */
let loaded: Promise<Record<string, unknown>> | undefined;
export function loadMdxComponents(): Promise<Record<string, unknown>> {
  loaded ??= Promise.all(
    Object.entries(MDX_COMPONENTS).map(async ([name, c]) => [name, (await c.load()).default] as const),
  ).then(Object.fromEntries);
  return loaded;
}
