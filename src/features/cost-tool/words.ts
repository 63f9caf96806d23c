/**
 * Every word of the cost worksheet, in English and Spanish: the page, the boxes, the paper worksheet, the steps of the
 * arithmetic, the messages for bad values, the questions to ask and what the worksheet cannot know. Components and
 * the <iop-cost> script choose the language; this module holds the words. The browser script imports COST_WORDS and
 * the functions that build sentences; the page's longer lists (PAGE_WORDS) stay on the server.
 */
import type { Cover, Needed } from './cost.ts';
import type { Field, Problem } from './state.ts';

/** The site's languages (as src/i18n/lang.ts; repeated so the browser script does not ship the i18n module). */
export type Lang = 'en' | 'es';

/** "$1,080": whole dollars as US readers (and es.medicare.gov) write them. */
export function money(n: number): string {
  return `$${n.toLocaleString('en-US')}`;
}
/** "$57.50" for a price with cents, "$250" without. */
export function price(n: number): string {
  return Number.isInteger(n)
    ? money(n)
    : `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** The words the script needs: box names, messages, the steps, the result. */
export const COST_WORDS = {
  en: {
    /** A box's name, as its label says it and as messages name it. */
    field: {
      cover: 'How you are covered',
      days: 'Days a week',
      weeks: 'Number of weeks',
      price: {
        medicare: 'Medicare-approved amount for 1 day',
        plan: 'What the program charges your plan for 1 day',
        none: 'The program’s price for 1 day',
        medicaid: 'Price for 1 day',
      },
      ded: { medicare: 'Part B deductible you have left', plan: 'Deductible you have left' },
      share: 'What you pay after the deductible',
      pct: 'Coinsurance',
      copay: { plan: 'Copay for 1 day', medicaid: 'Copay for 1 day' },
      oop: 'Out-of-pocket maximum you have left',
      coinsurance: 'Medicare’s coinsurance',
    },
    problem: (name: string, p: Problem): string => {
      const v = `“${p.value}”`;
      switch (p.kind) {
        case 'not-a-number':
          return `${name}: ${v} is not a number. Use digits, like 250 or 12.50.`;
        case 'ambiguous':
          return `${name}: ${v} could mean two things. Write it without the period, like 1200, or with a comma, like 1,200.`;
        case 'not-whole':
          return `${name}: ${v} is not a whole number. Use a whole number, like 3.`;
        case 'too-small':
          return `${name}: ${v} is too small. Use ${p.min} or more.`;
        case 'too-big':
          return p.field === 'weeks'
            ? `${name}: ${v} is more than ${p.max}. This worksheet counts one plan year, because deductibles start again each year.`
            : `${name}: ${v} is more than ${p.max.toLocaleString('en-US')}. Check the number.`;
        case 'backwards':
          return `${name}: the second number (${p.to}) is smaller than the first (${p.from}). Put the smaller one first.`;
        case 'not-a-choice':
          return `${name}: ${v} is not one of the choices. Choose one of them.`;
        case 'over-site-figure':
          return `${name}: ${v} is more than the whole Part B deductible (${money(p.max)}). Use ${money(p.max)} or less.`;
      }
    },
    checkTitle: 'Check these boxes',
    needTitle: 'To see an estimate, fill in:',
    chooseCover: 'Choose how you are covered to start.',
    estimateTitle: 'Your estimate',
    notAQuote: 'This is an estimate, not a quote.',
    range: (lo: number, hi: number | null): string =>
      hi === null
        ? `${money(lo)}, or more if your state charges a copay`
        : lo === hi
          ? money(lo)
          : `${money(lo)} to ${money(hi)}`,
    announce: (range: string) => `Estimate: ${range}.`,
    sameEnds:
      'The low and high ends are the same because you gave one number for each box. To see how much it could change, give a range, like 6 to 12 weeks.',
    lowEnd: (total: string) => `The low end: ${total}`,
    highEnd: (total: string) => `The high end: ${total}`,
    highUnknown: 'not known without your state’s copay',
    howWorked: 'How we worked it out',
    numbersTitle: 'The numbers we used',
    numbersCaption: 'Which numbers are yours and which are this site’s',
    what: 'What',
    number: 'Number',
    from: 'From',
    fromYou: 'You',
    fromSite: 'This site',
    notGiven: 'Not given',
    notGivenLow: 'You left it empty: the low end counts none left.',
    notGivenHigh: (ded: string) => `the high end counts ${ded}`,
    partBDeductible: 'Medicare Part B deductible',
    partBCoinsurance: 'Medicare’s coinsurance',
    noCap: 'Not given: no limit counted',
    // The steps of the arithmetic, one sentence each.
    days: (dpw: number, weeks: number, days: number) =>
      `${dpw} ${dpw === 1 ? 'day' : 'days'} a week for ${weeks} ${weeks === 1 ? 'week' : 'weeks'} is ${days} ${days === 1 ? 'day' : 'days'}.` +
      (days === 0 ? ' So there is nothing to pay yet.' : ''),
    bills: (days: number, p: string, bills: string, cover: Cover) =>
      cover === 'medicare'
        ? `${days} days at ${p} a day (the Medicare-approved amount) is ${bills}.`
        : `${days} days at ${p} a day is ${bills} in bills.`,
    selfPay: (days: number, p: string, total: string) =>
      `${days} days at ${p} a day is ${total}. That is what you would pay the program.`,
    deductibleNone: (cover: Cover) =>
      cover === 'medicare'
        ? 'You have no Part B deductible left this year, so Medicare shares the cost from day 1.'
        : 'You have no deductible left, so your plan shares the cost from day 1.',
    deductibleAssumedNone:
      'You did not say how much deductible you have left. This end counts none left, so the sharing starts on day 1.',
    deductibleAssumedSite: (ded: string) =>
      `You did not say how much deductible you have left. This end counts the whole Part B deductible: ${ded}.`,
    deductibleAssumedAll: (bills: string) =>
      `You did not say how much deductible you have left. This end counts it as more than your bills, so you pay all ${bills}.`,
    deductiblePaid: (paid: string, day: number) =>
      `You pay the first ${paid} yourself: the deductible you have left. It is used up on day ${day}.`,
    deductibleAll: (left: string, bills: string) =>
      `Your bills are less than the deductible you have left (${left}), so you pay all ${bills} yourself.`,
    pctShare: (rest: string, pct: string, amount: string, cover: Cover) =>
      cover === 'medicare'
        ? `That leaves ${rest}. You pay Medicare’s ${pct} coinsurance on it: ${amount}.`
        : `That leaves ${rest}. You pay ${pct} of it: ${amount}.`,
    copayShare: (copay: string, days: number, amount: string, fromDay: number) =>
      fromDay > 1
        ? `From day ${fromDay}, you pay a ${copay} copay for each day: ${days} ${days === 1 ? 'day' : 'days'} × ${copay} = ${amount}.`
        : `You pay a ${copay} copay for each day: ${days} ${days === 1 ? 'day' : 'days'} × ${copay} = ${amount}.`,
    sum: (a: string, b: string, sum: string) => `${a} + ${b} = ${sum}.`,
    capReached: (left: string, day: number) =>
      `But you have only ${left} left before your out-of-pocket maximum. You reach it on day ${day}, so you pay ${left}. After that, your plan pays for covered care for the rest of the plan year.`,
    capNotReached: (left: string) => `That is less than the ${left} you have left before your out-of-pocket maximum.`,
    noCapNote:
      'You did not give an out-of-pocket maximum, so none is counted. If your plan has one, you never pay more than what is left of it.',
    medicareNoCap:
      'Original Medicare has no yearly limit on what you pay, unless other coverage (such as Medigap or Medicaid) helps.',
    medicaidCopay: (copay: string, days: number, total: string) =>
      `With a ${copay} copay for each day: ${days} ${days === 1 ? 'day' : 'days'} × ${copay} = ${total}.`,
    medicaidNoCopay: 'If there is no copay, you pay $0 for covered care.',
    medicaidUnknown: (days: number) =>
      `If your state charges a copay for each day, multiply it by ${days} days. Enter the copay above to see it.`,
    total: (t: string) => `Total: ${t}.`,
    printButton: 'Print',
    startOver: 'Start over',
    /** Between the two numbers of a range: "3 to 5". */
    to: 'to',
    orMore: (n: string) => `${n} or more`,
  },
  es: {
    field: {
      cover: 'Su cobertura',
      days: 'Días por semana',
      weeks: 'Número de semanas',
      price: {
        medicare: 'Monto aprobado por Medicare por 1 día',
        plan: 'Lo que el programa le cobra a su plan por 1 día',
        none: 'El precio del programa por 1 día',
        medicaid: 'Precio por 1 día',
      },
      ded: { medicare: 'Deducible de la Parte B que le queda', plan: 'Deducible que le queda' },
      share: 'Lo que paga después del deducible',
      pct: 'Coseguro',
      copay: { plan: 'Copago por 1 día', medicaid: 'Copago por 1 día' },
      oop: 'Gastos máximos de su bolsillo que le quedan',
      coinsurance: 'Coseguro de Medicare',
    },
    problem: (name: string, p: Problem): string => {
      const v = `“${p.value}”`;
      switch (p.kind) {
        case 'not-a-number':
          return `${name}: ${v} no es un número. Use cifras, como 250 o 12.50.`;
        case 'ambiguous':
          return `${name}: ${v} puede leerse de dos maneras. Escríbalo sin el punto, como 1200, o con una coma, como 1,200.`;
        case 'not-whole':
          return `${name}: ${v} no es un número entero. Use un número entero, como 3.`;
        case 'too-small':
          return `${name}: ${v} es muy poco. Use ${p.min} o más.`;
        case 'too-big':
          return p.field === 'weeks'
            ? `${name}: ${v} es más de ${p.max}. Esta hoja cuenta un año del plan, porque los deducibles empiezan de nuevo cada año.`
            : `${name}: ${v} es más de ${p.max.toLocaleString('en-US')}. Revise el número.`;
        case 'backwards':
          return `${name}: el segundo número (${p.to}) es menor que el primero (${p.from}). Ponga primero el menor.`;
        case 'not-a-choice':
          return `${name}: ${v} no es una de las opciones. Elija una de ellas.`;
        case 'over-site-figure':
          return `${name}: ${v} es más que todo el deducible de la Parte B (${money(p.max)}). Use ${money(p.max)} o menos.`;
      }
    },
    checkTitle: 'Revise estas casillas',
    needTitle: 'Para ver un cálculo, llene:',
    chooseCover: 'Para empezar, elija su cobertura.',
    estimateTitle: 'Su cálculo',
    notAQuote: 'Esto es un cálculo aproximado, no un presupuesto.',
    range: (lo: number, hi: number | null): string =>
      hi === null
        ? `${money(lo)}, o más si su estado cobra un copago`
        : lo === hi
          ? money(lo)
          : `de ${money(lo)} a ${money(hi)}`,
    announce: (range: string) => `Cálculo: ${range}.`,
    sameEnds:
      'El mínimo y el máximo son iguales porque usted dio un solo número en cada casilla. Para ver cuánto puede cambiar, dé un rango, como de 6 a 12 semanas.',
    lowEnd: (total: string) => `El mínimo: ${total}`,
    highEnd: (total: string) => `El máximo: ${total}`,
    highUnknown: 'no se sabe sin el copago de su estado',
    howWorked: 'Cómo lo calculamos',
    numbersTitle: 'Los números que usamos',
    numbersCaption: 'Cuáles números son suyos y cuáles son de este sitio',
    what: 'Qué',
    number: 'Número',
    from: 'De dónde',
    fromYou: 'Usted',
    fromSite: 'Este sitio',
    notGiven: 'No lo dio',
    notGivenLow: 'Lo dejó vacío: el mínimo cuenta que no le queda nada.',
    notGivenHigh: (ded: string) => `el máximo cuenta ${ded}`,
    partBDeductible: 'Deducible de la Parte B de Medicare',
    partBCoinsurance: 'Coseguro de Medicare',
    noCap: 'No lo dio: no se cuenta ningún límite',
    days: (dpw: number, weeks: number, days: number) =>
      `${dpw} ${dpw === 1 ? 'día' : 'días'} por semana durante ${weeks} ${weeks === 1 ? 'semana' : 'semanas'} son ${days} ${days === 1 ? 'día' : 'días'}.` +
      (days === 0 ? ' Así que todavía no hay nada que pagar.' : ''),
    bills: (days: number, p: string, bills: string, cover: Cover) =>
      cover === 'medicare'
        ? `${days} días a ${p} por día (el monto aprobado por Medicare) son ${bills}.`
        : `${days} días a ${p} por día son ${bills} en facturas.`,
    selfPay: (days: number, p: string, total: string) =>
      `${days} días a ${p} por día son ${total}. Eso es lo que usted le pagaría al programa.`,
    deductibleNone: (cover: Cover) =>
      cover === 'medicare'
        ? 'No le queda deducible de la Parte B este año, así que Medicare comparte el costo desde el día 1.'
        : 'No le queda deducible, así que su plan comparte el costo desde el día 1.',
    deductibleAssumedNone:
      'Usted no dijo cuánto deducible le queda. Este extremo cuenta que no le queda nada, así que se comparte el costo desde el día 1.',
    deductibleAssumedSite: (ded: string) =>
      `Usted no dijo cuánto deducible le queda. Este extremo cuenta todo el deducible de la Parte B: ${ded}.`,
    deductibleAssumedAll: (bills: string) =>
      `Usted no dijo cuánto deducible le queda. Este extremo cuenta que es más que sus facturas, así que usted paga los ${bills}.`,
    deductiblePaid: (paid: string, day: number) =>
      `Usted paga los primeros ${paid}: el deducible que le queda. Se acaba el día ${day}.`,
    deductibleAll: (left: string, bills: string) =>
      `Sus facturas son menos que el deducible que le queda (${left}), así que usted paga los ${bills}.`,
    pctShare: (rest: string, pct: string, amount: string, cover: Cover) =>
      cover === 'medicare'
        ? `Quedan ${rest}. Usted paga el coseguro de Medicare, el ${pct} de eso: ${amount}.`
        : `Quedan ${rest}. Usted paga el ${pct} de eso: ${amount}.`,
    copayShare: (copay: string, days: number, amount: string, fromDay: number) =>
      fromDay > 1
        ? `Desde el día ${fromDay}, paga un copago de ${copay} por día: ${days} ${days === 1 ? 'día' : 'días'} × ${copay} = ${amount}.`
        : `Paga un copago de ${copay} por día: ${days} ${days === 1 ? 'día' : 'días'} × ${copay} = ${amount}.`,
    sum: (a: string, b: string, sum: string) => `${a} + ${b} = ${sum}.`,
    capReached: (left: string, day: number) =>
      `Pero solo le quedan ${left} para llegar a sus gastos máximos de bolsillo. Llega el día ${day}, así que paga ${left}. Después, su plan paga la atención cubierta por el resto del año del plan.`,
    capNotReached: (left: string) =>
      `Eso es menos que los ${left} que le quedan para llegar a sus gastos máximos de bolsillo.`,
    noCapNote:
      'Usted no dio sus gastos máximos de bolsillo, así que no se cuenta ningún límite. Si su plan tiene uno, nunca paga más de lo que le queda.',
    medicareNoCap:
      'Medicare Original no tiene un límite al año de lo que usted paga, salvo que otra cobertura (como Medigap o Medicaid) le ayude.',
    medicaidCopay: (copay: string, days: number, total: string) =>
      `Con un copago de ${copay} por día: ${days} ${days === 1 ? 'día' : 'días'} × ${copay} = ${total}.`,
    medicaidNoCopay: 'Si no hay copago, usted paga $0 por la atención cubierta.',
    medicaidUnknown: (days: number) =>
      `Si su estado cobra un copago por día, multiplíquelo por ${days} días. Escriba el copago arriba para verlo.`,
    total: (t: string) => `Total: ${t}.`,
    printButton: 'Imprimir',
    startOver: 'Empezar de nuevo',
    to: 'a',
    orMore: (n: string) => `${n} o más`,
  },
} as const satisfies Record<Lang, unknown>;

/** The words for one language. */
export type CostWords = (typeof COST_WORDS)[Lang];

/** A box's name for messages and the list of what is needed, for the chosen coverage. */
export function fieldName(field: Field | Needed, cover: Cover | null, lang: Lang): string {
  const f = COST_WORDS[lang].field;
  switch (field) {
    case 'price':
      return f.price[cover ?? 'none'];
    case 'ded':
      return cover === 'medicare' ? f.ded.medicare : f.ded.plan;
    case 'copay':
      return cover === 'medicaid' ? f.copay.medicaid : f.copay.plan;
    default:
      return f[field];
  }
}

/** A message for one bad box, naming the box. */
export function problemMessage(p: Problem, cover: Cover | null, lang: Lang): string {
  return COST_WORDS[lang].problem(fieldName(p.field, cover, lang), p);
}
