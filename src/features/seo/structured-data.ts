/**
 * Link previews and search-engine data for every page: Open Graph and Twitter meta, and JSON-LD typed with
 * schema-dts (MedicalWebPage, FAQPage, BreadcrumbList). Pure: pages pass in what they know; nothing is invented
 * (no reviewer is named, because the site has none).
 */
import type { BreadcrumbList, FAQPage, MedicalWebPage, WebPage, WithContext } from 'schema-dts';
import { SITE_NAME } from '../../lib/site.ts';
import { isoDate } from '../../lib/dates.ts';
import { withBase } from '../../lib/urls.ts';
import type { Audience } from '../../lib/topics.ts';
import type { NavLink } from '../../lib/navigation.ts';

/** Our audiences as schema.org audience types. */
export const SCHEMA_AUDIENCE: Record<Audience, 'Patient' | 'Caregiver' | 'MedicalProfessional'> = {
  self: 'Patient',
  family: 'Caregiver',
  professional: 'MedicalProfessional',
};

/** Breadcrumb links made absolute against the site. */
export function absoluteCrumbs(links: readonly NavLink[], site: URL | string): Crumb[] {
  return links.map((l) => ({ name: l.label, url: new URL(l.href, site).href }));
}

/** The default share image (1200 x 630, committed in public/) and its text alternative. */
export const SHARE_IMAGE = {
  path: '/og-image.png',
  width: 1200,
  height: 630,
  alt: `${SITE_NAME}: intensive outpatient programs, explained in plain language`,
};

/** A crumb: a name and an absolute URL. */
export interface Crumb {
  name: string;
  url: string;
}

/** What a page tells search engines about itself. */
export interface PageFacts {
  url: string;
  title: string;
  description: string;
  /** Content pages have review dates; tool pages do not. */
  lastReviewed?: Date;
  /** People the page is written for (schema.org audience types). */
  audiences?: readonly ('Patient' | 'Caregiver' | 'MedicalProfessional')[];
  /** What the page is about, in plain words ("Intensive outpatient program"). */
  about?: string;
  breadcrumbs?: readonly Crumb[];
  /** An FAQ answer page: its question and the answer's text. */
  faq?: { question: string; answer: string };
  /** The page's language as a BCP 47 tag ("en-US", "es-US"); English when not given. */
  inLanguage?: string;
}

/** JSON-LD objects for a page: a MedicalWebPage (or WebPage for tools), then breadcrumbs and FAQ where they apply. */
export function jsonLd(p: PageFacts): WithContext<MedicalWebPage | WebPage | BreadcrumbList | FAQPage>[] {
  const page: WithContext<MedicalWebPage | WebPage> = p.lastReviewed
    ? {
        '@context': 'https://schema.org',
        '@type': 'MedicalWebPage',
        name: p.title,
        description: p.description,
        url: p.url,
        inLanguage: p.inLanguage ?? 'en-US',
        lastReviewed: isoDate(p.lastReviewed),
        isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: new URL(withBase('/'), p.url).href },
        publisher: { '@type': 'Organization', name: SITE_NAME },
        ...(p.about ? { about: { '@type': 'MedicalTherapy', name: p.about } } : {}),
        ...(p.audiences?.length
          ? { audience: p.audiences.map((a) => ({ '@type': 'MedicalAudience' as const, audienceType: a })) }
          : {}),
      }
    : {
        '@context': 'https://schema.org',
        '@type': 'WebPage',
        name: p.title,
        description: p.description,
        url: p.url,
        inLanguage: p.inLanguage ?? 'en-US',
      };
  const out: WithContext<MedicalWebPage | WebPage | BreadcrumbList | FAQPage>[] = [page];
  if (p.breadcrumbs?.length) {
    out.push({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [...p.breadcrumbs, { name: p.title, url: p.url }].map((c, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name: c.name,
        item: c.url,
      })),
    });
  }
  if (p.faq) {
    out.push({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        { '@type': 'Question', name: p.faq.question, acceptedAnswer: { '@type': 'Answer', text: p.faq.answer } },
      ],
    });
  }
  return out;
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so no text can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
