import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import {
  announcement, compareRows, describeDay, differingRows, formatHours, formatTime, inOrder, listNames, parseState, stateQuery, toggleLevel, weekHours,
} from './compare';
import { levelSchema, type Level } from './levels-schema';

const KNOWN = ['outpatient', 'iop', 'php', 'residential', 'inpatient'];

describe('parseState', () => {
  it('reads two or three known levels, in the site order', () => {
    expect(parseState('?levels=php,iop', KNOWN)).toEqual({ levels: ['iop', 'php'], diffOnly: false });
    expect(parseState('levels=inpatient,outpatient,iop&diff=1', KNOWN)).toEqual({ levels: ['outpatient', 'iop', 'inpatient'], diffOnly: true });
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
    expect(parseState('?levels=inpatient,residential,php,iop', KNOWN).levels).toEqual(['php', 'residential', 'inpatient']);
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
    expect(stateQuery({ levels: ['inpatient', 'iop', 'outpatient'], diffOnly: true }, KNOWN)).toBe('?levels=outpatient,iop,inpatient&diff=1');
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
    expect(toggleLevel(['outpatient', 'iop', 'php'], 'inpatient', true, KNOWN)).toEqual({ levels: ['outpatient', 'iop', 'php'], refused: 'max' });
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

describe('words and numbers', () => {
  it('formats hours from the data', () => {
    expect(formatHours({ lessThan: 9 })).toBe('Fewer than 9');
    expect(formatHours({ min: 9, upTo: 19 })).toBe('9 to 19');
    expect(formatHours({ min: 20 })).toBe('20 or more');
    expect(formatHours(undefined, 'You live there.')).toBe('You live there.');
    expect(formatHours(undefined)).toBe('Not set');
  });
  it('formats times of day', () => {
    expect([0, 9, 9.5, 12, 13, 18, 24].map(formatTime)).toEqual(['midnight', '9 am', '9:30 am', 'noon', '1 pm', '6 pm', 'midnight']);
  });
  it('lists names and announces changes', () => {
    expect(listNames(['IOP'])).toBe('IOP');
    expect(listNames(['IOP', 'PHP', 'Hospital'])).toBe('IOP, PHP and Hospital');
    expect(announcement(['IOP', 'PHP'], false, 18, 18)).toBe('Comparing IOP and PHP. Showing all 18 rows.');
    expect(announcement(['IOP', 'PHP'], true, 9, 18)).toBe('Comparing IOP and PHP. Showing the 9 of 18 rows that differ.');
  });
  it('counts week hours and describes days', () => {
    const evening = { start: 18, end: 21, label: 'Groups' };
    expect(weekHours([[evening], [], [evening], [evening], [], [], []])).toBe(9);
    expect(weekHours([[{ start: 0, end: 24, label: 'Lives there' }]])).toBeNull();
    expect(describeDay([evening])).toBe('6 pm to 9 pm: Groups (3 hours)');
    expect(describeDay([{ start: 17, end: 18, label: 'Therapy' }])).toBe('5 pm to 6 pm: Therapy (1 hour)');
    expect(describeDay([])).toBe('No sessions');
    expect(describeDay([{ start: 0, end: 24, label: 'In the hospital' }])).toBe('All day and night: In the hospital');
  });
});

describe('compareRows over the real levels data', () => {
  const levels: Record<string, Level> = Object.fromEntries(
    readdirSync('content/levels').filter((f) => f.endsWith('.yaml'))
      .map((f) => [f.replace(/\.yaml$/, ''), levelSchema.parse(parseYaml(readFileSync(`content/levels/${f}`, 'utf8')))] as const)
      .sort((a, b) => a[1].order - b[1].order),
  );
  const rows = compareRows(levels);
  it('has every level in every row, with no empty cell', () => {
    expect(Object.keys(levels)).toEqual(KNOWN);
    for (const r of rows) for (const id of KNOWN) expect(r.cells[id]?.join('').length, `${r.id}/${id}`).toBeGreaterThan(1);
  });
  it('states the hours from the numbers in the data, never typed twice', () => {
    const hours = rows.find((r) => r.id === 'hours-adults')!.cells;
    expect(hours.iop).toEqual([`${levels.iop.hours.adults!.min} to ${levels.iop.hours.adults!.upTo}`]);
    expect(hours.php).toEqual([`${levels.php.hours.adults!.min} or more`]);
    expect(hours.outpatient).toEqual([`Fewer than ${levels.outpatient.hours.adults!.lessThan}`]);
    expect(rows.find((r) => r.id === 'medicare')!.cells.iop[0]).toContain(`at least ${levels.iop.medicare.minHours} hours`);
  });
  it('keeps the keys articles use with <N k="..." />', () => {
    expect(levels.iop.hours.adults).toMatchObject({ min: 9, upTo: 19 });
    expect(levels.iop.hours.teens).toMatchObject({ min: 6, upTo: 19 });
    expect(levels.php.hours.adults?.min).toBe(20);
    expect(levels.php.hours.teens?.min).toBe(20);
    expect(levels.outpatient.hours.adults?.lessThan).toBe(9);
    expect(levels.outpatient.hours.teens?.lessThan).toBe(6);
    expect(levels.iop.medicare.minHours).toBe(9);
    expect(levels.php.medicare.minHours).toBe(20);
  });
  it('never triages: no "you need" or "your level" wording in any cell', () => {
    const text = rows.flatMap((r) => Object.values(r.cells).flat()).join('\n');
    expect(text).not.toMatch(/\byou (need|should|must go)\b|your level is|\bscore\b/i);
  });
  it('differs between IOP and PHP on hours but not on where you sleep', () => {
    const values = Object.fromEntries(rows.map((r) => [r.id, Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [k, v.join('\n')]))]));
    const diff = differingRows(values, ['iop', 'php']);
    expect(diff).toContain('hours-adults');
    expect(diff).not.toContain('sleep');
    expect(diff).not.toContain('support-24h');
    expect(differingRows(values, ['iop', 'inpatient'])).toContain('sleep');
  });
});

describe('the compare URL', () => {
  it('paths.compare writes what parseState reads', async () => {
    const { paths } = await import('./urls');
    const url = paths.compare(['iop', 'php', 'inpatient'], true);
    expect(url).toBe('/compare/?levels=iop,php,inpatient&diff=1');
    expect(url).toBe(`/compare/${stateQuery({ levels: ['iop', 'php', 'inpatient'], diffOnly: true }, KNOWN)}`);
    expect(parseState(url.slice('/compare/'.length), KNOWN)).toEqual({ levels: ['iop', 'php', 'inpatient'], diffOnly: true });
  });
});
