/**
 * <EstimateVsBill /> as data: a made-up good faith estimate and a made-up bill for the same program, and the steps
 * that compare them: find the totals, subtract, check the difference against the federal threshold, and count the
 * days to start a dispute from the date on the bill. The threshold and the days come from content/facts for the
 * build's day, and the sums and the last day are worked out here, so the example can never disagree with the rule:
 * if the threshold rose above the example's difference, the picture would say the dispute does not apply.
 * Pure: the caller passes the facts, the language and the day.
 */
import type { Lang } from '../../i18n/lang.ts';
import { factById, factText, periodOn, type Facts } from '../../model/facts.ts';
import { ESTIMATE_BILL_WORDS, type LineKey } from './estimate-bill-words.ts';

/** The fact ids the picture reads (content/facts/no-surprises.yaml). */
export const ESTIMATE_BILL_FACT_IDS = {
  threshold: 'noSurprises.dispute.threshold',
  days: 'noSurprises.dispute.days',
} as const;

/** The made-up amounts, in whole dollars: the same parts of care on both, some billed higher. */
export const SAMPLE_LINES: readonly { key: LineKey; estimate: number; bill: number }[] = [
  { key: 'group', estimate: 2000, bill: 2300 },
  { key: 'individual', estimate: 600, bill: 750 },
  { key: 'prescriber', estimate: 300, bill: 300 },
  { key: 'tests', estimate: 100, bill: 150 },
];

/** The made-up dates (a year without February 29 in the count; the year is not shown). */
export const SAMPLE_DATES = { estimate: '2027-03-02', bill: '2027-05-01' } as const;

/** One document of the picture: its name, date, lines and total, as the reader sees them. */
export interface SampleDocument {
  name: string;
  date: string;
  lines: { label: string; amount: string }[];
  total: string;
}

/** The picture: title, how to use it, the two documents, and the 4 steps (title and words). */
export interface EstimateBillData {
  title: string;
  howTo: string;
  sample: string;
  dateLabel: string;
  totalLabel: string;
  estimate: SampleDocument;
  bill: SampleDocument;
  steps: [Step, Step, Step, Step];
  /** The table the reader fills in with their own bill: each row's check, the example's number, and what goes in the
   * reader's column (empty, or the yes/no to circle). */
  fill: {
    title: string;
    howTo: string;
    columns: [string, string, string];
    rows: { check: string; example: string; yours: string }[];
  };
  /** How much more the example's bill is than its estimate ("$500"), and whether that reaches the threshold. */
  difference: string;
  canDispute: boolean;
  /** The rule the bill checker under the table uses: the numbers, and as the registry writes them ("$400"). */
  rule: { threshold: number; days: number; thresholdText: string; daysText: string };
}

interface Step {
  title: string;
  text: string;
}

const DAY = 86_400_000;
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** A day as the reader's language writes it without the year: "May 1" / "1 de mayo". */
function monthDay(iso: string | Date, lang: Lang): string {
  const d = typeof iso === 'string' ? new Date(`${iso}T00:00:00Z`) : iso;
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', {
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** The number a fact holds on `day`; a fact with no number then is an error naming it. */
function factNumber(facts: Facts, id: string, day: Date): number {
  const value = periodOn(factById(facts, id), day)?.period.value;
  if (typeof value !== 'number')
    throw new Error(`content/facts: ${id} has no number on ${day.toISOString().slice(0, 10)}`);
  return value;
}

/** The picture in `lang` on `day`. */
export function estimateVsBill(facts: Facts, lang: Lang, day: Date): EstimateBillData {
  const w = ESTIMATE_BILL_WORDS[lang];
  const threshold = factNumber(facts, ESTIMATE_BILL_FACT_IDS.threshold, day);
  const days = factNumber(facts, ESTIMATE_BILL_FACT_IDS.days, day);
  const thresholdText = factText(facts, ESTIMATE_BILL_FACT_IDS.threshold, lang, day);
  const daysText = factText(facts, ESTIMATE_BILL_FACT_IDS.days, lang, day);

  const estimateTotal = SAMPLE_LINES.reduce((sum, l) => sum + l.estimate, 0);
  const billTotal = SAMPLE_LINES.reduce((sum, l) => sum + l.bill, 0);
  const difference = billTotal - estimateTotal;
  const canDispute = difference >= threshold;
  const differenceText = money.format(difference);
  const lastDay = new Date(new Date(`${SAMPLE_DATES.bill}T00:00:00Z`).getTime() + days * DAY);

  const doc = (name: string, date: string, pick: 'estimate' | 'bill', total: number): SampleDocument => ({
    name,
    date: monthDay(date, lang),
    lines: SAMPLE_LINES.map((l) => ({ label: w.lines[l.key], amount: money.format(l[pick]) })),
    total: money.format(total),
  });

  return {
    title: w.title,
    howTo: w.howTo,
    sample: w.sample,
    dateLabel: w.dateLabel,
    totalLabel: w.totalLabel,
    estimate: doc(w.estimate, SAMPLE_DATES.estimate, 'estimate', estimateTotal),
    bill: doc(w.bill, SAMPLE_DATES.bill, 'bill', billTotal),
    steps: [
      { title: w.findTotals.title, text: w.findTotals.text(money.format(estimateTotal), money.format(billTotal)) },
      {
        title: w.subtract.title,
        text: w.subtract.text(money.format(billTotal), money.format(estimateTotal), differenceText),
      },
      {
        title: w.compare.title,
        text: (canDispute ? w.compare.yes : w.compare.no)(differenceText, thresholdText),
      },
      {
        title: w.deadline.title,
        text: w.deadline.text(daysText, monthDay(SAMPLE_DATES.bill, lang), monthDay(lastDay, lang)),
      },
    ],
    fill: {
      title: w.fill.title,
      howTo: w.fill.howTo,
      columns: w.fill.columns,
      rows: [
        { check: w.fill.billTotal, example: money.format(billTotal), yours: '' },
        { check: w.fill.estimateTotal, example: `− ${money.format(estimateTotal)}`, yours: '' },
        { check: w.fill.over, example: `= ${differenceText}`, yours: '' },
        { check: w.fill.reaches(thresholdText), example: canDispute ? w.fill.yes : w.fill.no, yours: w.fill.circle },
        { check: w.fill.billDate, example: monthDay(SAMPLE_DATES.bill, lang), yours: '' },
        { check: w.fill.lastDay(daysText, Math.round(days / 30)), example: monthDay(lastDay, lang), yours: '' },
      ],
    },
    difference: differenceText,
    canDispute,
    rule: { threshold, days, thresholdText, daysText },
  };
}
