/**
 * The words of the three pictures that help a reader act (<NaloxoneSteps />, <InsuranceCard />, <AppealPath />), in
 * both languages, in one place: the components choose none. Each picture's steps or labels are plain text; a picture
 * never says anything its words do not.
 */
import type { Lang } from '../../i18n/lang.ts';

/** One step or label: a short title (bold) and what to do. */
export interface VisualItem {
  title: string;
  text: string;
}

/** The words of <NaloxoneSteps />: its title and its five steps, in order. */
export interface NaloxoneWords {
  title: string;
  steps: readonly [VisualItem, VisualItem, VisualItem, VisualItem, VisualItem];
}

/** The words of <InsuranceCard />: the sample card's faces and the key that says what each numbered place is. */
export interface CardWords {
  title: string;
  /** The title of the short form (<InsuranceCard only="member services" />), saying it is a sample: one short line. */
  shortTitle: string;
  sample: string;
  front: string;
  back: string;
  /** What the made-up card shows at each numbered place (the same number in the key). */
  fields: {
    plan: { label: string; value: string };
    kind: { label: string; value: string };
    name: { label: string; value: string };
    member: { label: string; value: string };
    group: { label: string; value: string };
    services: { label: string; value: string };
    behavioral: { label: string; value: string };
  };
  /** The key, in the order of the numbers on the card: 1 plan and kind, 2 member ID, 3 group, 4 and 5 phones. */
  key: readonly [VisualItem, VisualItem, VisualItem, VisualItem, VisualItem];
  differs: string;
}

/** The words of <AppealPath /> around the deadlines it reads from content/facts. */
export interface AppealWords {
  title: string;
  read: VisualItem;
  internal: VisualItem;
  /** "Time limits to ask:" before the list of deadlines by kind of coverage. */
  limitsIntro: string;
  /** Each kind of coverage and what its time limit runs from; the number of days comes from the facts registry. */
  limits: {
    privatePlan: (days: string) => string;
    medicareAdvantage: (days: string) => string;
    originalMedicare: (days: string) => string;
    medicaidPlan: (days: string) => string;
  };
  keepCare: (days: string) => string;
  outside: VisualItem;
  outsideKinds: {
    privatePlan: string;
    medicaid: (days: string) => string;
    medicare: string;
  };
  help: VisualItem;
}

/** Every word of the three pictures, by language. */
export interface ActionVisualWords {
  naloxone: NaloxoneWords;
  card: CardWords;
  appeal: AppealWords;
}

