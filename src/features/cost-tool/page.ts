/**
 * The cost worksheet page's own data: its sources beyond the facts' own, and its review dates. The words live in
 * words.ts; the section ids and headings, which the link builder lists too, in src/lib/page-titles/cost-tool.ts.
 */
import type { Source } from '../../model/schemas.ts';

/** When the page's words were last checked, and when they must be again (sooner when a fact it uses runs out). */
export const TOOL_REVIEW = {
  lastReviewed: new Date('2026-12-05T00:00:00Z'),
  nextReview: new Date('2027-12-05T00:00:00Z'),
};

/**
 * Where the page's rules come from, besides the sources of the facts it reads (content/facts/): what Medicare and
 * Medicaid charge, what an out-of-pocket maximum is, the right to a good faith estimate, and sliding-fee help.
 */
export const TOOL_SOURCES: readonly Source[] = [
  {
    title: 'Mental health care (intensive outpatient program services)',
    publisher: 'Medicare.gov (Centers for Medicare & Medicaid Services)',
    year: 2024,
    url: 'https://www.medicare.gov/coverage/mental-health-care-intensive-outpatient-program-services',
  },
  {
    title: 'Cost Sharing Out of Pocket Costs',
    publisher: 'Medicaid.gov (Centers for Medicare & Medicaid Services)',
    year: 2013,
    url: 'https://www.medicaid.gov/medicaid/cost-sharing/cost-sharing-out-pocket-costs/index.html',
  },
  {
    title: 'Gastos máximos de su bolsillo / límite (out-of-pocket maximum)',
    publisher: 'CuidadoDeSalud.gov (Centers for Medicare & Medicaid Services)',
    year: 2025,
    url: 'https://cuidadodesalud.gov/es/glossary/out-of-pocket-maximum-limit/',
  },
  {
    title: 'Requirements Related to Surprise Billing; Part II (good faith estimates for uninsured or self-pay people)',
    publisher: 'Federal Register (GovInfo)',
    year: 2021,
    url: 'https://www.govinfo.gov/content/pkg/FR-2021-10-07/html/2021-21441.htm',
  },
  {
    title: "SAMHSA's National Helpline",
    publisher: 'Substance Abuse and Mental Health Services Administration (SAMHSA)',
    year: 2025,
    url: 'https://www.samhsa.gov/find-help/national-helpline',
  },
];

/** The page's sources and the facts' sources, each address once. */
export function pageSources(factSources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return [...TOOL_SOURCES, ...factSources].filter((s) => !seen.has(s.url) && seen.add(s.url));
}
