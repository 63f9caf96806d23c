/**
 * The data contract for dated facts (content/facts/*.yaml): money amounts, deadlines, effective dates and yearly
 * figures the site states as rules. Each file holds facts keyed by id; each fact says what its value is in each period
 * it holds, how that value reads in an English and a Spanish sentence, where it comes from and when someone last
 * checked it. Pure zod, so tests parse fixtures with the schema the build uses.
 */
import { z } from 'astro/zod';
import { formatDate } from '../lib/dates.ts';
import { sourceSchema } from './schemas.ts';

/** A fact id: dotted camelCase words, at least two ("medicare.partB.deductible"). */
export const FACT_ID = /^[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)+$/;

/**
 * What a fact's value measures. Dollar amounts and deadlines in days or hours are the ones a test looks for typed by
 * hand in content; `date` values are days; `percent` is a share of a bill (20 for 20%); `months` and `text` are words
 * only.
 */
export const FACT_UNITS = ['dollars', 'days', 'hours', 'months', 'percent', 'date', 'text'] as const;
export type FactUnit = (typeof FACT_UNITS)[number];

/** A calendar day written YYYY-MM-DD (YAML may hand it over as a string or, through Astro's loader, as a Date). */
const day = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    // abort: zod runs every check, and a day that is not YYYY-MM-DD is no date for the next one to read.
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a day written YYYY-MM-DD', abort: true })
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, 'is not a real day')
    .transform((s) => new Date(`${s}T00:00:00Z`)),
);

/** How something reads in each language. */
const words = z
  .object({
    en: z.string().min(1).max(200),
    es: z.string().min(1).max(200),
  })
  .strict();

/** One period a value holds: from `from` to `until`, both days included; either end may be open. */
const periodSchema = z
  .object({
    from: day.optional(),
    until: day.optional(),
    /** The value: a number for dollars, days, hours, months and percent; a day (YYYY-MM-DD) for dates; none for text. */
    value: z.union([z.number().nonnegative(), day]).optional(),
    /** How the value reads in a sentence in this period ("$283 for 2026" / "$283 en 2026"). */
    en: z.string().min(1).max(200),
    es: z.string().min(1).max(200),
  })
  .strict();

/** One dated fact. */
export const factSchema = z
  .object({
    /** What the fact is, for editors (not shown to readers). */
    what: z.string().min(5).max(300),
    unit: z.enum(FACT_UNITS),
    /** Oldest first, each starting the day after the one before ends; only the last may be open-ended. */
    periods: z.array(periodSchema).min(1),
    /**
     * Said after the last period's words once it has ended and the next value is not known yet ("Medicare sets a new
     * amount each January"). Needed exactly when the last period has an end.
     */
    unknownAfter: words.optional(),
    sources: z.array(sourceSchema).min(1),
    /** For editors: what the sources show and what they do not (for example, "seen only in secondary copies"). */
    note: z.string().min(5).max(600).optional(),
    /** The day someone last checked the value against its sources. */
    checked: day,
  })
  .strict()
  .superRefine((f, ctx) => {
    // Stryker disable next-line StringLiteral: zod keeps the path and message of an issue whatever its code says.
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    f.periods.forEach((p, i) => {
      if (p.from && p.until && p.until < p.from) issue(['periods', i, 'until'], 'is before its from');
      if (i > 0 && !p.from) issue(['periods', i, 'from'], 'is needed on every period but the first');
      const before = f.periods[i - 1];
      if (i > 0 && !before.until) issue(['periods', i - 1, 'until'], 'is needed: only the last period may be open');
      if (before?.until && p.from && p.from.getTime() !== before.until.getTime() + 86_400_000)
        issue(['periods', i, 'from'], 'must be the day after the previous period ends (no gaps, no overlaps)');
      for (const problem of valueProblems(f.unit, p)) issue(['periods', i, problem.field], problem.message);
    });
    // No periods at all is already an issue (periods.min(1)); the checks below need a last one.
    const last = f.periods.at(-1);
    if (!last) return;
    if (last.until && !f.unknownAfter)
      issue(['unknownAfter'], 'is needed: say what readers are told once the last period ends (en and es)');
    if (!last.until && f.unknownAfter) issue(['unknownAfter'], 'is only for a fact whose last period ends');
  });

/** Problems with a period's value and words for its unit: the words must show the value, so the two never differ. */
function valueProblems(
  unit: FactUnit,
  p: { value?: number | Date; en: string; es: string },
): { field: string; message: string }[] {
  if (unit === 'text')
    return p.value === undefined ? [] : [{ field: 'value', message: 'a text fact has words only, no value' }];
  if (p.value === undefined) return [{ field: 'value', message: `is needed for a ${unit} fact` }];
  if (unit === 'date') {
    if (!(p.value instanceof Date)) return [{ field: 'value', message: 'must be a day written YYYY-MM-DD' }];
    return (['en', 'es'] as const)
      .filter((lang) => !p[lang].includes(formatDate(p.value as Date, lang === 'es' ? 'es-US' : 'en-US')))
      .map((lang) => ({
        field: lang,
        message: `must contain the date as readers see it ("${formatDate(p.value as Date, lang === 'es' ? 'es-US' : 'en-US')}")`,
      }));
  }
  if (typeof p.value !== 'number') return [{ field: 'value', message: `must be a number for a ${unit} fact` }];
  const shown = p.value.toLocaleString('en-US');
  return (['en', 'es'] as const)
    .filter((lang) => !p[lang].replace(/[\s.,](?=\d{3}\b)/g, ',').includes(shown))
    .map((lang) => ({ field: lang, message: `must contain the value ${shown}` }));
}

/** A file of facts: ids to facts (content/facts/<topic>.yaml). */
export const factFileSchema = z.record(z.string(), factSchema).superRefine((facts, ctx) => {
  for (const id of Object.keys(facts))
    if (!FACT_ID.test(id))
      ctx.addIssue({
        // Stryker disable next-line StringLiteral: zod keeps the path and message of an issue whatever its code says.
        code: 'custom',
        path: [id],
        message: 'must be a dotted id such as "medicare.partB.deductible"',
      });
});

export type Fact = z.infer<typeof factSchema>;
export type FactPeriod = Fact['periods'][number];
