/**
 * The appeal path (<AppealPath />) as data: its three steps and the help beside them, in the page's language, with
 * every time limit read from content/facts through the same fact ids the paying page's table uses, for the build's
 * day. Pure: the caller passes the facts, the language and the day, so tests reach it without rendering.
 */
import type { Lang } from '../../i18n/lang.ts';
import { factText, type Facts } from '../../model/facts.ts';
import { ACTION_VISUAL_WORDS, type VisualItem } from './words.ts';

/** The fact ids the path reads: one owner for each deadline (content/facts/appeals.yaml). */
export const APPEAL_FACT_IDS = {
  privatePlan: 'appeals.privatePlan.internal',
  medicareAdvantage: 'appeals.medicareAdvantage.reconsideration',
  originalMedicare: 'appeals.originalMedicare.redetermination',
  medicaidPlan: 'appeals.medicaid.managedCare',
  keepCare: 'appeals.medicaid.keepCareGoing',
  fairHearingMax: 'appeals.medicaid.fairHearingMax',
} as const;

/** One step of the path: its title, what to do, and an optional list (deadlines, or kinds of outside review). */
export interface AppealStep extends VisualItem {
  intro?: string;
  list?: string[];
  note?: string;
}

/** The path: a title, the three steps in order, and the help that goes with every step. */
export interface AppealPathData {
  title: string;
  steps: [AppealStep, AppealStep, AppealStep];
  help: VisualItem;
}

/** The appeal path in `lang` on `day`; an unknown fact id, or a day the registry holds no value for, throws. */
export function appealPath(facts: Facts, lang: Lang, day: Date): AppealPathData {
  const w = ACTION_VISUAL_WORDS[lang].appeal;
  const days = (key: keyof typeof APPEAL_FACT_IDS) => factText(facts, APPEAL_FACT_IDS[key], lang, day);
  return {
    title: w.title,
    steps: [
      { ...w.read },
      {
        ...w.internal,
        intro: w.limitsIntro,
        list: [
          w.limits.privatePlan(days('privatePlan')),
          w.limits.medicareAdvantage(days('medicareAdvantage')),
          w.limits.originalMedicare(days('originalMedicare')),
          w.limits.medicaidPlan(days('medicaidPlan')),
        ],
        note: w.keepCare(days('keepCare')),
      },
      {
        ...w.outside,
        list: [w.outsideKinds.privatePlan, w.outsideKinds.medicaid(days('fairHearingMax')), w.outsideKinds.medicare],
      },
    ],
    help: w.help,
  };
}
