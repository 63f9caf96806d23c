/**
 * The words of <EstimateVsBill /> (a made-up good faith estimate beside a made-up bill, the 4 steps to compare
 * them, and a table to fill in with the reader's own bill beside the example's numbers), in both languages. Its own module so the shared words module of the other pictures stays untouched. The
 * amounts the law sets (how much more, how many days) are not here: they come from content/facts.
 */
import type { Lang } from '../../i18n/lang.ts';

/** The parts of care a sample estimate and bill list, in order (the same keys as SAMPLE_LINES). */
export type LineKey = 'group' | 'individual' | 'prescriber' | 'tests';

/** Every word of the picture in one language. */
export interface EstimateBillWords {
  title: string;
  /** How to use the picture to act (PEMAT 25). */
  howTo: string;
  sample: string;
  estimate: string;
  bill: string;
  dateLabel: string;
  totalLabel: string;
  lines: Record<LineKey, string>;
  /** Step 1: the two totals. */
  findTotals: { title: string; text: (estimate: string, bill: string) => string };
  /** Step 2: the subtraction, written out. */
  subtract: { title: string; text: (bill: string, estimate: string, difference: string) => string };
  /** Step 3 when the difference reaches the threshold, and when it does not. */
  compare: {
    title: string;
    yes: (difference: string, threshold: string) => string;
    no: (difference: string, threshold: string) => string;
  };
  /** Step 4: the time limit from the date on the bill, with the last day worked out. */
  deadline: { title: string; text: (days: string, billDate: string, lastDay: string) => string };
  /** The table the reader fills in with their own bill, the example's numbers beside each blank (CCI 17: the sum is
   * set out, so the reader copies numbers in rather than working out what to do). */
  fill: {
    title: string;
    /** How to use the table (PEMAT 25). */
    howTo: string;
    columns: [string, string, string];
    billTotal: string;
    estimateTotal: string;
    over: string;
    reaches: (threshold: string) => string;
    /** The example's answer when it reaches the threshold, when it does not, and the reader's yes/no to circle. */
    yes: string;
    no: string;
    circle: string;
    billDate: string;
    lastDay: (days: string, months: number) => string;
  };
}

export const ESTIMATE_BILL_WORDS: Record<Lang, EstimateBillWords> = {
  en: {
    title: 'Compare your estimate and your bill: an example',
    howTo:
      'Put your own estimate and bill side by side in the same way. Find the total on each, then follow the numbered steps below.',
    sample: 'Sample',
    estimate: 'Good faith estimate',
    bill: 'Bill',
    dateLabel: 'Date',
    totalLabel: 'Total',
    lines: {
      group: 'Group sessions',
      individual: 'Individual sessions',
      prescriber: 'Prescriber visits',
      tests: 'Drug tests and lab',
    },
    findTotals: {
      title: 'Find the 2 totals',
      text: (estimate, bill) => `The estimate says ${estimate}. The bill says ${bill}.`,
    },
    subtract: {
      title: 'Subtract',
      text: (bill, estimate, difference) => `${bill} minus ${estimate} is ${difference}.`,
    },
    compare: {
      title: 'Compare',
      yes: (difference, threshold) =>
        `The bill is ${difference} more than the estimate. That is ${threshold} or more, so you can dispute this bill.`,
      no: (difference, threshold) =>
        `The bill is ${difference} more than the estimate. That is less than ${threshold}, so the federal dispute does not apply. You can still call the billing office.`,
    },
    deadline: {
      title: 'Mark the last day on a calendar',
      text: (days, billDate, lastDay) =>
        `You have ${days} from the date on the bill. This bill is dated ${billDate}, so start a dispute by ${lastDay}.`,
    },
    fill: {
      title: 'Now check your own bill',
      howTo:
        'Copy the 2 totals and the date from your own papers into the empty boxes. Then fill in each row the way the example does.',
      columns: ['Check', 'Example', 'Your bill'],
      billTotal: 'Total on the bill',
      estimateTotal: 'Minus the total on the estimate',
      over: 'Equals: how much more the bill is',
      reaches: (threshold) => `Is that ${threshold} or more? If yes, you can dispute.`,
      yes: 'Yes',
      no: 'No',
      circle: 'Yes / No',
      billDate: 'Date on the bill',
      lastDay: (days, months) =>
        `Last day to start a dispute: ${days} later (${months === 1 ? 'about 1 month' : `about ${months} months`})`,
    },
  },
  es: {
    title: 'Compare su estimado y su factura: un ejemplo',
    howTo:
      'Ponga su estimado y su factura uno al lado del otro, de la misma forma. Busque el total de cada uno y luego siga los pasos de abajo.',
    sample: 'Ejemplo',
    estimate: 'Estimado de buena fe',
    bill: 'Factura',
    dateLabel: 'Fecha',
    totalLabel: 'Total',
    lines: {
      group: 'Sesiones en grupo',
      individual: 'Sesiones individuales',
      prescriber: 'Citas con el médico que receta',
      tests: 'Pruebas de drogas y laboratorio',
    },
    findTotals: {
      title: 'Busque los 2 totales',
      text: (estimate, bill) => `El estimado dice ${estimate}. La factura dice ${bill}.`,
    },
    subtract: {
      title: 'Reste',
      text: (bill, estimate, difference) => `${bill} menos ${estimate} da ${difference}.`,
    },
    compare: {
      title: 'Compare',
      yes: (difference, threshold) =>
        `La factura tiene ${difference} de más. Eso es ${threshold} o más. Por eso, puede disputarla.`,
      no: (difference, threshold) =>
        `La factura tiene ${difference} de más. Eso es menos de ${threshold}. Por eso, la disputa federal no vale aquí. Igual puede llamar a la oficina de cobros.`,
    },
    deadline: {
      title: 'Marque el último día en un calendario',
      text: (days, billDate, lastDay) =>
        `Tiene ${days} desde la fecha de la factura. Esta factura tiene fecha del ${billDate}. Empiece la disputa a más tardar el ${lastDay}.`,
    },
    fill: {
      title: 'Ahora revise su propia factura',
      howTo:
        'Copie los 2 totales y la fecha de sus papeles en las casillas vacías. Luego llene cada fila como en el ejemplo.',
      columns: ['Revise', 'Ejemplo', 'Su factura'],
      billTotal: 'Total de la factura',
      estimateTotal: 'Menos el total del estimado',
      over: 'Da: cuánto más es la factura',
      reaches: (threshold) => `¿Es ${threshold} o más? Si es así, puede disputarla.`,
      yes: 'Sí',
      no: 'No',
      circle: 'Sí / No',
      billDate: 'Fecha de la factura',
      lastDay: (days, months) =>
        `Último día para empezar una disputa: ${days} después (${months === 1 ? 'más o menos 1 mes' : `unos ${months} meses`})`,
    },
  },
};
