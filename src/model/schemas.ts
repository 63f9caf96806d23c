/**
 * The data contract for everything in content/. Pure zod, so tests parse fixtures with the same
 * schemas the build uses (src/content.config.ts only wires these to loaders).
 */
import { z } from 'astro/zod';
import { oneYearAfter } from '../lib/dates.ts';
import { AUDIENCES, TOPICS } from '../lib/topics.ts';

/** A lowercase-hyphenated id (a file name, a heading id). */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');

/** One cited source: title, publisher, year and an https URL. */
export const sourceSchema = z.object({
  title: z.string().min(3),
  publisher: z.string().min(2),
  year: z.number().int().min(1990).max(2100),
  url: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
  /** What this source supports, in a few words with its numbers (checked against the numbers in FAQ answers). */
  supports: z.string().min(5).optional(),
});

/** Review dates: the next review falls after the last one and at most 12 months later (sooner for yearly figures). */
const reviewFields = {
  lastReviewed: z.coerce.date(),
  nextReview: z.coerce.date(),
  reviewer: z.string().optional(),
};
function nextReviewWithinAYear(d: { lastReviewed: Date; nextReview: Date }): boolean {
  return d.nextReview > d.lastReviewed && d.nextReview <= oneYearAfter(d.lastReviewed);
}
const reviewRule = {
  message: 'nextReview must be after lastReviewed and no more than 12 months later',
  path: ['nextReview'],
};

/** An article (content/articles/*.mdx). */
export const articleSchema = z
  .object({
    title: z.string().min(5).max(90),
    shortTitle: z.string().max(40).optional(),
    description: z.string().min(50).max(160),
    summary: z.string().min(20).max(320),
    keyPoints: z.array(z.string().min(5)).min(3).max(5),
    topic: z.enum(TOPICS),
    audience: z.array(z.enum(AUDIENCES)).min(1),
    order: z.number().int().positive(),
    crisisCallout: z.boolean().default(false),
    /** Steps to follow in an emergency: the body comes right after the key points, the contents list after it. */
    urgent: z.boolean().default(false),
    /** A draft is built by `astro dev` only, never in production. */
    draft: z.boolean().default(false),
    related: z.array(slug).default([]),
    sources: z.array(sourceSchema).min(3),
    ...reviewFields,
  })
  .strict()
  .refine(nextReviewWithinAYear, reviewRule);

/** A question and its answer (content/faq/<id>.mdx; the file name is the stable id). */
export const faqSchema = z
  .object({
    question: z.string().min(8).max(120).endsWith('?', 'must end with a question mark'),
    topic: z.enum(TOPICS),
    order: z.number().int().nonnegative(),
    article: slug,
    /** A draft is built by `astro dev` only, never in production. */
    draft: z.boolean().default(false),
    /** The heading id of the article section that goes deeper (a link to the top of an article is not enough). */
    section: slug,
    /** Sources for the answer's own facts; every number in the answer must be in one's `supports` or in the article. */
    sources: z.array(sourceSchema).min(1),
    /** The answer's own review dates, shown on its page (due sooner when a dated fact it uses runs out). */
    ...reviewFields,
  })
  .strict()
  .refine(nextReviewWithinAYear, reviewRule);

/** A glossary term (content/glossary/<id>.mdx; the file name is the stable id). */
export const glossarySchema = z
  .object({
    term: z.string().min(2).max(80),
    aliases: z.array(z.string().min(2)).default([]),
    /** A draft is built by `astro dev` only, never in production. */
    draft: z.boolean().default(false),
    /** False for plain-language terms that articles need not link (the glossary still lists them). */
    autolink: z.boolean().default(true),
    article: slug.optional(),
    section: slug.optional(),
    /** The term's own review dates: the glossary shows a note under a term past them (or whose dated fact ran out). */
    ...reviewFields,
  })
  .strict()
  .refine(nextReviewWithinAYear, reviewRule);

/** A stand-alone page (about, privacy, FAQ and glossary intros) in content/pages/. */
export const pageSchema = z
  .object({
    title: z.string().min(3),
    description: z.string().min(50).max(160),
    sources: z.array(sourceSchema).default([]),
    ...reviewFields,
  })
  .strict()
  .refine(nextReviewWithinAYear, reviewRule);

/**
 * What a printed handout leaves room to write (its words, in both languages, are in src/features/handouts/handouts.ts):
 * one line each, except `questions`, `medicines` and `notes`, which get full-width lines.
 */
export const WRITE_IN_FIELDS = [
  'program',
  'programPhone',
  'appointment',
  'planPhone',
  'memberId',
  'spokeWith',
  'doctorPhone',
  'address',
  'naloxone',
  'medicines',
  'questions',
  'notes',
  'estimateTotal',
  'billTotal',
  'billDate',
  'lastDay',
] as const;
export type WriteInField = (typeof WRITE_IN_FIELDS)[number];

/**
 * A printable handout (content/handouts/<topic>.mdx; the file name is its address, /handouts/<topic>/): a page written
 * for paper that sums up one article, with a QR code and a short address for the full page.
 */
export const handoutSchema = z
  .object({
    title: z.string().min(5).max(70),
    description: z.string().min(50).max(160),
    /** One or two sentences under the title: who the handout is for and what it covers. */
    summary: z.string().min(20).max(200),
    /** The short address /h/<short>/, registered under `short:` in content/links.yaml and leading to the article. */
    short: z.string().regex(/^[a-z]{2,8}$/, 'must be 2 to 8 lowercase letters (it is typed by hand)'),
    /** The article the handout sums up: its QR code and short address open it. */
    article: slug,
    audience: z.array(z.enum(AUDIENCES)).min(1),
    /** Position in the list of handouts. */
    order: z.number().int().positive(),
    /** Printed pages on US Letter and on A4: 1, or 2 only where a checklist needs the room (the print test checks). */
    pages: z.union([z.literal(1), z.literal(2)]).default(1),
    /** The blanks the printed sheet leaves to write in (PEMAT item 23, a tool to act with), in the order they print. */
    writeIn: z
      .array(z.enum(WRITE_IN_FIELDS))
      .min(1)
      .refine((a) => new Set(a).size === a.length, 'lists a field twice'),
    /** Where the handout's facts come from (at least 2, authoritative). */
    sources: z.array(sourceSchema).min(2),
    ...reviewFields,
  })
  .strict()
  .refine(nextReviewWithinAYear, reviewRule);

export type Source = z.infer<typeof sourceSchema>;
export type { Audience, Topic } from '../lib/topics.ts';
