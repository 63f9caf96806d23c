// Fixtures shared by every layer, read by the same reader the build and tools use (src/model/read.ts).
import { readRaw } from '../../src/model/read';

/** Frontmatter (parsed, not yet checked) and body of a content fixture in tests/fixtures/content/. */
export function fixture(path: string): { data: Record<string, unknown>; body: string } {
  const { data, body } = readRaw(`tests/fixtures/content/${path}`);
  return { data: data as Record<string, unknown>, body };
}
