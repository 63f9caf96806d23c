/**
 * Schema for one level of care (content/levels/<id>.yaml): the single source for the comparison
 * widget, article tables, <N> numbers in prose and search aliases.
 */
import { z } from 'astro/zod';
import { sourceSchema } from './schemas.ts';

/** Weekly hours for one age group. `lessThan` is an exclusive ceiling ("fewer than 9"). */
export const hoursSchema = z
  .object({
    min: z.number().nonnegative().optional(),
    upTo: z.number().positive().optional(),
    lessThan: z.number().positive().optional(),
  })
  .strict()
  .refine((h) => h.min !== undefined || h.lessThan !== undefined, { message: 'give min or lessThan' })
  .refine((h) => h.upTo === undefined || h.min === undefined || h.upTo > h.min, {
    message: 'upTo must be more than min',
    path: ['upTo'],
  });

const text = z.string().min(3);
const texts = z.array(text);
const sources = z.array(sourceSchema).min(1);

/** One block of time in the example week, in hours from midnight (18 = 6 pm; 24 = midnight at the end). */
export const blockSchema = z
  .object({ start: z.number().min(0).max(23.5), end: z.number().min(0.5).max(24), label: text })
  .strict()
  .refine((b) => b.end > b.start, { message: 'end must be after start', path: ['end'] });

/** Where a person sleeps while in this level of care. */
export const SLEEP = ['home', 'program', 'hospital'] as const;

/** One level of care. Every group of facts names its own sources (sources.<group>). */
export const levelSchema = z
  .object({
    name: z.string().min(3),
    shortName: z.string().min(2),
    order: z.number().int(),
    /** Words people search for; also shown as "other names". */
    aliases: z.array(z.string()).default([]),
    /** ASAM Criteria, 3rd edition: the level number ("2.1", "3.1 to 3.7") and its name there. */
    asam: z
      .object({
        level: z
          .string()
          .regex(
            /^(0\.5|1|2\.1|2\.5|3\.[1357]( to 3\.[1357])?|4)$/,
            'must be a 3rd-edition ASAM level such as 1, 2.1, 2.5, 3.1 to 3.7 or 4',
          ),
        name: text,
      })
      .strict(),
    hours: z
      .object({
        adults: hoursSchema.optional(),
        teens: hoursSchema.optional(),
        note: text.optional(),
        basis: z.string(),
      })
      .strict()
      .refine((h) => h.adults || h.note, {
        message: 'give adults hours or a note saying why there are none',
        path: ['adults'],
      }),
    daysPerWeek: text,
    sessionLength: text,
    programLength: text,
    sleep: z.enum(SLEEP),
    oversight: text,
    support24h: z.boolean(),
    services: texts.min(1),
    mayFit: texts.min(1),
    moreCareMayFit: texts.min(1),
    lessCareMayFit: texts.min(1),
    withdrawal: text,
    medicare: z.object({ minHours: z.number().positive().optional(), note: text }).strict(),
    insurance: text,
    exampleWeek: z
      .object({
        note: text,
        days: z.array(z.array(blockSchema)).length(7, 'must list 7 days, Monday first (use [] for a day off)'),
      })
      .strict(),
    sources: z
      .object({
        hours: sources,
        schedule: sources,
        setting: sources,
        services: sources,
        fit: sources,
        coverage: sources,
      })
      .strict(),
  })
  .strict();

export type Level = z.infer<typeof levelSchema>;
/** One block of the example week. */
export type WeekBlock = z.infer<typeof blockSchema>;
/** The groups of fields that carry their own sources. */
export type SourceGroup = keyof Level['sources'];
