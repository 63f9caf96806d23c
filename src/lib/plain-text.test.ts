import { describe, expect, it } from 'vitest';
import { fieldText, firstSentences, plainText, textUnits, type ComponentText } from './plain-text';

const values: ComponentText = (name, a) => (name === 'N' ? `N(${a.k})` : name === 'Fact' ? `F(${a.id})` : undefined);

describe('textUnits', () => {
  const body = [
    'At least <N k="iop.hours.adults.min" /> hours, **bold** and [a link](/x/). Second',
    'line of the same paragraph.',
    '',
    '## A heading {/* #kept-id */}',
    '',
    '- An item with <Fact id="a.b" />',
    '- Another `code`',
    '',
    '| Plan | Time |',
    '|---|---|',
    '| Private | <Fact id="c.d" /> from the notice |',
    '',
    '<Questions title="Ask">',
    '',
    '- Inside a component',
    '',
    '</Questions>',
    '',
    '```',
    'code block',
    '```',
  ].join('\n');
  it('reads paragraphs, list items and component children, with the values it is given', () => {
    expect(textUnits(body, values)).toEqual([
      'At least N(iop.hours.adults.min) hours, bold and a link. Second line of the same paragraph.',
      'An item with F(a.b)',
      'Another code',
      'Inside a component',
    ]);
  });
  it('keeps headings and table rows when asked', () => {
    const units = textUnits(body, values, { headings: true, tables: true });
    expect(units).toContain('A heading');
    expect(units).toContain('Private · F(c.d) from the notice');
  });
  it('lets a component stand for its own words, or for nothing', () => {
    expect(plainText('Call now.\n\n<GetHelp />\n\nThen rest.', (n) => (n === 'GetHelp' ? '' : undefined))).toBe(
      'Call now. Then rest.',
    );
  });
});

describe('fieldText', () => {
  it('gives frontmatter tags their words and leaves Markdown-looking text alone', () => {
    expect(fieldText('Pay <Fact id="a.b" /> (*not* [a link]) {x}.', values)).toBe('Pay F(a.b) (*not* [a link]) {x}.');
  });
  it('fails on a tag with no words', () => {
    expect(() => fieldText('<Fact id="a.b" />', () => undefined)).toThrow('<Fact id="a.b" />: no words');
  });
});

describe('firstSentences', () => {
  it('takes the first sentences of plain text', () => {
    expect(firstSentences('Yes. See the FAQ. Then more.', 2)).toBe('Yes. See the FAQ.');
    expect(firstSentences('No full stop here')).toBe('No full stop here');
  });
});
