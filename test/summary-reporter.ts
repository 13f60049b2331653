/**
 * Prints one closing line "N passed, N failed, N skipped" after the run, so that any tool
 * reading the output sees the totals in a plain form. A failure always reads as a failure: the
 * tests a failed hook kept from running are failed, not skipped, and an error outside any test
 * (a file that does not load, an afterAll that throws, an unhandled error) counts as one failure.
 */
import type { Reporter } from 'vitest/reporters';

/** The part of vitest's task tree (files, suites, tests) the counting reads. */
export interface TaskLike {
  type: string;
  mode?: string;
  result?: { state?: string; errors?: readonly unknown[] };
  tasks?: readonly TaskLike[];
}

/** Totals of a run. */
export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

function hasOwnErrors(task: TaskLike): boolean {
  return task.result?.state === 'fail' && (task.result.errors?.length ?? 0) > 0;
}

/** Counts the tests under `tasks`; `blocked` is true under a file or suite whose own code failed. */
function countTasks(tasks: readonly TaskLike[], totals: Totals, blocked: boolean): number {
  let failedHere = 0;
  for (const task of tasks) {
    if (task.type === 'test') {
      const state = task.result?.state;
      if (state === 'pass') totals.passed++;
      else if (state === 'fail' || blocked) {
        totals.failed++;
        failedHere++;
      } else totals.skipped++;
      continue;
    }
    const ownErrors = hasOwnErrors(task);
    const failedBelow = countTasks(task.tasks ?? [], totals, blocked || ownErrors);
    // A suite error that failed no test (load error, afterAll) is still one failure.
    if (ownErrors && failedBelow === 0) {
      totals.failed++;
      failedHere++;
    }
    failedHere += failedBelow;
  }
  return failedHere;
}

/** The totals of a run from vitest's file tasks and its unhandled errors. */
export function countResults(files: readonly TaskLike[], errors: readonly unknown[] = []): Totals {
  const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
  countTasks(files, totals, false);
  // A file marked failed without any error of its own nor failed test (defensive: vitest sets
  // errors on such files, but the line must never read as a success).
  for (const file of files) {
    if (file.result?.state === 'fail' && !hasOwnErrors(file) && !containsFailure(file)) totals.failed++;
  }
  totals.failed += errors.length;
  return totals;
}

function containsFailure(task: TaskLike): boolean {
  if (task.type === 'test') return task.result?.state === 'fail';
  return hasOwnErrors(task) || (task.tasks ?? []).some(containsFailure);
}

/** The closing line. */
export function summaryLine(totals: Totals): string {
  return `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
}

export default class SummaryReporter implements Reporter {
  onFinished(files: readonly TaskLike[] = [], errors: readonly unknown[] = []): void {
    process.stdout.write(`\n${summaryLine(countResults(files, errors))}\n`);
  }
}
