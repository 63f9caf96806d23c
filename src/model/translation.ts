// A Spanish levels file holds only words; numbers and settings stay in the English file (their one owner). This
// lays the Spanish words over the English data: objects key by key, arrays position by position; `aliases` and
// `sources` replace the English list whole. Hand-written: a generic deep merge (lodash.merge and the like) would
// concatenate or replace arrays rather than pair them by position, and would not name the file on a bad value.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkData, readLevels, readRaw, schemaIssues, spanishDir } from './read.ts';
import { levelSchema, type Level } from './levels-schema.ts';

/** Keys whose Spanish list replaces the English one rather than pairing with it. */
const REPLACED = new Set(['aliases', 'sources']);
/** Text-valued settings (not words for a reader), owned by the English file alone. */
const SETTINGS = new Set(['sleep', 'level']);

/** Problems with a Spanish words-only file: any number or true/false, which must come from the English file. */
export function nonWordValues(value: unknown, path = ''): string[] {
  if (typeof value === 'number' || typeof value === 'boolean')
    return [
      `${path || '(top level)'}: ${JSON.stringify(value)} is not a word; numbers and settings come from the English file`,
    ];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonWordValues(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => {
      const at = path ? `${path}.${k}` : k;
      if (SETTINGS.has(k)) return [`${at}: a setting, not a word; it comes from the English file`];
      return REPLACED.has(k) ? [] : nonWordValues(v, at);
    });
  return [];
}

/** The English value with the Spanish words laid over it. */
export function overlay(en: unknown, es: unknown): unknown {
  if (es === undefined || es === null) return en;
  if (Array.isArray(en) && Array.isArray(es)) return en.map((v, i) => overlay(v, es[i]));
  if (en && es && typeof en === 'object' && typeof es === 'object' && !Array.isArray(en) && !Array.isArray(es)) {
    const out: Record<string, unknown> = { ...(en as Record<string, unknown>) };
    for (const [k, v] of Object.entries(es as Record<string, unknown>))
      out[k] = REPLACED.has(k) ? v : overlay((en as Record<string, unknown>)[k], v);
    return out;
  }
  return es;
}

/** English text fields (by path) the Spanish file does not give, so English would show on a Spanish page. */
export function untranslated(en: unknown, es: unknown, path = ''): string[] {
  if (typeof en === 'string') return typeof es === 'string' ? [] : [path];
  if (Array.isArray(en))
    return en.flatMap((v, i) => untranslated(v, Array.isArray(es) ? es[i] : undefined, `${path}[${i}]`));
  if (en && typeof en === 'object')
    return Object.entries(en).flatMap(([k, v]) =>
      REPLACED.has(k) || SETTINGS.has(k)
        ? []
        : untranslated(v, (es as Record<string, unknown> | undefined)?.[k], path ? `${path}.${k}` : k),
    );
  return [];
}

/**
 * Every problem with a Spanish levels file laid over its English twin: numbers or settings in it, English text it
 * leaves showing, and what the levels schema says of the result (the build and `npm run check:content` both ask).
 */
export function spanishLevelIssues(english: unknown, spanish: unknown): string[] {
  return [
    ...nonWordValues(spanish),
    ...untranslated(english, spanish).map((p) => `${p}: not translated (English would show)`),
    ...schemaIssues(levelSchema, overlay(english, spanish)),
  ];
}

/**
 * One level in Spanish: the words of its Spanish file (`spanish`, as read from `file`) laid over the English level,
 * checked against the levels schema. The Spanish file must exist and hold words only; a problem throws one error
 * naming the file and every bad field. `aliases` are the Spanish file's alone (English alias words never lead a
 * Spanish reader), so a file without them gives none. The build (through getLevels) and Node readers share this.
 */
export function spanishLevel(english: Level, spanish: unknown, file: string): Level {
  if (spanish === undefined || spanish === null)
    throw new Error(`${file} is missing: the Spanish pages need every level's words`);
  if (typeof spanish !== 'object' || Array.isArray(spanish))
    throw new Error(`${file}: (top level): must be a mapping of field names to words`);
  const problems = nonWordValues(spanish);
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  const level = checkData(levelSchema, overlay(english, spanish), file);
  return { ...level, aliases: (spanish as { aliases?: string[] }).aliases ?? [] };
}

/** Every level in Spanish, keyed by id in the English files' order, read from content/es/levels/ under `root`. */
export function readSpanishLevels(root = '.'): Record<string, Level> {
  return Object.fromEntries(
    Object.entries(readLevels(root)).map(([id, english]) => {
      const file = join(spanishDir('levels'), `${id}.yaml`);
      const path = join(root, file);
      return [id, spanishLevel(english, existsSync(path) ? readRaw(path).data : undefined, file)];
    }),
  );
}
