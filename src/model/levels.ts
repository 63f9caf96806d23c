/** Reading facts out of the levels-of-care data (content/levels), e.g. for <N k="iop.hours.adults.min" />. */
import type { Level } from './levels-schema.ts';

/** Look up a dotted key ("iop.hours.adults.min") in the levels data; throws naming the key if it is not a number. */
export function levelFact(levels: Record<string, Level>, key: string): number {
  const [levelId, ...path] = key.split('.');
  let value: unknown = levels[levelId];
  if (value === undefined) throw new Error(`<N k="${key}">: no level "${levelId}" in content/levels/`);
  for (const part of path) value = (value as Record<string, unknown> | undefined)?.[part];
  if (typeof value !== 'number')
    throw new Error(`<N k="${key}">: content/levels/${levelId}.yaml has no number at "${path.join('.')}"`);
  return value;
}

/** The keys of every <N k="..." /> in a text, in order. */
export function levelKeysIn(text: string): string[] {
  return [...text.matchAll(/<N\s+k="([^"]*)"\s*\/>/g)].map((m) => m[1]);
}
