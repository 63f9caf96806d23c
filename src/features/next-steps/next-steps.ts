/**
 * "What you can do next": the numbered steps that end every article, chosen from the article's topic. One list of
 * steps serves all 29 articles (and their Spanish twins) rather than a list written into each file, because the steps
 * follow from the topic and the site's tools, and a tool's address or wording then changes in one place.
 */
import type { Topic } from '../../lib/topics';
import type { Lang } from '../../i18n/lang';

/** One step: a short bold lead, a sentence, and the page or tool that helps with it (none when that is this page). */
export interface Step {
  lead: string;
  text: string;
  link?: { href: string; label: string };
}

/** The addresses the steps link to (the caller passes the page language's paths). */
export interface StepPaths {
  article: (slug: string, section?: string) => string;
  getHelp: () => string;
  questionsTool: () => string;
  costTool: () => string;
  handout: (topic: string) => string;
}

type StepId =
  | 'assess'
  | 'aftercare'
  | 'practical'
  | 'family'
  | 'needs'
  | 'plan'
  | 'rights'
  | 'naloxone'
  | 'questions'
  | 'cost'
  | 'find'
  | 'crisis';

/** The first step for each topic: what fits the page the reader has just read. Every list then adds the shared ones. */
const FIRST: Record<Topic, StepId> = {
  'about-iop': 'assess',
  'care-levels': 'assess',
  choosing: 'assess',
  after: 'aftercare',
  'daily-life': 'practical',
  families: 'family',
  needs: 'needs',
  paying: 'plan',
  rights: 'rights',
  safety: 'naloxone',
};

const WORDS: Record<Lang, { heading: string; steps: Record<StepId, Omit<Step, 'link'> & { label: string }> }> = {
  en: {
    heading: 'What you can do next',
    steps: {
      assess: {
        lead: 'Ask for an assessment.',
        text: 'Your doctor, a therapist or a program can do it. It is a talk about your health, safety and needs, and it is how you and they decide which level of care fits.',
        label: 'Getting into IOP, step by step',
      },
      aftercare: {
        lead: 'Write your aftercare plan before your last day.',
        text: 'Put down your next appointments, your medicines and who prescribes them, the people who support you, and your warning signs.',
        label: 'Life after IOP',
      },
      practical: {
        lead: 'Ask each program what help it gives.',
        text: 'Ask about rides, child care, online sessions, and hours that fit school or work.',
        label: 'Getting to sessions',
      },
      family: {
        lead: 'Ask what would help.',
        text: 'Ask the person you care about, and ask the program about family sessions. Find support for yourself too.',
        label: 'Helping someone in IOP',
      },
      needs: {
        lead: 'Ask if the program is made for your needs.',
        text: 'Ask who on staff is trained for them, and what the program does if it cannot meet them.',
        label: 'How to choose a program',
      },
      plan: {
        lead: 'Call your health plan.',
        text: 'Use the number on your insurance card. Ask if IOP is covered, which programs are in its network, what you will pay, and if you need approval first.',
        label: 'Paying for IOP',
      },
      rights: {
        lead: 'Decide who may see your information.',
        text: 'Ask the program for its consent forms, and sign only what you agree with. You can ask for a copy of your records.',
        label: 'Your privacy and rights',
      },
      naloxone: {
        lead: 'Keep naloxone close.',
        text: 'Many pharmacies sell it without a prescription. Tell the people around you where it is, and print the steps.',
        label: 'Overdose steps handout',
      },
      questions: {
        lead: 'List your questions.',
        text: 'Tick the questions that matter to you, then print, save or text the list, and take it when you call a program.',
        label: 'Questions to ask a program',
      },
      cost: {
        lead: 'Work out what you might pay.',
        text: 'Put in what you know about your coverage and the program, then check the numbers with your plan or the program before you start.',
        label: 'What might IOP cost me?',
      },
      find: {
        lead: 'Find a program.',
        text: 'Search FindTreatment.gov, your health plan’s list, or ask your doctor or therapist for a name.',
        label: 'Where to look for a program',
      },
      crisis: {
        lead: 'In a crisis, do not wait.',
        text: 'If you might hurt yourself or someone else, call or text 988, or call 911.',
        label: 'Get help now',
      },
    },
  },
  es: {
    heading: 'Qué puede hacer ahora',
    steps: {
      assess: {
        lead: 'Pida una evaluación.',
        text: 'Su médico, un terapeuta o un programa la puede hacer. Es una charla sobre su salud, su seguridad y lo que necesita, y así deciden juntos qué nivel de atención le sirve.',
        label: 'Cómo entrar a un IOP, paso a paso',
      },
      aftercare: {
        lead: 'Escriba su plan para después antes del último día.',
        text: 'Anote sus próximas citas, sus medicinas y quién se las receta, las personas que le apoyan y sus señales de alerta.',
        label: 'La vida después del IOP',
      },
      practical: {
        lead: 'Pregunte a cada programa qué ayuda ofrece.',
        text: 'Pregunte por transporte, cuidado de niños, sesiones en línea y horarios que se ajusten a la escuela o al trabajo.',
        label: 'Cómo llegar a las sesiones',
      },
      family: {
        lead: 'Pregunte qué le ayudaría.',
        text: 'Pregúntele a su ser querido qué le ayudaría, y pregunte al programa por las sesiones en familia. Busque apoyo para usted también.',
        label: 'Cómo ayudar a alguien en un IOP',
      },
      needs: {
        lead: 'Pregunte si el programa está hecho para sus necesidades.',
        text: 'Pregunte quién del personal tiene formación para ellas, y qué hace el programa si no puede atenderlas.',
        label: 'Cómo elegir un programa',
      },
      plan: {
        lead: 'Llame a su plan de salud.',
        text: 'Use el número de su tarjeta del seguro. Pregunte si cubre el IOP, qué programas están en su red, cuánto pagará y si necesita aprobación antes.',
        label: 'Cómo pagar un IOP',
      },
      rights: {
        lead: 'Decida quién puede ver su información.',
        text: 'Pida al programa sus formularios de permiso, y firme solo lo que acepta. Puede pedir una copia de su expediente.',
        label: 'Su privacidad y sus derechos',
      },
      naloxone: {
        lead: 'Tenga naloxona a mano.',
        text: 'Muchas farmacias la venden sin receta. Diga a las personas cercanas dónde está, e imprima los pasos.',
        label: 'Hoja de pasos ante una sobredosis',
      },
      questions: {
        lead: 'Haga su lista de preguntas.',
        text: 'Marque las preguntas que le importan, y luego imprima, guarde o envíe la lista. Llévela cuando llame a un programa.',
        label: 'Preguntas para hacerle a un programa',
      },
      cost: {
        lead: 'Calcule cuánto podría pagar.',
        text: 'Anote lo que sabe de su seguro y del programa, y luego confirme los números con su plan o con el programa antes de empezar.',
        label: '¿Cuánto podría costarme un IOP?',
      },
      find: {
        lead: 'Busque un programa.',
        text: 'Busque en FindTreatment.gov o en la lista de su plan de salud, o pida un nombre a su médico o terapeuta.',
        label: 'Dónde buscar un programa',
      },
      crisis: {
        lead: 'En una crisis, no espere.',
        text: 'Si podría hacerse daño o hacer daño a otra persona, llame o envíe un mensaje de texto al 988, o llame al 911.',
        label: 'Ayuda ahora',
      },
    },
  },
};

