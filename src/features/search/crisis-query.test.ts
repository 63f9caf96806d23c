import { describe, expect, it } from 'vitest';
import { isCrisisQuery, normalizeForCrisis } from './crisis-query';

/** Phrasings a person in crisis might type: every one must show the crisis box. */
const CRISIS = [
  'i want to die',
  'I just want to die',
  'i wanna die',
  'want 2 die',
  'kill myself',
  'how to kill my self',
  'kms',
  'end my life',
  'i want to end it all',
  'suicide',
  'Suicide hotline',
  'thinking about suicide',
  'suicidal thoughts',
  'suicde',
  'sucide',
  'suiside',
  'self harm',
  'self-harm',
  'selfharm',
  'cutting myself',
  'i hurt myself',
  'overdose',
  'overdoes',
  'my friend overdosed',
  "i think he od'd",
  'OD’d on pills',
  'took too many pills',
  'not breathing',
  'no reason to live',
  "i don't want to live anymore",
  'i cant go on',
  'better off dead',
  'feel hopeless',
  'crisis',
  'quiero morir',
  'Me quiero morir',
  'suicidio',
  'quiero matarme',
  'sobredosis',
  'no quiero vivir',
  'quitarme la vida',
  'autolesión',
  'hacerme daño',
  // Borderline, shown by the rule: any mention of overdose or suicide shows help.
  'overdose on caffeine',
  'what is an overdose',
  'overdose after relapse',
  'veterans crisis line',
];

/** Everyday questions that must not show it. */
const ORDINARY = [
  'what is iop',
  'can i keep my job',
  'insurance',
  'day program',
  'teen',
  'after iop',
  'detox',
  'family therapy',
  'medicare',
  'relapse',
  'privacy',
  'naloxone',
  'where to get narcan',
  'harm reduction',
  'withdrawal',
  'cutting back on drinking',
  'odd',
  'oppositional defiant disorder',
  'overcome anxiety',
  'self help books',
  'outside help',
  'homeless',
  'dietitian',
  'studies',
  'how many hours a week',
  'medicaid work requirements',
  'ptsd',
  'eating disorder',
  'my 16 year old',
  'iop near me',
  'theraphy',
  '988 press 3',
  'programa para adolescentes',
  '',
  '   ',
];

describe('isCrisisQuery', () => {
  it('holds at least 30 crisis phrasings', () => expect(CRISIS.length).toBeGreaterThanOrEqual(30));
  it.each(CRISIS)('shows help for "%s"', (q) => expect(isCrisisQuery(q)).toBe(true));
  it.each(ORDINARY)('does not for "%s"', (q) => expect(isCrisisQuery(q)).toBe(false));
});

describe('normalizeForCrisis', () => {
  it('lowers case, drops accents and apostrophes, collapses spaces and expands short forms', () => {
    expect(normalizeForCrisis('  I   DON’T  want   to LIVE ')).toBe('i do not want to live');
    expect(normalizeForCrisis('autolesión, hacerme daño')).toBe('autolesion hacerme dano');
    expect(normalizeForCrisis("he od'd")).toBe('he oded');
    expect(normalizeForCrisis('kill my self')).toBe('kill myself');
    expect(normalizeForCrisis('wanna')).toBe('want to');
  });
});
