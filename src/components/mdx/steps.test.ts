import { describe, expect, it } from 'vitest';
import { withListRole } from './steps';

describe('withListRole', () => {
  it('adds role="list" to an ordered list, keeping its attributes', () => {
    expect(withListRole('<ol start="2"><li>a</li></ol>')).toBe('<ol role="list" start="2"><li>a</li></ol>');
    expect(withListRole('<ol><li>a</li></ol>')).toBe('<ol role="list"><li>a</li></ol>');
  });
  it('leaves a role that is already there and other elements alone', () => {
    expect(withListRole('<ol role="list"><li><ul><li>x</li></ul></li></ol>')).toBe(
      '<ol role="list"><li><ul><li>x</li></ul></li></ol>',
    );
    expect(withListRole('<p>old</p><ol>')).toBe('<p>old</p><ol role="list">');
  });
  it('fails with a clear message when the steps hold no numbered list', () => {
    expect(() => withListRole('<ul><li>a</li></ul>')).toThrow(/numbered list/);
  });
});
