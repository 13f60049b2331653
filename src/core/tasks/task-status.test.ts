import { describe, expect, it } from 'vitest';
import { compareRedFirst, taskStatus } from './task-status';
import type { TaskFacts } from './task-types';

const dated = (date: string, more: Partial<TaskFacts> = {}): TaskFacts => ({
  deadline: { kind: 'date', date },
  extensions: [],
  completion: 'open',
  ...more,
});

describe('taskStatus at every boundary', () => {
  it('due today is within the deadline, due soon, not overdue', () => {
    const s = taskStatus(dated('2023-09-30'), '2023-09-30');
    expect(s).toMatchObject({
      bucket: 'open-within',
      dueSoon: true,
      daysLeft: 0,
      daysLate: 0,
      light: 'orange',
    });
  });
  it('the day after the deadline is overdue by one day', () => {
    const s = taskStatus(dated('2023-09-30'), '2023-10-01');
    expect(s).toMatchObject({ bucket: 'open-overdue', daysLate: 1, light: 'red' });
  });
  it('due soon is the office setting: 3 days left is due soon with 3, not with 2', () => {
    expect(taskStatus(dated('2023-09-30'), '2023-09-27', { dueSoonDays: 3 }).dueSoon).toBe(true);
    expect(taskStatus(dated('2023-09-30'), '2023-09-27', { dueSoonDays: 2 }).dueSoon).toBe(false);
    expect(taskStatus(dated('2023-09-30'), '2023-09-26', { dueSoonDays: 3 })).toMatchObject({
      bucket: 'open-within',
      dueSoon: false,
      light: 'green',
    });
  });
  it('completed on the deadline is on time; a day after is late', () => {
    const onDay = dated('2023-09-30', { completion: 'confirmed', completedOn: '2023-09-30' });
    expect(taskStatus(onDay, '2023-12-31').bucket).toBe('done-on-time');
    const after = dated('2023-09-30', { completion: 'confirmed', completedOn: '2023-10-01' });
    expect(taskStatus(after, '2023-12-31')).toMatchObject({ bucket: 'done-late', daysLate: 1 });
  });
  it('completion is what the office confirmed: submitted or returned stays open', () => {
    const submitted = dated('2023-09-30', { completion: 'submitted', completedOn: '2023-09-29' });
    expect(taskStatus(submitted, '2023-10-02')).toMatchObject({
      bucket: 'open-overdue',
      awaitingConfirmation: true,
    });
    const returned = dated('2023-09-30', { completion: 'returned', completedOn: '2023-09-29' });
    expect(taskStatus(returned, '2023-09-29')).toMatchObject({ bucket: 'open-within', returned: true });
  });
  it('an extension moves the deadline in force, keeps the original, and the task can still be late', () => {
    const t = dated('2023-09-30', { extensions: [{ newDeadline: '2023-10-31', decidedOn: '2023-09-25' }] });
    expect(taskStatus(t, '2023-10-15')).toMatchObject({
      bucket: 'open-within',
      originalDeadline: '2023-09-30',
      deadline: '2023-10-31',
      extended: true,
    });
    expect(taskStatus(t, '2023-11-02')).toMatchObject({
      bucket: 'open-overdue',
      extended: true,
      daysLate: 2,
    });
    const doneLate = { ...t, completion: 'confirmed' as const, completedOn: '2023-11-05' };
    expect(taskStatus(doneLate, '2023-12-01')).toMatchObject({
      bucket: 'done-late',
      extended: true,
      daysLate: 5,
    });
    const doneInExtension = { ...t, completion: 'confirmed' as const, completedOn: '2023-10-20' };
    expect(taskStatus(doneInExtension, '2023-12-01').bucket).toBe('done-on-time');
  });
  it('the last of several extensions is in force', () => {
    const t = dated('2023-09-30', {
      extensions: [
        { newDeadline: '2023-10-31', decidedOn: '2023-09-25' },
        { newDeadline: '2023-11-30', decidedOn: '2023-10-28' },
      ],
    });
    expect(taskStatus(t, '2023-11-15')).toMatchObject({ bucket: 'open-within', deadline: '2023-11-30' });
  });
  it('no deadline and "thường xuyên" are their own bucket until confirmed', () => {
    expect(
      taskStatus({ deadline: { kind: 'none' }, extensions: [], completion: 'open' }, '2023-01-01'),
    ).toMatchObject({
      bucket: 'no-deadline',
      light: 'grey',
      daysLeft: null,
    });
    expect(
      taskStatus({ deadline: { kind: 'continuous' }, extensions: [], completion: 'confirmed' }, '2023-01-01')
        .bucket,
    ).toBe('done-on-time');
  });
  it('a quarterly task is overdue when the last quarter ended without a report', () => {
    const q: TaskFacts = {
      deadline: { kind: 'recurring', every: 'quarter' },
      extensions: [],
      completion: 'open',
      assignedOn: '2023-01-10',
    };
    expect(taskStatus({ ...q, lastReportOn: '2023-06-28' }, '2023-08-01')).toMatchObject({
      bucket: 'open-within',
      deadline: '2023-09-30',
    });
    expect(taskStatus({ ...q, lastReportOn: '2023-03-28' }, '2023-08-01')).toMatchObject({
      bucket: 'open-overdue',
      deadline: '2023-06-30',
      daysLate: 32,
    });
    // Assigned during the last quarter: nothing was owed for it yet.
    expect(taskStatus({ ...q, assignedOn: '2023-05-01' }, '2023-08-01').bucket).toBe('open-within');
    expect(taskStatus({ ...q, lastReportOn: '2023-07-02' }, '2023-09-29').dueSoon).toBe(false);
    expect(taskStatus({ ...q, lastReportOn: '2023-06-02' }, '2023-09-29').dueSoon).toBe(true);
  });
});

describe('compareRedFirst', () => {
  it('orders overdue (longest first), due soon, within, no deadline, done', () => {
    const today = '2023-10-10';
    const tasks = {
      within: dated('2023-12-01'),
      soon: dated('2023-10-11'),
      overdue2: dated('2023-10-08'),
      overdue9: dated('2023-10-01'),
      none: { deadline: { kind: 'none' }, extensions: [], completion: 'open' } as TaskFacts,
      done: dated('2023-10-01', { completion: 'confirmed', completedOn: '2023-09-01' }),
    };
    const order = Object.entries(tasks)
      .map(([k, t]) => ({ k, s: taskStatus(t, today) }))
      .sort((a, b) => compareRedFirst(a.s, b.s))
      .map((x) => x.k);
    expect(order).toEqual(['overdue9', 'overdue2', 'soon', 'within', 'none', 'done']);
  });
});
