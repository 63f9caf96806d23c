// The order test files start in. Vitest runs the longest files first when it has timings from an earlier run, and the
// largest first when it has none, as on a clean clone, where the two page passes (tests/pages-*.browser.test.ts, a
// few lines each, but a minute or more of work) would start last and leave one worker idle while the other finishes.
// They start first; everything else keeps Vitest's own order.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that start first in their project, whatever Vitest knows of them. */
const FIRST = [/tests\/pages-\d\.browser\.test\.ts$/];

export default class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (f: TestSpecification) => FIRST.some((r) => r.test(f.moduleId));
    // A stable partition within each project (projects stay in Vitest's order, one after the other).
    const projects = [...new Set(sorted.map((f) => f.project.name))];
    return projects.flatMap((p) => {
      const own = sorted.filter((f) => f.project.name === p);
      return [...own.filter(first), ...own.filter((f) => !first(f))];
    });
  }
}
