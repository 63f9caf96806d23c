/**
 * Every word of the cost worksheet, in English and Spanish: the page, the boxes, the paper worksheet, the steps of the
 * arithmetic, the messages for bad values, the questions to ask and what the worksheet cannot know. Components and
 * the <iop-cost> script choose the language; this module holds the words. The browser script imports COST_WORDS and
 * the functions that build sentences; the page's longer lists (PAGE_WORDS) stay on the server.
 */
import type { Cover, Needed } from './cost.ts';
import { COST_ESTIMATE_TITLE } from '../../lib/page-titles/cost-tool.ts';
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
    estimateTitle: COST_ESTIMATE_TITLE.en,
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
    fromSiteWith: (from: string) => `This site: ${from}`,
    sourceChecked: (publishers: string, date: string) => `${publishers}; checked ${date}`,
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
    deductibleAssumedNone: 'You did not give the deductible you have left, so this end counts none.',
    deductibleAssumedSite: (ded: string) =>
      `You did not give the deductible you have left, so this end counts all of the Part B deductible: ${ded}.`,
    deductibleAssumedAll: (bills: string) =>
      `You did not give the deductible you have left, so this end counts it as more than your bills: you pay all ${bills}.`,
    deductiblePaid: (paid: string, day: number) =>
      `You pay the first ${paid}: the deductible you have left. It runs out on day ${day}.`,
    deductibleAll: (left: string, bills: string) =>
      `Your bills are less than the deductible you have left (${left}), so you pay all ${bills} yourself.`,
    pctShare: (rest: string, pct: string, amount: string, cover: Cover) =>
      cover === 'medicare'
        ? `That leaves ${rest}. Medicare’s ${pct} coinsurance on it is ${amount}.`
        : `That leaves ${rest}. You pay ${pct} of it: ${amount}.`,
    copayShare: (copay: string, days: number, amount: string, fromDay: number) =>
      fromDay > 1
        ? `From day ${fromDay}, you pay a ${copay} copay for each day: ${days} ${days === 1 ? 'day' : 'days'} × ${copay} = ${amount}.`
        : `You pay a ${copay} copay for each day: ${days} ${days === 1 ? 'day' : 'days'} × ${copay} = ${amount}.`,
    sum: (a: string, b: string, sum: string) => `${a} + ${b} = ${sum}.`,
    capReached: (left: string, day: number) =>
      `But you have only ${left} left before your out-of-pocket maximum. You reach it on day ${day}, so you pay ${left}. Then your plan pays for covered care for the rest of the plan year.`,
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
    savedAt: (url: string) => `Your numbers are saved in this address: ${url}`,
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
    estimateTitle: COST_ESTIMATE_TITLE.es,
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
    fromSiteWith: (from: string) => `Este sitio: ${from}`,
    sourceChecked: (publishers: string, date: string) => `${publishers}; revisado el ${date}`,
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
    deductibleAssumedNone: 'Usted no dio el deducible que le queda, así que este extremo cuenta que no le queda nada.',
    deductibleAssumedSite: (ded: string) =>
      `Usted no dio el deducible que le queda, así que este extremo cuenta todo el deducible de la Parte B: ${ded}.`,
    deductibleAssumedAll: (bills: string) =>
      `Usted no dio el deducible que le queda, así que este extremo cuenta que es más que sus facturas: usted paga los ${bills}.`,
    deductiblePaid: (paid: string, day: number) =>
      `Usted paga los primeros ${paid}: el deducible que le queda. Se acaba el día ${day}.`,
    deductibleAll: (left: string, bills: string) =>
      `Sus facturas son menos que el deducible que le queda (${left}), así que usted paga los ${bills}.`,
    pctShare: (rest: string, pct: string, amount: string, cover: Cover) =>
      cover === 'medicare'
        ? `Quedan ${rest}. El coseguro de Medicare, el ${pct} de eso, es ${amount}.`
        : `Quedan ${rest}. Usted paga el ${pct} de eso: ${amount}.`,
    copayShare: (copay: string, days: number, amount: string, fromDay: number) =>
      fromDay > 1
        ? `Desde el día ${fromDay}, paga un copago de ${copay} por día: ${days} ${days === 1 ? 'día' : 'días'} × ${copay} = ${amount}.`
        : `Paga un copago de ${copay} por día: ${days} ${days === 1 ? 'día' : 'días'} × ${copay} = ${amount}.`,
    sum: (a: string, b: string, sum: string) => `${a} + ${b} = ${sum}.`,
    capReached: (left: string, day: number) =>
      `Pero solo le quedan ${left} para llegar a sus gastos máximos de bolsillo. Llega el día ${day}, así que paga ${left}. Luego su plan paga la atención cubierta por el resto del año del plan.`,
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
    savedAt: (url: string) => `Sus números se guardan en esta dirección: ${url}`,
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

