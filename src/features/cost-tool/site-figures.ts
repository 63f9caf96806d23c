/**
 * The site's own figures the worksheet uses, from the dated facts registry (content/facts/) as they stand on the day
 * the site is built for: Medicare's Part B deductible and coinsurance. Once a figure's last known period has ended
 * (the 2026 deductible, in 2027), its words say the new amount is not known yet and its value is null, so the
 * arithmetic never uses an old year's amount as this year's. Pure: the caller passes the facts and the day.
 */
import { factById, factText, periodOn, type Facts } from '../../model/facts.ts';
import type { Source } from '../../model/schemas.ts';
import { COST_WORDS, type Lang } from './words.ts';
import { formatDate } from '../../lib/dates.ts';
import type { SiteTexts } from './explain.ts';
import type { SiteNumbers } from './cost.ts';

/** The facts the worksheet reads, by the role they play. */
export const COST_FACTS = {
  deductible: 'medicare.partB.deductible',
  coinsurance: 'medicare.partB.coinsurance',
} as const;

/** One site figure as the page shows it: words, value (null when not known that day), sources, last checked. */
export interface SiteFigure {
  id: string;
  text: string;
  value: number | null;
  sources: Source[];
  checked: Date;
}

/** The value in force on `day`, or null when the last known period has ended (or none has begun). */
function valueOn(facts: Facts, id: string, day: Date): number | null {
  const found = periodOn(factById(facts, id), day);
  if (!found || found.ended) return null;
  const v = found.period.value;
  return typeof v === 'number' ? v : null;
}

/** Both figures on `day`, in a language. */
export function siteFigures(facts: Facts, day: Date, lang: Lang): Record<keyof typeof COST_FACTS, SiteFigure> {
  const one = (id: string): SiteFigure => {
    const fact = factById(facts, id);
    return {
      id,
      text: factText(facts, id, lang, day),
      value: valueOn(facts, id, day),
      sources: fact.sources,
      checked: fact.checked,
    };
  };
  return { deductible: one(COST_FACTS.deductible), coinsurance: one(COST_FACTS.coinsurance) };
}

/** Where a figure comes from and when it was checked, in a few words: "Federal Register; checked December 4, 2026". */
export function sourceAndDate(figure: SiteFigure, lang: Lang): string {
  const publishers = [...new Set(figure.sources.map((s) => s.publisher.replace(/\s*\(.*$/, '')))].join(', ');
  return COST_WORDS[lang].sourceChecked(publishers, formatDate(figure.checked, lang === 'es' ? 'es-US' : 'en-US'));
}

/** What the script needs of the figures: their words and values (explain.ts), and working units (cost.ts). */
export function figuresForScript(
  figures: Record<keyof typeof COST_FACTS, SiteFigure>,
  lang: Lang,
): {
  texts: SiteTexts;
  numbers: SiteNumbers;
} {
  const { deductible, coinsurance } = figures;
  return {
    texts: {
      deductible: { text: deductible.text, value: deductible.value, from: sourceAndDate(deductible, lang) },
      coinsurance: { text: coinsurance.text, value: coinsurance.value, from: sourceAndDate(coinsurance, lang) },
    },
    numbers: {
      partBDeductible: deductible.value === null ? null : Math.round(deductible.value * 100),
      partBCoinsurance: coinsurance.value === null ? null : Math.round(coinsurance.value * 100),
    },
  };
}