/** Where each step's link goes: the same page in either language (every article has its Spanish twin). */
function hrefOf(id: StepId, p: StepPaths): string {
  switch (id) {
    case 'assess':
      return p.article('getting-into-iop');
    case 'aftercare':
      return p.article('after-iop');
    case 'practical':
      return p.article('attending-iop');
    case 'family':
      return p.article('for-families');
    case 'needs':
      return p.article('choosing-a-program');
    case 'plan':
      return p.article('paying-for-iop');
    case 'cost':
      return p.costTool();
    case 'rights':
      return p.article('privacy-and-rights');
    case 'naloxone':
      return p.handout('overdose');
    case 'questions':
      return p.questionsTool();
    case 'find':
      return p.article('choosing-a-program', 'where-to-look-for-a-program');
    case 'crisis':
      return p.getHelp();
  }
}

/** The heading of the steps in `lang`. */
export function nextStepsHeading(lang: Lang): string {
  return WORDS[lang].heading;
}

/**
 * The steps that end an article on `topic`: its own first step, then the questions list, the cost worksheet, finding a
 * program, and crisis help last. An overdose page keeps only naloxone, finding
 * help and crisis help. `ownPath` is the article's own address: a step does not link to the very page it ends (a
 * section of it, yes).
 */
export function nextSteps(topic: Topic, lang: Lang, p: StepPaths, ownPath?: string): Step[] {
  const first = FIRST[topic];
  const ids: StepId[] =
    first === 'naloxone' ? ['naloxone', 'find', 'crisis'] : [first, 'questions', 'cost', 'find', 'crisis'];
  return ids.map((id) => {
    const w = WORDS[lang].steps[id];
    const href = hrefOf(id, p);
    return href === ownPath
      ? { lead: w.lead, text: w.text }
      : { lead: w.lead, text: w.text, link: { href, label: w.label } };
  });
}