export const ACTION_VISUAL_WORDS: Record<Lang, ActionVisualWords> = {
  en: {
    naloxone: {
      title: 'How to give naloxone (Narcan) nasal spray',
      steps: [
        { title: 'Call 911', text: 'Say "Someone is not breathing." Give the address.' },
        {
          title: 'Spray into one nostril',
          text: 'Lay them on their back. Tilt the head back. Put the tip in one nostril. Press the plunger hard.',
        },
        {
          title: 'Help them breathe',
          text: 'Give rescue breaths (breathe air into their mouth) if you know how. If they breathe, roll them onto their side.',
        },
        { title: 'No change in 2 to 3 minutes? Spray again', text: 'Use a new spray in the other nostril.' },
        { title: 'Stay until help comes', text: 'Naloxone can wear off and the overdose can come back.' },
      ],
    },
    card: {
      title: 'Where to look on your insurance card',
      shortTitle: 'On your insurance card (a sample):',
      sample: 'Sample: not a real card',
      front: 'Front',
      back: 'Back',
      fields: {
        plan: { label: 'Plan', value: 'Sample Health Plan' },
        kind: { label: 'Plan type', value: 'PPO' },
        name: { label: 'Member', value: 'Alex Sample' },
        member: { label: 'Member ID', value: 'XYZ 123456789' },
        group: { label: 'Group', value: '0012345' },
        services: { label: 'Member services', value: '1-8XX-XXX-XXXX' },
        behavioral: { label: 'Behavioral health', value: '1-8XX-XXX-XXXX' },
      },
      key: [
        {
          title: 'Plan name and type',
          text: 'Who covers you, and what kind of plan it is (such as an HMO or PPO, which are kinds of private plans, or Medicaid or Medicare Advantage). The type tells you which network rules apply.',
        },
        { title: 'Member ID', text: 'Your own number. Have it ready when you call the plan or a program.' },
        { title: 'Group number', text: 'It tells a program which set of benefits your plan has.' },
        {
          title: 'Member services phone',
          text: 'It may be on the back. Call it to ask if IOP is covered and which programs are in network.',
        },
        {
          title: 'Behavioral health phone',
          text: 'Some cards have a separate number for mental health and substance use care. If yours does, call this one.',
        },
      ],
      differs: 'Your card may look different. Look for these words on the front and back.',
    },
    appeal: {
      title: 'If your plan says no: the path to appeal',
      read: {
        title: 'Read the denial notice',
        text: 'It says why the plan said no. Find the last day to appeal and write it down. Use that date.',
      },
      internal: {
        title: 'Ask your plan to look again (internal appeal)',
        text: "Use the plan's form, or write with your name, claim number and member ID. Send what supports your case, such as a letter from your doctor. If waiting could harm your health, ask for a fast appeal.",
      },
      limitsIntro: 'Time limits to ask:',
      limits: {
        privatePlan: (d) => `Most job-based and marketplace plans: ${d} from when you get the notice`,
        medicareAdvantage: (d) => `Medicare Advantage: ${d} from the date of the decision`,
        originalMedicare: (d) =>
          `Original Medicare: ${d} from when you get your Medicare Summary Notice (the statement Medicare mails every few months that lists your care and what you may owe)`,
        medicaidPlan: (d) => `Medicaid health plan: ${d} from the date on the notice`,
      },
      keepCare: (d) => `Medicaid is cutting care you get now? Appeal within ${d} to keep it going while you wait.`,
      outside: {
        title: 'Still no? Ask for an outside review',
        text: 'Someone outside the plan looks at your case.',
      },
      outsideKinds: {
        privatePlan:
          'Most job-based and marketplace plans: an external review. If the reviewer says the plan must pay, it must.',
        medicaid: (d) => `Medicaid: a state fair hearing. Your state sets the time limit, up to ${d}.`,
        medicare: 'Medicare: there are more levels of appeal. Your letter says how to ask.',
      },
      help: {
        title: 'Help at every step',
        text: "Keep copies of every letter and form. In many states, a Consumer Assistance Program (a state office that helps with health plan problems) can file an appeal for you. Your program's billing staff may help too.",
      },
    },
  },
  es: {
    naloxone: {
      title: 'Cómo dar naloxona (Narcan) en aerosol nasal',
      steps: [
        { title: 'Llame al 911', text: 'Diga: “Una persona no despierta y casi no respira”. Dé la dirección.' },
        {
          title: 'Rocíe en un lado de la nariz',
          text: 'Acuéstela boca arriba. Inclínele la cabeza hacia atrás. Ponga la punta en un lado de la nariz de la persona. Apriete con fuerza el botón de abajo del aerosol.',
        },
        {
          title: 'Ayúdela a respirar',
          text: 'Dé respiración boca a boca (sople aire en la boca de la persona) si sabe cómo. Si respira, póngala de lado.',
        },
        { title: '¿No despierta? Repita en 2 o 3 minutos', text: 'Use un aerosol nuevo en el otro lado de la nariz.' },
        { title: 'Quédese hasta que llegue ayuda', text: 'El efecto puede pasar y la sobredosis puede volver.' },
      ],
    },
    card: {
      title: 'Dónde mirar en su tarjeta del seguro',
      shortTitle: 'En su tarjeta (un ejemplo):',
      sample: 'Ejemplo: no es una tarjeta real',
      front: 'Frente',
      back: 'Reverso',
      fields: {
        plan: { label: 'Plan', value: 'Plan de Salud de Ejemplo' },
        kind: { label: 'Tipo de plan', value: 'PPO' },
        name: { label: 'Miembro', value: 'Alex Ejemplo' },
        member: { label: 'N.º de miembro', value: 'XYZ 123456789' },
        group: { label: 'Grupo', value: '0012345' },
        services: { label: 'Servicios para miembros', value: '1-8XX-XXX-XXXX' },
        behavioral: { label: 'Salud mental', value: '1-8XX-XXX-XXXX' },
      },
      key: [
        {
          title: 'Nombre y tipo de plan',
          text: 'Quién le da la cobertura y qué tipo de plan es (por ejemplo, un HMO o un PPO, dos tipos de planes privados con reglas distintas sobre qué médicos puede usar, o Medicaid o Medicare Advantage). El tipo dice qué reglas de red se aplican.',
        },
        {
          title: 'Número de miembro',
          text: 'Su propio número. Téngalo a mano cuando llame al plan o a un programa.',
        },
        { title: 'Número de grupo', text: 'Le dice al programa qué conjunto de beneficios tiene su plan.' },
        {
          title: 'Teléfono de servicios al miembro',
          text: 'Puede estar en el reverso. Llame para preguntar si cubren el IOP y qué programas están en la red.',
        },
        {
          title: 'Teléfono de salud mental',
          text: 'Algunas tarjetas tienen otro número para la salud mental y el consumo de sustancias. Si la suya lo tiene, llame a ese.',
        },
      ],
      differs: 'Su tarjeta puede verse distinta. Busque estas palabras en el frente y el reverso.',
    },
    appeal: {
      title: 'Si su plan dice que no: el camino para apelar',
      read: {
        title: 'Lea el aviso de rechazo',
        text: 'Dice por qué el plan dijo que no. Busque el último día para apelar y anótelo. Use esa fecha.',
      },
      internal: {
        title: 'Pida al plan que lo revise otra vez (apelación interna)',
        text: 'Use el formulario del plan, o escriba con su nombre, el número del cobro que el plan rechazó y su número de miembro. Envíe lo que apoye su caso, como una carta de su médico. Si esperar puede dañar su salud, pida una apelación rápida.',
      },
      limitsIntro: 'Plazos para pedirla:',
      limits: {
        privatePlan: (d) =>
          `La mayoría de los planes que da su empleo y los del Mercado: ${d} desde que recibe el aviso`,
        medicareAdvantage: (d) => `Medicare Advantage: ${d} desde la fecha de la decisión`,
        originalMedicare: (d) =>
          `Medicare Original: ${d} desde que recibe su Resumen de Medicare (la carta que Medicare le envía cada pocos meses con la atención que recibió y lo que quizás deba)`,
        medicaidPlan: (d) => `Plan de salud de Medicaid: ${d} desde la fecha del aviso`,
      },
      keepCare: (d) =>
        `¿Medicaid le quita atención que ya recibe? Apele en un plazo de ${d} para seguir recibiéndola mientras espera.`,
      outside: {
        title: '¿Sigue siendo no? Pida una revisión externa',
        text: 'Alguien de fuera del plan revisa su caso.',
      },
      outsideKinds: {
        privatePlan:
          'La mayoría de los planes que da su empleo y los del Mercado: una revisión externa. Si el revisor dice que el plan debe pagar, el plan tiene que pagar.',
        medicaid: (d) =>
          `Medicaid: una audiencia del estado (una persona que no trabaja para Medicaid escucha su caso). Su estado fija el plazo, hasta ${d}.`,
        medicare: 'Medicare: hay más niveles de apelación. Su carta dice cómo pedirlos.',
      },
      help: {
        title: 'Ayuda en cada paso',
        text: 'Guarde copia de cada carta y formulario. En muchos estados, un Programa de Asistencia al Consumidor (una oficina del estado que ayuda con problemas del seguro) puede apelar por usted. El personal de facturación de su programa también puede ayudar.',
      },
    },
  },
};
