import { describe, expect, it } from 'vitest';
import { countResults, summaryLine, type TaskLike } from './summary-reporter';

const test = (state?: string, mode = 'run'): TaskLike => ({
  type: 'test',
  mode,
  ...(state ? { result: { state } } : {}),
});
const suite = (tasks: TaskLike[], state = 'pass', errors?: unknown[]): TaskLike => ({
  type: 'suite',
  tasks,
  result: { state, ...(errors ? { errors } : {}) },
});
const file = (tasks: TaskLike[], state = 'pass', errors?: unknown[]): TaskLike => ({
  ...suite(tasks, state, errors),
  type: 'suite',
});
const failure = [{ message: 'boom' }];

describe('countResults', () => {
  it('counts passed, failed and skipped tests through nested suites', () => {
    const files = [
      file([test('pass'), suite([test('pass'), test('fail'), test('skip', 'skip')], 'fail')], 'fail'),
      file([test('todo', 'todo'), test('pass')]),
    ];
    expect(countResults(files)).toEqual({ passed: 3, failed: 1, skipped: 2 });
  });

  it('counts the tests a failed beforeAll kept from running as failed, not skipped', () => {
    // What vitest leaves after a beforeAll throws: every test skipped, the file failed with its error.
    const tests = Array.from({ length: 7 }, () => test('skip', 'skip'));
    const files = [file(tests, 'fail', failure), file([test('pass'), test('pass')])];
    const totals = countResults(files);
    expect(totals).toEqual({ passed: 2, failed: 7, skipped: 0 });
    expect(summaryLine(totals)).toBe('2 passed, 7 failed, 0 skipped');
  });

  it('blocks only the tests under the suite whose hook failed', () => {
    const files = [
      file([suite([test('skip', 'skip'), test('skip', 'skip')], 'fail', failure), test('pass')], 'fail'),
    ];
    expect(countResults(files)).toEqual({ passed: 1, failed: 2, skipped: 0 });
  });

  it('counts an error that failed no test (load error, afterAll) as one failure', () => {
    const files = [file([], 'fail', failure), file([test('pass')], 'fail', failure)];
    expect(countResults(files)).toEqual({ passed: 1, failed: 2, skipped: 0 });
  });

  it('never reads a failed file as a success, and counts unhandled errors', () => {
    const files = [file([test('pass')], 'fail')];
    expect(countResults(files, [new Error('unhandled')])).toEqual({ passed: 1, failed: 2, skipped: 0 });
  });
});
