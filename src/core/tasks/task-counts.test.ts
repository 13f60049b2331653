import { describe, expect, it } from 'vitest';
import { countTasks, taskCountLinesVi } from './task-counts';
import { taskStatus } from './task-status';
import type { TaskFacts } from './task-types';

const t = (date: string | null, more: Partial<TaskFacts> = {}): TaskFacts => ({
  deadline: date ? { kind: 'date', date } : { kind: 'none' },
  extensions: [],
  completion: 'open',
  ...more,
});

describe('counts and the printed lines', () => {
  const today = '2023-10-10';
  const tasks = [
    t('2023-09-30', { completion: 'confirmed', completedOn: '2023-09-30' }),
    t('2023-09-30', { completion: 'confirmed', completedOn: '2023-09-20' }),
    t('2023-09-30', { completion: 'confirmed', completedOn: '2023-10-02' }),
    t('2023-10-12'),
    t('2023-12-31'),
    t('2023-10-01'),
    t(null),
  ];
  const counts = countTasks(tasks.map((x) => taskStatus(x, today)));
  it('counts every bucket', () => {
    expect(counts).toMatchObject({
      total: 7,
      doneOnTime: 2,
      doneLate: 1,
      openWithin: 2,
      dueSoon: 1,
      openOverdue: 1,
      noDeadline: 1,
    });
  });
  it('names the denominator of every count, shares adding up to 100', () => {
    const lines = taskCountLinesVi(counts).map((l) => l.text);
    expect(lines[0]).toBe(
      'Tổng số 7 nhiệm vụ được giao: hoàn thành đúng hạn 2/7 nhiệm vụ (28,57%); hoàn thành quá hạn 1/7 (14,28%); ' +
        'chưa hoàn thành, trong hạn 2/7 (28,57%) (trong đó 1 nhiệm vụ sắp đến hạn); chưa hoàn thành, quá hạn 1/7 (14,28%); ' +
        'không có thời hạn 1/7 (14,3%).',
    );
    expect(lines[1]).toBe(
      'Trong 3 nhiệm vụ đã hoàn thành: đúng hạn 2/3 nhiệm vụ (66,66%), quá hạn 1/3 nhiệm vụ (33,34%).',
    );
    expect(lines[2]).toBe(
      'Trong 4 nhiệm vụ đã đến hạn: đã hoàn thành 3/4 nhiệm vụ (75%), chưa hoàn thành 1/4 nhiệm vụ (25%).',
    );
  });
  it('counts as due only tasks whose deadline has come: done early is not yet due, due today is', () => {
    const c = countTasks(
      [
        t('2023-10-20', { completion: 'confirmed', completedOn: '2023-10-01' }),
        t('2023-10-10'),
        t('2023-10-09', { completion: 'confirmed', completedOn: '2023-10-09' }),
      ].map((x) => taskStatus(x, '2023-10-10')),
    );
    expect(c).toMatchObject({ due: 2, dueDone: 1 });
    expect(taskCountLinesVi(c)[2]?.text).toBe(
      'Trong 2 nhiệm vụ đã đến hạn: đã hoàn thành 1/2 nhiệm vụ (50%), chưa hoàn thành 1/2 nhiệm vụ (50%).',
    );
  });
  it('prints the figures of report 1270/BC-TCTTTg with their denominators', () => {
    const c = {
      ...countTasks([]),
      total: 21914,
      doneOnTime: 14068,
      doneLate: 1983,
      openOverdue: 223,
      openWithin: 5640,
      due: 16274,
      dueDone: 16051,
    };
    const [, done, due] = taskCountLinesVi(c).map((l) => l.text);
    expect(due).toBe(
      'Trong 16.274 nhiệm vụ đã đến hạn: đã hoàn thành 16.051/16.274 nhiệm vụ (98,62%), chưa hoàn thành 223/16.274 nhiệm vụ (1,38%).',
    );
    // "completed" is not "completed on time": each names its own denominator.
    expect(done).toBe(
      'Trong 16.051 nhiệm vụ đã hoàn thành: đúng hạn 14.068/16.051 nhiệm vụ (87,64%), quá hạn 1.983/16.051 nhiệm vụ (12,36%).',
    );
  });
  it('says so when there is nothing to share', () => {
    expect(taskCountLinesVi(countTasks([])).map((l) => l.text)).toEqual(['Chưa có nhiệm vụ nào được giao.']);
  });
});
