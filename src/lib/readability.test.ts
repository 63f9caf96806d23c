import { describe, expect, it } from 'vitest';
import { gradeOf, proseFromMdx } from './readability';

describe('readability', () => {
  it('keeps prose and drops headings, tables, imports and tags', () => {
    const prose = proseFromMdx(
      'import X from "y"\n\n## Heading\n\nSome [linked](/a/) **text** here.\n\n| a | b |\n|---|---|\n\n<GetHelp />\n\n- a list item',
    );
    expect(prose).toBe('Some linked text here.\na list item.');
  });
  it('scores simple text lower than complex text', () => {
    const easy = gradeOf('You go to group. You go home at night. It helps you.');
    const hard = gradeOf(
      'Comprehensive multidisciplinary interventions necessitate individualized therapeutic considerations throughout extended participation.',
    );
    expect(easy.grade).toBeLessThan(4);
    expect(hard.grade).toBeGreaterThan(14);
    expect(easy.sentences).toBe(3);
  });
  it('counts a number from the levels data as one short word', () => {
    expect(proseFromMdx('At least <N k="iop.hours.adults.min" /> hours.')).toBe('At least ten hours.');
  });
});
