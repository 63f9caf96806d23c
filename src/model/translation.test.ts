import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nonWordValues, overlay, readSpanishLevels, untranslated } from './translation';

const english = {
  name: 'Intensive outpatient program',
  order: 2,
  sleep: 'home',
  asam: { level: '2.1', name: 'Intensive outpatient services' },
  hours: { adults: { min: 9 }, basis: 'ASAM' },
  services: ['Group therapy', 'Case management'],
  aliases: ['IOT', 'intensive outpatient'],
  exampleWeek: { days: [[{ start: 18, end: 21, label: 'Groups' }], []] },
};

describe('Spanish levels: words over the English numbers', () => {
  it('lays the words over the data: objects by key, arrays by position, aliases replaced', () => {
    const es = {
      name: 'Programa intensivo ambulatorio',
      asam: { name: 'Servicios intensivos ambulatorios' },
      hours: { basis: 'ASAM (en inglés)' },
      services: ['Terapia de grupo', 'Manejo de casos'],
      aliases: ['tratamiento intensivo'],
      exampleWeek: { days: [[{ label: 'Grupos' }], []] },
    };
    expect(overlay(english, es)).toEqual({
      ...english,
      name: 'Programa intensivo ambulatorio',
      asam: { level: '2.1', name: 'Servicios intensivos ambulatorios' },
      hours: { adults: { min: 9 }, basis: 'ASAM (en inglés)' },
      services: ['Terapia de grupo', 'Manejo de casos'],
      aliases: ['tratamiento intensivo'],
      exampleWeek: { days: [[{ start: 18, end: 21, label: 'Grupos' }], []] },
    });
    expect(untranslated(english, es)).toEqual([]);
  });

  it('refuses numbers and settings, which have one owner, and names what is left in English', () => {
    expect(nonWordValues({ order: 3, asam: { level: '2.1' }, sleep: 'home' })).toEqual([
      'order: 3 is not a word; numbers and settings come from the English file',
      'asam.level: a setting, not a word; it comes from the English file',
      'sleep: a setting, not a word; it comes from the English file',
    ]);
    expect(untranslated(english, { name: 'Programa' })).toEqual([
      'asam.name',
      'hours.basis',
      'services[0]',
      'services[1]',
      'exampleWeek.days[0][0].label',
    ]);
  });
});

describe('reading the Spanish levels files (content/es/levels)', () => {
  let root = '';
  /** A project folder holding a copy of both levels folders, with `edit` applied to the Spanish IOP file. */
  const copy = (edit: (yaml: string) => string | null) => {
    root = mkdtempSync(join(tmpdir(), 'levels-es-'));
    cpSync('content/levels', join(root, 'content/levels'), { recursive: true });
    cpSync('content/es/levels', join(root, 'content/es/levels'), { recursive: true });
    const file = join(root, 'content/es/levels/iop.yaml');
    const text = edit(readFileSync(file, 'utf8'));
    if (text === null) rmSync(file);
    else writeFileSync(file, text);
    return root;
  };
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads every level: Spanish words over the English numbers, and Spanish aliases only', () => {
    const levels = readSpanishLevels();
    expect(Object.keys(levels)).toEqual(['outpatient', 'iop', 'php', 'residential', 'inpatient']);
    expect(levels.iop.name).toBe('Programa intensivo ambulatorio');
    expect(levels.iop.aliases).toContain('programa intensivo ambulatorio');
    expect(levels.iop.aliases).not.toContain('intensive outpatient');
    expect(levels.iop.hours.adults?.min).toBe(9);
  });

  it('names the file and the field of a number, a wrong kind of value or a missing file', () => {
    expect(() => readSpanishLevels(copy((y) => `${y}\norder: 7\n`))).toThrow(
      /^content\/es\/levels\/iop\.yaml: order: 7 is not a word; numbers and settings come from the English file$/,
    );
    expect(() => readSpanishLevels(copy((y) => y.replace(/^name: .*$/m, 'name: [Programa, intensivo]')))).toThrow(
      /^content\/es\/levels\/iop\.yaml: name: /,
    );
    expect(() => readSpanishLevels(copy(() => null))).toThrow(/^content\/es\/levels\/iop\.yaml is missing/);
  });

  it('gives no aliases when the Spanish file names none', () => {
    const levels = readSpanishLevels(copy((y) => y.replace(/^aliases: .*$/m, '')));
    expect(levels.iop.aliases).toEqual([]);
  });
});
