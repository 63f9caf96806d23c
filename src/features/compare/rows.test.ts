import { describe, expect, it } from 'vitest';
import { readLevels } from '../../model/read';
import {
  compareRows,
  formatHours,
  groupRows,
  levelLabel,
  pickLevels,
  SOURCE_GROUPS,
  SOURCE_GROUPS_ES,
  wholeAsamLevel,
} from './rows';
import { readFile } from '../../model/read';
import { levelSchema } from '../../model/levels-schema';

describe('words and numbers', () => {
  it('formats hours from the data', () => {
    expect(formatHours({ lessThan: 9 })).toBe('Fewer than 9');
    expect(formatHours({ min: 9, upTo: 19 })).toBe('9 to 19');
    expect(formatHours({ min: 20 })).toBe('20 or more');
    expect(formatHours(undefined, 'You live there.')).toBe('You live there.');
    expect(formatHours(undefined)).toBe('Not set');
    expect(formatHours(undefined, undefined, 'es')).toBe('Sin número fijo');
  });
  it('writes an ASAM level as a whole number, with no decimals', () => {
    expect(wholeAsamLevel('3.1 to 3.7')).toBe('3');
    expect(wholeAsamLevel('2.1')).toBe('2');
    expect(wholeAsamLevel('2.5')).toBe('2');
    expect(wholeAsamLevel('1')).toBe('1');
    expect(wholeAsamLevel('3.7 to 4')).toBe('3–4');
  });
  it('labels levels with their abbreviation only when it is one', () => {
    expect(levelLabel({ name: 'Partial hospitalization program', shortName: 'PHP' })).toBe(
      'Partial hospitalization program (PHP)',
    );
    expect(levelLabel({ name: 'Outpatient therapy', shortName: 'Outpatient' })).toBe('Outpatient therapy');
  });
});

describe('compareRows over the real levels data', () => {
  const levels = readLevels();
  const KNOWN = Object.keys(levels);
  const rows = compareRows(levels);
  it('has every level in every row, with no empty cell', () => {
    const orders = Object.values(levels).map((l) => l.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(orders).size).toBe(orders.length);
    for (const r of rows)
      for (const id of KNOWN) expect(r.cells[id]?.join('').length, `${r.id}/${id}`).toBeGreaterThan(1);
  });
  it('states the hours from the numbers in the data, never typed twice', () => {
    const hours = rows.find((r) => r.id === 'hours-adults')!.cells;
    expect(hours.iop).toEqual([`${levels.iop.hours.adults!.min} to ${levels.iop.hours.adults!.upTo}`]);
    expect(hours.php).toEqual([`${levels.php.hours.adults!.min} or more`]);
    expect(hours.outpatient).toEqual([`Fewer than ${levels.outpatient.hours.adults!.lessThan}`]);
    expect(rows.find((r) => r.id === 'medicare')!.cells.iop[0]).toContain(
      `at least ${levels.iop.medicare.minHours} hours`,
    );
  });
  it('never triages: no "you need" or "your level" wording in any cell', () => {
    const text = rows.flatMap((r) => Object.values(r.cells).flat()).join('\n');
    expect(text).not.toMatch(/\byou (need|should|must go)\b|your level is|\bscore\b/i);
  });
  it('says "1 hour", never "1 hours", where the Medicare minimum could be 1', () => {
    const good = readFile('tests/fixtures/content/levels/good.yaml', levelSchema).data;
    const one = { ...good, medicare: { ...good.medicare, minHours: 1 } };
    const medicare = compareRows({ one }).find((r) => r.id === 'medicare')!.cells.one[0];
    expect(medicare).toBe('The care plan must call for at least 1 hour a week.');
  });
  it('picks the named levels in the site order (handouts show IOP and PHP alone), or all of them', () => {
    expect(Object.keys(pickLevels(levels, ['php', 'iop']))).toEqual(['iop', 'php']);
    expect(pickLevels(levels)).toBe(levels);
  });
});

describe("groupRows: the comparison's rows under headings (no list of more than 7 facts)", () => {
  const levels = readLevels();
  it('puts every row under a heading, in order, with at most 7 rows in a group and the source headings reused', () => {
    for (const lang of ['en', 'es'] as const) {
      const rows = compareRows(levels, lang);
      const groups = groupRows(rows, lang);
      expect(groups.flatMap((g) => g.rows)).toEqual(rows);
      expect(groups.length).toBeGreaterThan(1);
      for (const g of groups) expect(g.rows.length, g.id).toBeLessThanOrEqual(7);
      const headings = lang === 'es' ? SOURCE_GROUPS_ES : SOURCE_GROUPS;
      expect(groups.map((g) => g.id)).toEqual(['names', ...Object.keys(headings)]);
      for (const g of groups.slice(1)) expect(g.label).toBe(headings[g.id as keyof typeof headings]);
    }
  });
  it('says what the ASAM numbers are where they are shown, the plain name first', () => {
    const rows = compareRows(levels);
    const [names] = groupRows(rows);
    expect(names.note).toMatch(/ASAM, a group of doctors who treat addiction, numbers levels of care from 1 to 4/);
    expect(rows.find((r) => r.id === 'asam')!.cells.iop).toEqual([
      `${levels.iop.asam.name} (level ${levels.iop.asam.level.split('.')[0]})`,
    ]);
    expect(compareRows(levels, 'es').find((r) => r.id === 'asam')!.cells.residential[0]).toMatch(/\(nivel 3\)$/);
    // A table without the ASAM row needs no note.
    expect(groupRows(rows.filter((r) => r.id !== 'asam'))[0].note).toBeUndefined();
  });
  it('refuses rows of one group that are not next to each other', () => {
    const rows = compareRows(levels);
    const moved = [...rows.slice(1), rows[0]];
    expect(() => groupRows(moved)).toThrow(/group "names" are not next to each other \(row "other-names"\)/);
  });
});
