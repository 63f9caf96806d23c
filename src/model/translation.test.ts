import { describe, expect, it } from 'vitest';
import { nonWordValues, overlay, untranslated } from './translation';

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
