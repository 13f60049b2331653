/**
 * Prints one closing line "N passed, N failed, N skipped" after the run, so that any tool
 * reading the output sees the totals in a plain form.
 */
import type { Reporter } from 'vitest/reporters';

interface TaskLike {
  type: string;
  mode?: string;
  result?: { state?: string };
  tasks?: TaskLike[];
}

function count(
  tasks: readonly TaskLike[],
  totals: { passed: number; failed: number; skipped: number },
): void {
  for (const task of tasks) {
    if (task.tasks) count(task.tasks, totals);
    if (task.type !== 'test') continue;
    const state = task.result?.state;
    if (state === 'pass') totals.passed++;
    else if (state === 'fail') totals.failed++;
    else totals.skipped++;
  }
}

export default class SummaryReporter implements Reporter {
  onFinished(files: readonly TaskLike[] = [], errors: readonly unknown[] = []): void {
    const totals = { passed: 0, failed: 0, skipped: 0 };
    count(files, totals);
    // A file that failed to load counts as a failure even though it holds no test.
    const brokenFiles = files.filter((f) => f.result?.state === 'fail' && !(f.tasks ?? []).length).length;
    totals.failed += brokenFiles + errors.length;
    process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
  }
}
