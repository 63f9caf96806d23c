/**
 * Schema for one level of care (content/levels/<id>.yaml): the single source for the comparison
 * widget, article tables, <N> numbers in prose and search aliases.
 */
import { z } from 'astro/zod';
import { sourceSchema } from './schemas';

/** Weekly hours for one age group. `lessThan` is an exclusive ceiling ("fewer than 9"). */
export const hoursSchema = z
  .object({ min: z.number().nonnegative().optional(), upTo: z.number().positive().optional(), lessThan: z.number().positive().optional() })
  .strict();

/** One level of care. */
export const levelSchema = z
  .object({
    name: z.string(),
    shortName: z.string(),
    order: z.number().int(),
    aliases: z.array(z.string()).default([]),
    hours: z.object({ adults: hoursSchema.optional(), teens: hoursSchema.optional(), basis: z.string() }).strict(),
    sources: z.array(sourceSchema).min(1),
  })
  .passthrough();

export type Level = z.infer<typeof levelSchema>;
