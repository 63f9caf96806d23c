/**
 * The words of the bill checker under <EstimateVsBill /> (./bill-check.ts does the sums), in both languages: the
 * boxes' labels and hints, and the answer in plain words. The threshold and the days are not here: they come from
 * content/facts, passed in as the registry writes them ("$400", "120 days").
 */
import type { Lang } from '../../i18n/lang.ts';
import type { AnswerWords, BillField } from './bill-check.ts';

/** The form's words, drawn by the page (the script never needs them, so they stay out of its bundle). */
export interface BillFormWords {
  title: string;
  /** How to use the checker (PEMAT 25). */
  howTo: string;
  labels: Record<BillField, string>;
  /** The hint under each amount box. */
  hints: { estimate: string; bill: string };
  button: string;
  /** What the answer says before anything is checked. */
  ready: string;
}

/** The answer's words, used by the script: the sums' words and what each box's problem says. */
export interface BillAnswerWords extends AnswerWords {
  /** A box left empty or holding something that is not an amount or a date. */
  problems: Record<BillField, { empty: string; bad: string }>;
}

export const BILL_ANSWER_WORDS: Record<Lang, BillAnswerWords> = {
  en: {
    over: (difference, threshold) =>
      `Your bill is ${difference} more than the estimate. That is ${threshold} or more: you can start a dispute.`,
    last: (day, days) => `Last day: ${day} (${days} after the bill date).`,
    passed: 'That day has passed. You can still call the billing office and ask them to lower the bill.',
    needDate: 'Add the date on your bill to see your last day.',
    under: (difference, threshold) =>
      `Your bill is ${difference} more than the estimate. That is less than ${threshold}, so the federal dispute does not apply. You can still call the billing office and ask them to lower the bill.`,
    same: 'Your bill is the same as the estimate. There is nothing to dispute.',
    lower: (difference) => `Your bill is ${difference} less than the estimate. There is nothing to dispute.`,
    problems: {
      estimate: {
        empty: 'Type the total on your estimate.',
        bad: 'The total on your estimate must be an amount in dollars, such as 3,000.',
      },
      bill: {
        empty: 'Type the total on your bill.',
        bad: 'The total on your bill must be an amount in dollars, such as 3,500.',
      },
      date: { empty: 'Type the date on your bill.', bad: 'The date on your bill is not a real date. Check it.' },
    },
  },
  es: {
    over: (difference, threshold) =>
      `Su factura tiene ${difference} más que el estimado. Eso es ${threshold} o más: puede empezar una disputa.`,
    last: (day, days) => `Último día: ${day} (${days} después de la fecha de la factura).`,
    passed: 'Ese día ya pasó. Igual puede llamar a la oficina de cobros y pedir que le bajen la factura.',
    needDate: 'Escriba la fecha de su factura para ver su último día.',
    under: (difference, threshold) =>
      `Su factura tiene ${difference} más que el estimado. Eso es menos de ${threshold}. Por eso, la disputa federal no vale aquí. Igual puede llamar a la oficina de cobros y pedir que le bajen la factura.`,
    same: 'Su factura es igual al estimado. No hay nada que disputar.',
    lower: (difference) => `Su factura tiene ${difference} menos que el estimado. No hay nada que disputar.`,
    problems: {
      estimate: {
        empty: 'Escriba el total de su estimado.',
        bad: 'El total de su estimado debe ser una cantidad en dólares, por ejemplo 3,000.',
      },
      bill: {
        empty: 'Escriba el total de su factura.',
        bad: 'El total de su factura debe ser una cantidad en dólares, por ejemplo 3,500.',
      },
      date: {
        empty: 'Escriba la fecha de su factura.',
        bad: 'La fecha de su factura no es una fecha real. Revísela.',
      },
    },
  },
};

export const BILL_FORM_WORDS: Record<Lang, BillFormWords> = {
  en: {
    title: 'Or let this page do the math',
    howTo:
      'Type the 2 totals and the date from your own papers, then choose "Check my bill". Nothing you type leaves this page.',
    labels: { estimate: 'Total on your estimate', bill: 'Total on your bill', date: 'Date on your bill' },
    hints: { estimate: 'In dollars, such as 3,000', bill: 'In dollars, such as 3,500' },
    button: 'Check my bill',
    ready: 'Your answer will show here.',
  },
  es: {
    title: 'O deje que esta página haga las cuentas',
    howTo:
      'Escriba los 2 totales y la fecha de sus papeles. Luego elija "Revisar mi factura". Lo que escriba no sale de esta página.',
    labels: { estimate: 'Total de su estimado', bill: 'Total de su factura', date: 'Fecha de su factura' },
    hints: { estimate: 'En dólares, por ejemplo 3,000', bill: 'En dólares, por ejemplo 3,500' },
    button: 'Revisar mi factura',
    ready: 'Su respuesta saldrá aquí.',
  },
};
