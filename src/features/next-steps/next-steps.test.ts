// The steps that end every article: right for the topic, in order, each with a tool or page, crisis help last.
import { describe, expect, it } from 'vitest';
import { nextSteps } from './next-steps';
import { TOPICS } from '../../lib/topics';
import { localePaths } from '../../i18n/lang';

const en = localePaths('en');
const es = localePaths('es');

describe('nextSteps', () => {
  it('gives every topic 3 to 5 numbered steps in both languages, ending with crisis help', () => {
    for (const topic of TOPICS)
      for (const [lang, p] of [
        ['en', en],
        ['es', es],
      ] as const) {
        const steps = nextSteps(topic, lang, p);
        expect(steps.length, `${topic} ${lang}`).toBeGreaterThanOrEqual(3);
        expect(steps.length, `${topic} ${lang}`).toBeLessThanOrEqual(5);
        expect(steps.at(-1)!.link!.href).toBe(p.getHelp());
        expect(steps.every((s) => s.link && s.lead && s.text)).toBe(true);
      }
  });
  it('starts from the topic and links the tool that fits', () => {
    const paying = nextSteps('paying', 'en', en).map((s) => s.link!.href);
    expect(paying).toEqual([
      en.article('paying-for-iop'),
      en.questionsTool(),
      en.costTool(),
      en.article('choosing-a-program', 'where-to-look-for-a-program'),
      en.getHelp(),
    ]);
    expect(nextSteps('about-iop', 'en', en).map((s) => s.lead)).toEqual([
      'Ask for an assessment.',
      'List your questions.',
      'Work out what you might pay.',
      'Find a program.',
      'In a crisis, do not wait.',
    ]);
    expect(nextSteps('safety', 'en', en)[0].link!.href).toBe(en.handout('overdose'));
  });
  it('sends Spanish readers to the Spanish twin of the page an English reader gets', () => {
    for (const topic of TOPICS) {
      const english = nextSteps(topic, 'en', en).map((s) => s.link!.href);
      expect(
        nextSteps(topic, 'es', es).map((s) => s.link!.href),
        topic,
      ).toEqual(english.map((h) => `/es${h}`));
    }
  });
  it('does not link a step to the page it ends, but keeps the step', () => {
    const steps = nextSteps('paying', 'en', en, en.article('paying-for-iop'));
    expect(steps[0].link).toBeUndefined();
    expect(steps[0].lead).toBe('Call your health plan.');
    expect(steps[1].link?.href).toBe(en.questionsTool());
  });
});
