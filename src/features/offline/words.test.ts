import { describe, expect, it } from 'vitest';
import { OFFLINE_WORDS, formatDay, formatIsoDay, formatSize } from './words';

describe('offline words', () => {
  it('says sizes in megabytes of 1,000,000 bytes, one decimal, never less than 0.1 MB', () => {
    expect(formatSize(1_421_118, 'en')).toBe('1.4 MB');
    expect(formatSize(4_650_000, 'en')).toBe('4.7 MB');
    expect(formatSize(12_345_678, 'en')).toBe('12.3 MB');
    expect(formatSize(2_000_000, 'en')).toBe('2.0 MB');
    expect(formatSize(0, 'en')).toBe('0.1 MB');
    expect(formatSize(663_474, 'es')).toBe('0.7 MB');
  });

  it('writes review dates as the same calendar day everywhere, and a moment in the given time zone', () => {
    expect(formatIsoDay('2026-11-29', 'en')).toBe('November 29, 2026');
    expect(formatIsoDay('2026-11-29', 'es')).toBe('29 de noviembre de 2026');
    const lateEvening = new Date('2026-12-05T03:00:00Z');
    expect(formatDay(lateEvening, 'en', 'America/Chicago')).toBe('December 4, 2026');
    expect(formatDay(lateEvening, 'en', 'UTC')).toBe('December 5, 2026');
  });

  it('has the same words in both languages, and the saved line names both dates', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' && !Array.isArray(v) ? keys(v).map((j) => `${k}.${j}`) : [k],
      );
    expect(keys(OFFLINE_WORDS.es)).toEqual(keys(OFFLINE_WORDS.en));
    expect(OFFLINE_WORDS.en.saved('December 4, 2026', 'November 29, 2026')).toBe(
      'Saved on December 4, 2026; content reviewed November 29, 2026.',
    );
    expect(OFFLINE_WORDS.es.saved('4 de diciembre de 2026', '29 de noviembre de 2026')).toBe(
      'Guardada el 4 de diciembre de 2026; contenido revisado el 29 de noviembre de 2026.',
    );
  });
});
