/**
 * The words of <SampleStrip kind="..." /> (one line from a made-up document with the places a reader must find on the
 * real one), in both languages. kind="denial-letter": a plan's letter saying it will not pay (the reason and the last
 * day to appeal; the date is made up). kind="estimate-and-bill": a good faith estimate and a bill (both totals and the
 * bill's date); its values are <EstimateVsBill />'s made-up figures (./estimate-bill.ts), so only the labels are here.
 */
import type { Lang } from '../../i18n/lang.ts';

/** The strips there are, by the value of their kind prop. */
export const SAMPLE_STRIP_KINDS = ['denial-letter', 'estimate-and-bill'] as const;
export type SampleStripKind = (typeof SAMPLE_STRIP_KINDS)[number];
export const isSampleStripKind = (kind: unknown): kind is SampleStripKind =>
  SAMPLE_STRIP_KINDS.includes(kind as SampleStripKind);

/** Every word of the strips in one language. */
export interface SampleStripWords {
  'denial-letter': {
    /** The strip's title: says it is a sample and how to use it (PEMAT 25), one short line. */
    title: string;
    /** The two places to find on a real letter, in reading order. */
    fields: readonly [{ label: string; value: string }, { label: string; value: string }];
  };
  'estimate-and-bill': {
    /** The title, which says to find the numbered places (1: the estimate's total; 2, 3: the bill's total, date). */
    title: string;
    /** The two documents' names, and the labels of the places to find on them. */
    estimate: string;
    bill: string;
    total: string;
    date: string;
    /** What the sample's numbers mean (CCI 16): how much more the bill is, and whether that can be disputed. */
    means: (difference: string, canDispute: boolean) => string;
  };
}

export const SAMPLE_STRIP_WORDS: Record<Lang, SampleStripWords> = {
  en: {
    'denial-letter': {
      title: 'On your letter (a sample), find:',
      fields: [
        { label: 'Reason', value: 'IOP not needed' },
        { label: 'Last day to appeal', value: 'June 30' },
      ],
    },
    'estimate-and-bill': {
      title: 'On your estimate and your bill (samples), find 1, 2 and 3:',
      estimate: 'Estimate',
      bill: 'Bill',
      total: 'Total',
      date: 'Date',
      means: (difference, canDispute) =>
        `In this sample the bill is ${difference} more than the estimate, ${canDispute ? 'so it can be disputed' : 'too little to dispute'}.`,
    },
  },
  es: {
    'denial-letter': {
      title: 'En su carta (un ejemplo):',
      fields: [
        { label: 'Motivo', value: 'no necesita el IOP' },
        { label: 'Apele hasta el', value: '30 de junio' },
      ],
    },
    'estimate-and-bill': {
      title: 'En su estimado y su factura (ejemplos), busque 1, 2 y 3:',
      estimate: 'Estimado',
      bill: 'Factura',
      total: 'Total',
      date: 'Fecha',
      means: (difference, canDispute) =>
        `En este ejemplo la factura es ${difference} más alta que el estimado: ${canDispute ? 'se puede disputar' : 'no alcanza para disputar'}.`,
    },
  },
};
