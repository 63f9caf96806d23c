import { describe, expect, it } from 'vitest';
import { announcement, differingRows, inOrder, listNames, parseState, stateQuery, toggleLevel } from './state';
import { paths } from '../../lib/urls';

const KNOWN = ['outpatient', 'iop', 'php', 'residential', 'inpatient'];

describe('parseState', () => {
  it('reads two or three known levels, in the site order', () => {
    expect(parseState('?levels=php,iop', KNOWN)).toEqual({ levels: ['iop', 'php'], diffOnly: false });
    expect(parseState('levels=inpatient,outpatient,iop&diff=1', KNOWN)).toEqual({
      levels: ['outpatient', 'iop', 'inpatient'],
      diffOnly: true,
    });
  });
  it('accepts an encoded comma, spaces and capitals', () => {
    expect(parseState('?levels=IOP%2C%20Residential', KNOWN).levels).toEqual(['iop', 'residential']);
    expect(parseState('?levels=iop+php', KNOWN).levels).toEqual(['iop', 'php']);
  });
  it('ignores unknown and repeated ids, keeping what is left when two or more remain', () => {
    expect(parseState('?levels=iop,spa,php,iop', KNOWN).levels).toEqual(['iop', 'php']);
    expect(parseState('?levels=outpatient,,residential,', KNOWN).levels).toEqual(['outpatient', 'residential']);
  });
  it('keeps at most three levels', () => {
    expect(parseState('?levels=inpatient,residential,php,iop', KNOWN).levels).toEqual([
      'php',
      'residential',
      'inpatient',
    ]);
  });
  it.each([
    ['no query', ''],
    ['one level', '?levels=iop'],
    ['the same level twice', '?levels=php,php'],
    ['only unknown levels', '?levels=spa,retreat'],
    ['an empty value', '?levels='],
    ['malformed escapes', '?levels=%E0%A4%A,%%,iop'],
    ['script text', '?levels=<script>alert(1)</script>,iop'],
    ['a huge value', `?levels=${'x,'.repeat(10000)}`],
  ])('falls back to IOP and PHP for %s, without throwing', (_name, search) => {
    expect(parseState(search, KNOWN)).toEqual({ levels: ['iop', 'php'], diffOnly: false });
  });
  it('treats only 1, true or yes as "differences only"', () => {
    expect(parseState('?diff=1', KNOWN).diffOnly).toBe(true);
    expect(parseState('?diff=0', KNOWN).diffOnly).toBe(false);
    expect(parseState('?diff=maybe', KNOWN).diffOnly).toBe(false);
  });
  it('survives a non-string at run time', () => {
    expect(parseState(undefined as unknown as string, KNOWN).levels).toEqual(['iop', 'php']);
  });
});

describe('stateQuery', () => {
  it('writes levels in the site order, with diff only when on', () => {
    expect(stateQuery({ levels: ['php', 'iop'], diffOnly: false }, KNOWN)).toBe('?levels=iop,php');
    expect(stateQuery({ levels: ['inpatient', 'iop', 'outpatient'], diffOnly: true }, KNOWN)).toBe(
      '?levels=outpatient,iop,inpatient&diff=1',
    );
  });
  it('round-trips through parseState', () => {
    const state = { levels: ['outpatient', 'residential', 'inpatient'], diffOnly: true };
    expect(parseState(stateQuery(state, KNOWN), KNOWN)).toEqual(state);
  });
  it('drops unknown ids', () => {
    expect(inOrder(['spa', 'php'], KNOWN)).toEqual(['php']);
  });
});

describe('toggleLevel', () => {
  it('adds and removes within 2 to 3', () => {
    expect(toggleLevel(['iop', 'php'], 'outpatient', true, KNOWN)).toEqual({ levels: ['outpatient', 'iop', 'php'] });
    expect(toggleLevel(['outpatient', 'iop', 'php'], 'iop', false, KNOWN)).toEqual({ levels: ['outpatient', 'php'] });
  });
  it('refuses a fourth level and the last but one', () => {
    expect(toggleLevel(['outpatient', 'iop', 'php'], 'inpatient', true, KNOWN)).toEqual({
      levels: ['outpatient', 'iop', 'php'],
      refused: 'max',
    });
    expect(toggleLevel(['iop', 'php'], 'php', false, KNOWN)).toEqual({ levels: ['iop', 'php'], refused: 'min' });
  });
  it('does nothing when the box already matches', () => {
    expect(toggleLevel(['iop', 'php'], 'iop', true, KNOWN)).toEqual({ levels: ['iop', 'php'] });
  });
});

describe('differingRows', () => {
  const rows = {
    sleep: { outpatient: 'At home', iop: 'At home', php: 'At home', inpatient: 'In the hospital' },
    hours: { outpatient: 'Fewer than 9', iop: '9 to 19', php: '20 or more', inpatient: 'You stay' },
    support: { outpatient: 'No', iop: 'No ', php: 'No', inpatient: 'Yes' },
  };
  it('lists only rows whose chosen values differ', () => {
    expect(differingRows(rows, ['iop', 'php'])).toEqual(['hours']);
    expect(differingRows(rows, ['iop', 'php', 'inpatient'])).toEqual(['sleep', 'hours', 'support']);
  });
  it('treats a missing cell as empty, and one level as no differences', () => {
    expect(differingRows({ a: { iop: 'x' } }, ['iop', 'php'])).toEqual(['a']);
    expect(differingRows(rows, ['iop'])).toEqual([]);
    expect(differingRows({}, ['iop', 'php'])).toEqual([]);
  });
});

describe('announcements', () => {
  it('lists names and announces changes', () => {
    expect(listNames(['IOP'])).toBe('IOP');
    expect(listNames(['IOP', 'PHP', 'Hospital'])).toBe('IOP, PHP and Hospital');
    expect(announcement(['IOP', 'PHP'], false, 18, 18)).toBe('Comparing IOP and PHP. Showing all 18 rows.');
    expect(announcement(['IOP', 'PHP'], true, 9, 18)).toBe(
      'Comparing IOP and PHP. Showing the 9 of 18 rows that differ.',
    );
  });
});

describe('the compare URL', () => {
  it('paths.compare writes what parseState reads', async () => {
    const url = paths.compare(['iop', 'php', 'inpatient'], true);
    expect(url).toBe('/compare/?levels=iop,php,inpatient&diff=1');
    expect(url).toBe(`/compare/${stateQuery({ levels: ['iop', 'php', 'inpatient'], diffOnly: true }, KNOWN)}`);
    expect(parseState(url.slice('/compare/'.length), KNOWN)).toEqual({
      levels: ['iop', 'php', 'inpatient'],
      diffOnly: true,
    });
  });
});
