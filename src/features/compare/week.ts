/**
 * The example week: hours, words and the geometry of the drawn chart (where each block sits), kept out of the
 * component so Node tests reach it.
 */
import type { WeekBlock } from '../../model/levels-schema.ts';
import { WEEK_WORDS, type Lang } from './words.ts';

/**
 * "6 pm", "9:30 am", "noon", "midnight" for an hour of the day (0 to 24); in Spanish "6 p. m.", "mediodía", as US
 * Spanish writes them.
 */
export function formatTime(hour: number, lang: Lang = 'en'): string {
  const w = WEEK_WORDS[lang];
  if (hour === 0 || hour === 24) return w.midnight;
  if (hour === 12) return w.noon;
  const h = Math.floor(hour);
  const m = Math.round((hour - h) * 60);
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${m ? `:${String(m).padStart(2, '0')}` : ''} ${h < 12 ? w.am : w.pm}`;
}

/** True when a block fills the whole day (24-hour settings). */
export function isAllDay(b: WeekBlock): boolean {
  return b.start === 0 && b.end === 24;
}

/** Scheduled hours in the example week, or null for a 24-hour setting where hours are not counted. */
export function weekHours(days: readonly (readonly WeekBlock[])[]): number | null {
  if (days.some((d) => d.some(isAllDay))) return null;
  return days.flat().reduce((sum, b) => sum + (b.end - b.start), 0);
}

/** One day of the example week in words: "6 pm to 9 pm: Group sessions (3 hours)", "No sessions", "All day and night: ...". */
export function describeDay(blocks: readonly WeekBlock[], lang: Lang = 'en'): string {
  const w = WEEK_WORDS[lang];
  if (!blocks.length) return w.noSessions;
  return blocks
    .map((b) =>
      isAllDay(b)
        ? `${w.allDay}: ${b.label}`
        : w.span(formatTime(b.start, lang), formatTime(b.end, lang), b.label, b.end - b.start),
    )
    .join('; ');
}

/** The example week's caption after the level's name: "9 hours in this example week", or "there day and night". */
export function weekSummary(days: readonly (readonly WeekBlock[])[], lang: Lang = 'en'): string {
  const total = weekHours(days);
  return total === null ? WEEK_WORDS[lang].dayAndNight : WEEK_WORDS[lang].weekHours(total);
}

/** The example week's visible window: hour blocks are drawn from 6 am to midnight (24-hour settings fill it). */
export const WEEK_START = 6;
export const WEEK_END = 24;
/** Hours marked on the chart's scale. */
const MARKS = [6, 12, 18, 24];

/** The chart's drawing units (an SVG viewBox): a scale column, then one column per day under a row of day names. */
const W = 320;
const H = 200;
/** The scale column: wide enough for its longest mark ("midnight"; in Spanish "medianoche", drawn at 10 units). */
const SCALE_W: Record<Lang, number> = { en: 54, es: 66 };
const HEADER_H = 18;
const GAP = 3;
/** Room under the last hour, so the bottom label and the columns' bottom edges are not cut off. */
const FOOT_H = 8;

/** A rectangle in chart units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Everything needed to draw one example week: no arithmetic is left for the template. */
export interface WeekChart {
  width: number;
  height: number;
  /** Where the scale's labels end (they are drawn right-aligned to it). */
  markX: number;
  marks: { y: number; label: string }[];
  days: { label: string; labelX: number; track: Box; work?: Box; blocks: Box[] }[];
}

const round = (n: number) => Math.round(n * 100) / 100;

/** "6 am", "noon", "6 pm", "midnight": the hour labels on the scale; in Spanish "6 a. m.", "mediodía", "6 p. m.", "medianoche". */
export function hourLabel(h: number, lang: Lang = 'en'): string {
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const am = h % 24 < 12;
  return WEEK_WORDS[lang].hourMark(h12, am);
}

/** The vertical position of an hour of the day (clamped to the window). */
function hourY(h: number): number {
  const clamped = Math.min(Math.max(h, WEEK_START), WEEK_END);
  return HEADER_H + ((clamped - WEEK_START) / (WEEK_END - WEEK_START)) * (H - HEADER_H);
}

/**
 * The geometry of an example week: a column per day (Monday first), each block of time as a box, and a dashed
 * 9-to-5 box on `workDays` weekdays for comparison with a working or school day.
 */
export function weekChart(
  days: readonly (readonly WeekBlock[])[],
  dayLabels: readonly string[],
  workDays = 5,
  lang: Lang = 'en',
): WeekChart {
  const scaleW = SCALE_W[lang];
  const colW = (W - scaleW - GAP * days.length) / days.length;
  const box = (x: number, from: number, to: number, inset = 0): Box => ({
    x: round(x + inset),
    y: round(hourY(from)),
    width: round(colW - inset * 2),
    height: round(hourY(to) - hourY(from)),
  });
  return {
    width: W,
    height: H + FOOT_H,
    markX: scaleW - 4,
    marks: MARKS.map((h) => ({ y: round(hourY(h)), label: hourLabel(h, lang) })),
    days: days.map((blocks, d) => {
      const x = scaleW + GAP + d * (colW + GAP);
      return {
        label: dayLabels[d] ?? '',
        labelX: round(x + colW / 2),
        track: box(x, WEEK_START, WEEK_END),
        work: d < workDays ? box(x, 9, 17) : undefined,
        blocks: blocks.filter((b) => b.end > WEEK_START && b.start < WEEK_END).map((b) => box(x, b.start, b.end, 1.5)),
      };
    }),
  };
}
