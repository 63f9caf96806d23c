// Phone numbers in content stay whole on one line: cut out of their text, then wrapped when MDX is compiled.
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { phoneNumbers, splitPhones } from './plugin';

const compiled = (mdx: string) =>
  (mdxToJs(mdx, { hastPlugins: [phoneNumbers()], fileURL: new URL('file:///site/content/x.mdx') }) as { code: string })
    .code;

describe('splitPhones', () => {
  it('cuts a text at each number written out in full', () => {
    expect(splitPhones('Call 1-800-985-3059 or (800) 662-4357 today.')).toEqual([
      { text: 'Call ', phone: false },
      { text: '1-800-985-3059', phone: true },
      { text: ' or ', phone: false },
      { text: '(800) 662-4357', phone: true },
      { text: ' today.', phone: false },
    ]);
    expect(splitPhones('1-833-852-6262')).toEqual([{ text: '1-833-852-6262', phone: true }]);
  });
  it('leaves a text with no full number alone: short codes, years, amounts', () => {
    expect(splitPhones('Call or text 988 in 2027 for $1,000.')).toEqual([
      { text: 'Call or text 988 in 2027 for $1,000.', phone: false },
    ]);
  });
});

describe('the phone-numbers plugin', () => {
  it('wraps each number in one nowrap span, once', () => {
    const js = compiled('Call the Help Desk (1-800-985-3059) or 1-833-852-6262.\n');
    expect(js.match(/whitespace-nowrap/g)).toHaveLength(2);
    expect(js).toContain('"1-800-985-3059"');
  });
  it('adds nothing to a page without a number', () => {
    expect(compiled('Call or text 988.\n')).not.toContain('whitespace-nowrap');
  });
});
