// A Vitest reporter that prints, after the run, each project's wall time (first file started to last file finished),
// its files and tests, and its slowest files. With TEST_TIMES_FILE set (tests/run.ts sets it), it also writes them
// there as JSON, so the test command can print one table with the format, check and build steps.
import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/** One project's figures. */
export interface ProjectTime {
  project: string;
  seconds: number;
  files: number;
  tests: number;
  failed: number;
}

export default class TimesReporter implements Reporter {
  private started = new Map<string, number>();
  private ended = new Map<string, number>();

  onTestModuleStart(module: TestModule): void {
    const name = module.project.name;
    if (!this.started.has(name)) this.started.set(name, performance.now());
  }

  onTestModuleEnd(module: TestModule): void {
    this.ended.set(module.project.name, performance.now());
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rows: ProjectTime[] = [...this.started].map(([project, start]) => {
      const mine = modules.filter((m) => m.project.name === project);
      const tests = mine.flatMap((m) => [...m.children.allTests()]);
      return {
        project,
        seconds: ((this.ended.get(project) ?? start) - start) / 1000,
        files: mine.length,
        tests: tests.length,
        failed: tests.filter((t) => t.result().state === 'failed').length,
      };
    });
    if (rows.length === 0) return;
    const slowest = [...modules]
      .sort((a, b) => b.diagnostic().duration - a.diagnostic().duration)
      .slice(0, 5)
      .map(
        (m) =>
          `    ${(m.diagnostic().duration / 1000).toFixed(1).padStart(6)} s  ${m.moduleId.replace(`${process.cwd()}/`, '')}`,
      );
    console.log(
      [
        '',
        'Time per project (wall clock, first file started to last file finished):',
        ...rows.map(
          (r) =>
            `  ${r.project.padEnd(8)} ${r.seconds.toFixed(1).padStart(6)} s  ${String(r.files).padStart(3)} files  ${String(r.tests).padStart(4)} tests${r.failed ? `  ${r.failed} failed` : ''}`,
        ),
        '  Slowest files:',
        ...slowest,
      ].join('\n'),
    );
    if (process.env.TEST_TIMES_FILE) writeFileSync(process.env.TEST_TIMES_FILE, JSON.stringify(rows));
  }
}
