import { describe, expect, it } from 'vitest';
import { choiceQuery, readChoice } from './choice';

describe('the builder’s choice in its address', () => {
  it('writes the page and part, and reads them back, a preset’s own query included', () => {
    for (const [page, part] of [
      ['/guide/iop-vs-php/', 'how-iop-and-php-differ'],
      ['/compare/?levels=iop,php&diff=1', ''],
      ['/es/guide/what-is-iop/', ''],
    ]) {
      const query = choiceQuery(page, part);
      expect(query.startsWith('?page=')).toBe(true);
      expect(query.includes('part=')).toBe(part !== '');
      expect(readChoice(query)).toEqual({ page, part });
    }
  });
  it('reads nothing from an address that names no choice, whatever else it holds', () => {
    expect(readChoice('')).toEqual({ page: '', part: '' });
    expect(readChoice('?utm=1&page')).toEqual({ page: '', part: '' });
    // A broken escape never throws; the builder then finds no such page and starts on the first one.
    expect(readChoice('?page=%E0%A4%A').page).not.toMatch(/^\//);
  });
});