/** "Medicare.gov (2024, 2025); Federal Register (2021)": each publisher once (its name before any brackets). */
function publishers(sources: readonly { publisher: string; year: number }[]): string {
  const years = new Map<string, number[]>();
  for (const s of sources) {
    const name = s.publisher.replace(/\s*\(.*$/, '');
    years.set(name, [...new Set([...(years.get(name) ?? []), s.year])].sort());
  }
  return [...years].map(([name, ys]) => `${name} (${ys.join(', ')})`).join('; ');
}

/** Which kinds of coverage an item of a list is for. */
type For = readonly Cover[];
const ALL: For = ['medicare', 'medicaid', 'plan', 'none'];
const INSURED: For = ['medicare', 'medicaid', 'plan'];

/** A worksheet line: words, with BLANK where the reader writes a number. */
export const BLANK = null;
type Line = readonly (string | typeof BLANK)[];

/** The page's own words (server only): the lead, the boxes' hints, the paper worksheet, and the lists. */
export const PAGE_WORDS = {
  en: {
    description:
      'A worksheet to estimate what you might pay for an intensive outpatient program (IOP) with Medicare, Medicaid, a health plan or no insurance.',
    lead: 'This worksheet helps you make a rough estimate of what you might pay for an intensive outpatient program (IOP). It is not a quote: only your plan and the program can tell you what you will pay.',
    privacy:
      'What you type stays in your browser. It is not sent to us or to anyone else. Your numbers are kept in this page’s address, so you can bookmark it or send it to someone you trust.',
    noScript:
      'Print this page and fill in the blanks with a pen. In a browser with JavaScript turned on, this page does the math for you.',
    coverLegend: 'How are you covered?',
    covers: {
      medicare: {
        label: 'Medicare (Original Medicare, Part B)',
        hint: 'Medicare Advantage? Choose “A health plan” instead.',
      },
      medicaid: { label: 'Medicaid', hint: 'Rules and copays differ by state.' },
      plan: { label: 'A health plan from work or the Marketplace', hint: 'Also a Medicare Advantage plan.' },
      none: { label: 'No insurance', hint: 'Or you will pay the program yourself.' },
    },
    howMuch: 'How much IOP?',
    daysHint: 'Ask the program. Not sure? Put the most in the second box.',
    weeksHint: 'Ask the program how long people often stay. Not sure? Give a range, like 6 to 12.',
    mostLabel: (name: string) => `${name}, at most (if you are not sure)`,
    unitDays: 'days',
    unitWeeks: 'weeks',
    priceHint: {
      medicare: 'Ask the program what Medicare pays it for 1 day of IOP. It is different from place to place.',
      plan: 'Ask the program or your plan. For a program in your plan’s network, it is the price your plan agreed to.',
      none: 'Ask the program. Ask if it charges by the day or for each service.',
    },
    dedHint: {
      medicare: (fact: string) =>
        `Medicare’s Part B deductible: ${fact}. If you had other Part B care this year, you may have less left. Leave it empty if you don’t know.`,
      plan: 'Your plan’s website, app or member services can tell you. Leave it empty if you don’t know.',
    },
    shareLegend: 'After the deductible, what do you pay?',
    shareCopay: 'A copay: a set amount for each day',
    sharePct: 'Coinsurance: a percent of each bill',
    copayHint: {
      plan: 'The set amount you pay for each day of IOP.',
      medicaid: 'Many people with Medicaid pay nothing. Your Medicaid plan or state Medicaid office can tell you.',
    },
    pctHint: 'For example, 20 for 20%.',
    oopHint:
      'The most you pay in a plan year for covered care in your plan’s network. Leave it empty if you don’t know.',
    resultStart: 'Choose how you are covered and fill in the boxes. Your estimate shows here.',
    worksheetLead: 'Fill in the blanks. Ask the program and your plan for the numbers you don’t know.',
    blank: 'blank',
    steps: [
      { title: 'How many days', lines: [[BLANK, ' days a week × ', BLANK, ' weeks = ', BLANK, ' days']] as Line[] },
      {
        title: 'The bills',
        lines: [[BLANK, ' days × $', BLANK, ' for 1 day = $', BLANK]] as Line[],
        note: 'For 1 day: the program’s price, what it charges your plan, or the Medicare-approved amount. No insurance? Stop here: this is your estimate.',
      },
      {
        title: 'The deductible',
        lines: [
          ['You pay the first $', BLANK, ': the deductible you have left, or all the bills if they are less.'],
        ] as Line[],
        note: (fact: string) => `Medicare’s Part B deductible: ${fact}.`,
      },
      {
        title: 'Your share of the rest',
        lines: [
          ['Coinsurance: $', BLANK, ' (bills minus deductible) × ', BLANK, '% = $', BLANK],
          ['Or a copay: ', BLANK, ' days × $', BLANK, ' = $', BLANK],
        ] as Line[],
        note: (coinsurance: string) =>
          `Original Medicare: ${coinsurance}. Medicaid: often $0; if your state has a copay, use the copay line.`,
      },
      {
        title: 'Add it up',
        lines: [['$', BLANK, ' + $', BLANK, ' = $', BLANK]] as Line[],
        note: 'You never pay more than what is left of your out-of-pocket maximum.',
      },
      {
        title: 'Your estimate',
        lines: [['From $', BLANK, ' to $', BLANK]] as Line[],
        note: 'Not sure? Work it out with your smallest numbers, then with your largest.',
      },
    ],
    siteNumbersLead:
      'The worksheet uses these figures from Medicare. We show where each comes from and when we checked it.',
    figureLabel: {
      deductible: 'Medicare Part B deductible',
      coinsurance: 'What you pay of the Medicare-approved amount after the deductible (coinsurance)',
    },
    source: 'Source:',
    checked: (date: string) => `Checked ${date}.`,
    questionsLead: 'Ask these before you start. Write down the answers, and who gave them.',
    askPlan: 'Ask your plan',
    askProgram: 'Ask the program',
    planQuestions: [
      { text: 'Is this program in your network?', for: ['plan'] },
      { text: 'Do I need approval first (prior authorization)? Who asks for it?', for: ['plan', 'medicaid'] },
      { text: 'How much deductible and out-of-pocket maximum do I have left this year?', for: ['plan'] },
      { text: 'For IOP, do I pay a copay or coinsurance? For each day or each service?', for: ['plan'] },
      {
        text: 'Does my other coverage (Medigap, Medicaid or a retiree plan) pay part of my coinsurance?',
        for: ['medicare'],
      },
      { text: 'Does Medicaid in my state cover IOP? Is there a copay?', for: ['medicaid'] },
    ] as { text: string; for: For }[],
    programQuestions: [
      { text: 'Do you charge by the day or for each service? What is the price?', for: ALL },
      { text: 'Do you accept Medicare? What is the Medicare-approved amount for 1 day?', for: ['medicare'] },
      { text: 'Do you take my Medicaid plan?', for: ['medicaid'] },
      { text: 'Will doctors or therapists bill me on their own?', for: INSURED },
      { text: 'How many days a week, and for how many weeks, do people usually come?', for: ALL },
      { text: 'Can I have a written estimate (a good faith estimate)?', for: ['none'] },
      { text: 'Do you have a sliding scale or a payment plan?', for: ['none'] },
    ] as { text: string; for: For }[],
    cannotKnowItems: [
      { text: 'Whether the program charges by the day or for each service.', for: ALL, asked: true },
      { text: 'Bills from doctors or therapists, apart from the program’s bill.', for: INSURED, asked: true },
      { text: 'The Medicare-approved amount for IOP. It differs by place and by program.', for: ['medicare'] },
      {
        text: 'Whether other coverage pays part of your share. Without it, Original Medicare has no yearly limit on what you pay.',
        for: ['medicare'],
      },
      { text: 'A Medicare Advantage plan’s costs. For one, choose “A health plan”.', for: ['medicare'] },
      {
        text: 'Your state’s Medicaid rules and copays. Some people, such as children, pay no copays.',
        for: ['medicaid'],
      },
      { text: 'Your plan’s network. Care outside it can cost much more or not be covered.', for: ['plan'] },
      { text: 'How many days your plan approves at a time.', for: ['plan', 'medicaid'] },
      {
        text: 'A new year. Deductibles start again each year (in January for Medicare), so IOP that runs into a new year may cost more.',
        for: ['plan', 'medicare'],
      },
      { text: 'Discounts. Many programs charge less if your income is low (a sliding scale).', for: ['none'] },
    ] as { text: string; for: For; asked?: boolean }[],
    help: 'If cost stands in the way of care, SAMHSA’s National Helpline can point you to free or low-cost programs. It is free and open all day, every day.',
    helpLink: 'Find it on the get help page',
    readMore: 'Read more:',
    printSources: (sources: readonly { publisher: string; year: number }[]) => `Sources: ${publishers(sources)}.`,
  },
  es: {
    description:
      'Una hoja para calcular cuánto podría pagar por un programa intensivo ambulatorio (IOP) con Medicare, Medicaid, un plan de salud o sin seguro.',
    lead: 'Esta hoja le ayuda a calcular más o menos cuánto podría pagar por un programa intensivo ambulatorio (IOP, por sus siglas en inglés). No es un presupuesto: solo su plan y el programa saben cuánto pagará.',
    privacy:
      'Lo que escribe se queda en su navegador. No se nos envía a nosotros ni a nadie. Sus números se guardan en la dirección de esta página, así que puede guardarla o mandarla a alguien de confianza.',
    noScript:
      'Imprima esta página y llene los espacios con un bolígrafo. En un navegador con JavaScript, esta página hace las cuentas por usted.',
    coverLegend: '¿Qué cobertura tiene?',
    covers: {
      medicare: {
        label: 'Medicare (Medicare Original, Parte B)',
        hint: '¿Tiene Medicare Advantage? Elija “Un plan de salud”.',
      },
      medicaid: { label: 'Medicaid', hint: 'Las reglas y los copagos cambian según el estado.' },
      plan: {
        label: 'Un plan de salud del empleador o del Mercado de Seguros Médicos',
        hint: 'También un plan Medicare Advantage.',
      },
      none: { label: 'Sin seguro médico', hint: 'O si usted le pagará al programa.' },
    },
    howMuch: '¿Cuánto IOP?',
    daysHint: 'Pregunte al programa. ¿No está seguro? Ponga el máximo en la segunda casilla.',
    weeksHint: 'Pregunte al programa cuánto tiempo se queda la gente. ¿No está seguro? Dé un rango, como de 6 a 12.',
    mostLabel: (name: string) => `${name}, como máximo (si no está seguro)`,
    unitDays: 'días',
    unitWeeks: 'semanas',
    priceHint: {
      medicare: 'Pregunte al programa cuánto le paga Medicare por 1 día de IOP. Cambia de un lugar a otro.',
      plan: 'Pregunte al programa o a su plan. Si el programa está en la red de su plan, es el precio que acordó con su plan.',
      none: 'Pregunte al programa. Pregunte si cobra por día o por cada servicio.',
    },
    dedHint: {
      medicare: (fact: string) =>
        `Deducible de la Parte B de Medicare: ${fact}. Si recibió otra atención de la Parte B este año, puede que le quede menos. Déjelo vacío si no lo sabe.`,
      plan: 'El sitio web, la aplicación o el servicio al cliente de su plan se lo pueden decir. Déjelo vacío si no lo sabe.',
    },
    shareLegend: 'Después del deducible, ¿qué paga usted?',
    shareCopay: 'Un copago: una cantidad fija por día',
    sharePct: 'Coseguro: un porcentaje de cada factura',
    copayHint: {
      plan: 'La cantidad fija que paga por cada día de IOP.',
      medicaid:
        'Muchas personas con Medicaid no pagan nada. Su plan de Medicaid o la oficina de Medicaid de su estado se lo pueden decir.',
    },
    pctHint: 'Por ejemplo, 20 para un 20%.',
    oopHint:
      'Lo máximo que paga en un año del plan por la atención cubierta dentro de la red de su plan. Déjelo vacío si no lo sabe.',
    resultStart: 'Elija su cobertura y llene las casillas. Su cálculo aparece aquí.',
    worksheetLead: 'Llene los espacios. Pida al programa y a su plan los números que no sabe.',
    blank: 'espacio en blanco',
    steps: [
      {
        title: 'Cuántos días',
        lines: [[BLANK, ' días por semana × ', BLANK, ' semanas = ', BLANK, ' días']] as Line[],
      },
      {
        title: 'Las facturas',
        lines: [[BLANK, ' días × $', BLANK, ' por 1 día = $', BLANK]] as Line[],
        note: 'Por 1 día: el precio del programa, lo que le cobra a su plan o el monto aprobado por Medicare. ¿No tiene seguro? Aquí termina: este es su cálculo.',
      },
      {
        title: 'El deducible',
        lines: [
          ['Usted paga los primeros $', BLANK, ': el deducible que le queda, o todas las facturas si son menos.'],
        ] as Line[],
        note: (fact: string) => `Deducible de la Parte B de Medicare: ${fact}.`,
      },
      {
        title: 'Su parte del resto',
        lines: [
          ['Coseguro: $', BLANK, ' (facturas menos deducible) × ', BLANK, '% = $', BLANK],
          ['O un copago: ', BLANK, ' días × $', BLANK, ' = $', BLANK],
        ] as Line[],
        note: (coinsurance: string) =>
          `Medicare Original: ${coinsurance}. Medicaid: muchas veces $0; si su estado cobra un copago, use la línea del copago.`,
      },
      {
        title: 'Sume',
        lines: [['$', BLANK, ' + $', BLANK, ' = $', BLANK]] as Line[],
        note: 'Nunca paga más de lo que le queda de sus gastos máximos de bolsillo.',
      },
      {
        title: 'Su cálculo',
        lines: [['De $', BLANK, ' a $', BLANK]] as Line[],
        note: '¿No está seguro? Haga las cuentas con sus números más bajos y luego con los más altos.',
      },
    ],
    siteNumbersLead:
      'La hoja usa estas cifras de Medicare. Le mostramos de dónde viene cada una y cuándo la revisamos.',
    figureLabel: {
      deductible: 'Deducible de la Parte B de Medicare',
      coinsurance: 'Lo que usted paga del monto aprobado por Medicare después del deducible (coseguro)',
    },
    source: 'Fuente:',
    checked: (date: string) => `Revisado el ${date}.`,
    questionsLead: 'Haga estas preguntas antes de empezar. Anote las respuestas y quién se las dio.',
    askPlan: 'Pregunte a su plan',
    askProgram: 'Pregunte al programa',
    planQuestions: [
      { text: '¿Este programa está en su red?', for: ['plan'] },
      { text: '¿Necesito una aprobación antes (autorización previa)? ¿Quién la pide?', for: ['plan', 'medicaid'] },
      { text: '¿Cuánto me queda este año del deducible y de los gastos máximos de bolsillo?', for: ['plan'] },
      { text: 'Por el IOP, ¿pago un copago o un coseguro? ¿Por día o por servicio?', for: ['plan'] },
      {
        text: '¿Mi otra cobertura (Medigap, Medicaid o un plan de jubilados) paga parte de mi coseguro?',
        for: ['medicare'],
      },
      { text: '¿Medicaid en mi estado cubre el IOP? ¿Hay un copago?', for: ['medicaid'] },
    ] as { text: string; for: For }[],
    programQuestions: [
      { text: '¿Cobran por día o por cada servicio? ¿Cuál es el precio?', for: ALL },
      { text: '¿Aceptan Medicare? ¿Cuál es el monto aprobado por Medicare por 1 día?', for: ['medicare'] },
      { text: '¿Aceptan mi plan de Medicaid?', for: ['medicaid'] },
      { text: '¿Los médicos o terapeutas me cobrarán aparte?', for: INSURED },
      { text: '¿Cuántos días por semana, y por cuántas semanas, suele venir la gente?', for: ALL },
      { text: '¿Me dan un cálculo del costo por escrito (una estimación de buena fe)?', for: ['none'] },
      { text: '¿Cobran según los ingresos (escala móvil) o tienen un plan de pagos?', for: ['none'] },
    ] as { text: string; for: For }[],
    cannotKnowItems: [
      { text: 'Si el programa cobra por día o por cada servicio.', for: ALL, asked: true },
      { text: 'Las facturas de médicos o terapeutas, aparte de la del programa.', for: INSURED, asked: true },
      { text: 'El monto aprobado por Medicare para el IOP. Cambia según el lugar y el programa.', for: ['medicare'] },
      {
        text: 'Si otra cobertura paga parte de lo suyo. Sin ella, Medicare Original no tiene un límite al año de lo que usted paga.',
        for: ['medicare'],
      },
      { text: 'Los costos de un plan Medicare Advantage. Para uno así, elija “Un plan de salud”.', for: ['medicare'] },
      {
        text: 'Las reglas y los copagos de Medicaid en su estado. Algunas personas, como los niños, no pagan copagos.',
        for: ['medicaid'],
      },
      {
        text: 'La red de su plan. La atención fuera de ella puede costar mucho más o no estar cubierta.',
        for: ['plan'],
      },
      { text: 'Cuántos días aprueba su plan cada vez.', for: ['plan', 'medicaid'] },
      {
        text: 'Un año nuevo. Los deducibles empiezan de nuevo cada año (en enero en Medicare). Si el IOP sigue en un año nuevo, puede costar más.',
        for: ['plan', 'medicare'],
      },
      {
        text: 'Los descuentos. Muchos programas cobran menos si sus ingresos son bajos (escala móvil).',
        for: ['none'],
      },
    ] as { text: string; for: For; asked?: boolean }[],
    help: 'Si el costo no le deja recibir atención, la Línea Nacional de Ayuda de SAMHSA puede orientarle hacia programas gratis o de bajo costo. Es gratis y atiende a toda hora, todos los días.',
    helpLink: 'Véala en la página de ayuda',
    readMore: 'Lea más:',
    printSources: (sources: readonly { publisher: string; year: number }[]) => `Fuentes: ${publishers(sources)}.`,
  },
} as const satisfies Record<Lang, unknown>;
