/**
 * The data contract for content/codes.yaml: ICD-10-CM codes and code ranges, each mapped to the guide page (and
 * section) that helps a patient with that diagnosis consider or go through IOP. The page that answers infobutton
 * requests (/connect/) and /codes.json are built from it. Pure zod; the checks that need more than one entry or the
 * pages themselves (codes that overlap, pages and sections that do not exist) are in ./codes.ts.
 */
import { z } from 'astro/zod';
import { spanOf } from '../lib/icd10.ts';
import { slug } from './schemas.ts';

/** The codes file. */
export const CODES_FILE = 'content/codes.yaml';

/** A code ("F43.1") or a range ("F32-F33"), written as the ICD-10-CM tabular list writes codes. */
const codeText = z.string().superRefine((text, ctx) => {
  const span = spanOf(text);
  if (typeof span === 'string') ctx.addIssue({ code: 'custom', message: span });
});

/** A guide page (an article id) and, optionally, one of its sections (a heading id). */
export const targetSchema = z.object({ page: slug, section: slug.optional() }).strict();
/** Where a mapping leads: an article and an optional section. */
export type CodeTarget = z.infer<typeof targetSchema>;

/** One mapping. */
export const codeMappingSchema = z
  .object({
    /** The code or range ("F11", "F43.1", "F32-F33", "O99.31-O99.32"). */
    code: codeText,
    /**
     * Its title in the ICD-10-CM tabular list, in English, as the list writes it (for record systems, in /codes.json).
     * Official titles keep words the site otherwise avoids ("alcoholic"); readers see the label instead.
     */
    title: z.string().min(3).max(160),
    /**
     * What readers see on /connect/: plain, person-first words in English and Spanish (ICD-10-CM has no official
     * Spanish edition).
     */
    label: z.object({ en: z.string().min(3).max(120), es: z.string().min(3).max(120) }).strict(),
    /** The English page. */
    page: slug.optional(),
    section: slug.optional(),
    /**
     * The Spanish page, when it is not the English page's Spanish twin. Left out, a Spanish reader gets the twin, or,
     * when the page has none yet, the nearest wider mapping's Spanish page, and last the fallback page.
     */
    es: targetSchema.optional(),
    /**
     * Instead of a page: why this site has no page for these codes (they sit inside a wider range that would
     * otherwise catch them). A request for them is told there is no page.
     */
    none: z.string().min(10).max(400).optional(),
    /** Why this page fits these codes, for editors and reviewers (shown in /codes.json as `why`). */
    why: z.string().min(10).max(600),
  })
  .strict()
  .refine((m) => (m.page === undefined) !== (m.none === undefined), {
    message: 'give either a page (with an optional section) or none: "why there is no page", not both',
    path: ['page'],
  })
  .refine((m) => m.page !== undefined || (m.section === undefined && m.es === undefined), {
    message: 'a mapping with none: has no section or es',
    path: ['none'],
  });
/** One mapping of content/codes.yaml. */
export type CodeMapping = z.infer<typeof codeMappingSchema>;

/** content/codes.yaml. */
export const codesFileSchema = z
  .object({
    /** The code system; only ICD-10-CM is read. */
    system: z.literal('ICD-10-CM'),
    /** The page for a code that sits in a mapped range but whose Spanish chain ends without a Spanish page. */
    fallback: targetSchema,
    mappings: z.array(codeMappingSchema).min(1),
  })
  .strict();
/** The parsed codes file. */
export type CodesFile = z.infer<typeof codesFileSchema>;
