import { paths } from '../lib/urls';
import { localePaths } from '../i18n/lang';
import { DEFAULT_LEVELS } from '../features/compare/state';

/** The home page's three task-based starting points. */
export const ENTRY_POINTS = [
  {
    label: 'I’m looking into IOP for myself',
    href: paths.article('what-is-iop'),
    blurb: 'What IOP is, what a week looks like, and how to find out if it could fit you.',
    links: [
      { href: paths.article('how-iop-works'), label: 'How IOP works' },
      { href: paths.article('paying-for-iop'), label: 'Paying for IOP' },
      { href: paths.faq(), label: 'Common questions' },
    ],
  },
  {
    label: 'I’m looking for someone I care about',
    href: paths.article('for-families'),
    blurb: 'How to help, what programs can share with you, and care for teens.',
    links: [
      { href: paths.article('iop-for-teens'), label: 'IOP for teens' },
      { href: paths.article('choosing-a-program'), label: 'Choosing a program' },
      { href: paths.getHelp(), label: 'Get help now' },
    ],
  },
  {
    label: 'I work at a clinic',
    href: paths.clinics(),
    blurb: 'Link patients to exact sections, print one-page handouts, and make QR codes.',
    links: [
      { href: paths.handouts(), label: 'Handouts to print' },
      { href: paths.linkBuilder(), label: 'Make a link or QR code' },
      { href: paths.compare(DEFAULT_LEVELS), label: 'Compare levels of care' },
    ],
  },
] as const;

const es = localePaths('es');
/** The Spanish home page's starting points (the clinic tools are in English, so the third is the comparison). */
export const ENTRY_POINTS_ES = [
  {
    label: 'Busco información sobre el IOP para mí',
    href: es.article('what-is-iop'),
    blurb: 'Qué es un IOP, cómo es una semana, y cómo saber si le puede servir.',
    links: [
      { href: es.article('how-iop-works'), label: 'Cómo funciona un IOP' },
      { href: es.article('paying-for-iop'), label: 'Cómo pagar un IOP' },
      { href: es.faq(), label: 'Preguntas frecuentes' },
    ],
  },
  {
    label: 'Busco ayuda para un ser querido',
    href: es.article('for-families'),
    blurb: 'Cómo ayudar, qué le puede contar el programa, y la atención para adolescentes.',
    links: [
      { href: es.article('iop-for-teens'), label: 'El IOP para adolescentes' },
      { href: es.article('choosing-a-program'), label: 'Cómo elegir un programa' },
      { href: es.getHelp(), label: 'Ayuda ahora' },
    ],
  },
  {
    label: 'Quiero comparar los niveles de atención',
    href: es.compare(DEFAULT_LEVELS),
    blurb: 'El IOP junto a la hospitalización parcial y otros niveles, con una semana de ejemplo.',
    links: [
      { href: es.article('iop-vs-php'), label: 'IOP, PHP y otros niveles' },
      { href: es.handouts(), label: 'Hojas informativas para imprimir' },
      { href: es.glossary(), label: 'Glosario' },
    ],
  },
] as const;

/** The home page's own words in each language. */
export const HOME_WORDS = {
  en: {
    description:
      'A neutral, plain-language guide to intensive outpatient programs (IOP) for mental health and substance use: how they work, who they help and how to pay.',
    h1: 'Intensive outpatient programs, explained',
    intro:
      'An intensive outpatient program (IOP) is care for mental health or substance use. You go several times a week, and you keep living at home. This guide explains how IOP works, who it may help, how it compares with other care, and how to pay for it. We are independent: we do not run or promote any program.',
    start: 'Where would you like to start?',
    topics: 'All topics',
  },
  es: {
    description:
      'Guía neutral y sencilla sobre los programas intensivos ambulatorios (IOP) de salud mental y consumo de sustancias: cómo funcionan, a quién ayudan y cómo pagar.',
    h1: '¿Qué son los programas intensivos ambulatorios?',
    intro:
      'Un programa intensivo ambulatorio (IOP, por sus siglas en inglés) es atención para la salud mental o el consumo de sustancias. Usted va varias veces por semana y sigue viviendo en su casa. Esta guía explica cómo funciona un IOP, a quién puede ayudar, cómo se compara con otra atención y cómo pagarlo. Somos independientes: no dirigimos ni promovemos ningún programa.',
    start: '¿Por dónde quiere empezar?',
    topics: 'Todos los temas en español',
  },
} as const;
