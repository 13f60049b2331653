import { describe, expect, it } from 'vitest';
import { addDays } from './iso-days';
import {
  buildDigests,
  DEFAULT_REMINDER_SCHEDULE as S,
  digestSubjectVi,
  escalationDue,
  reminderFor,
} from './reminders';
import { taskStatus } from './task-status';
import type { TaskFacts } from './task-types';

const task = (date: string, more: Partial<TaskFacts> = {}): TaskFacts => ({
  deadline: { kind: 'date', date },
  extensions: [],
  completion: 'open',
  ...more,
});

describe('reminder schedule', () => {
  it('reminds 7, 3 and 1 days before, on the day, the day after and every 3 days while overdue', () => {
    const deadline = '2023-09-30';
    const days: string[] = [];
    for (let d = -10; d <= 12; d++) {
      const today = addDays(deadline, d);
      const r = reminderFor(taskStatus(task(deadline), today), S);
      if (r) days.push(`${d}:${r.kind}`);
    }
    expect(days).toEqual([
      '-7:before',
      '-3:before',
      '-1:before',
      '0:due-today',
      '1:overdue',
      '4:overdue',
      '7:overdue',
      '10:overdue',
    ]);
  });
  it('does not chase a task waiting for confirmation, nor a done one; chases a returned one', () => {
    const today = '2023-10-01';
    expect(reminderFor(taskStatus(task('2023-09-30', { completion: 'submitted' }), today), S)).toBeNull();
    expect(
      reminderFor(
        taskStatus(task('2023-09-30', { completion: 'confirmed', completedOn: '2023-09-01' }), today),
        S,
      ),
    ).toBeNull();
    expect(reminderFor(taskStatus(task('2023-09-30', { completion: 'returned' }), today), S)).toEqual({
      kind: 'overdue',
      days: 1,
    });
  });
  it('follows the office schedule (no day-of reminder, weekly while overdue)', () => {
    const own = { ...S, beforeDays: [5], onTheDay: false, overdueEveryDays: 7 };
    expect(reminderFor(taskStatus(task('2023-09-30'), '2023-09-30'), own)).toBeNull();
    expect(reminderFor(taskStatus(task('2023-09-30'), '2023-09-25'), own)).toEqual({
      kind: 'before',
      days: 5,
    });
    expect(reminderFor(taskStatus(task('2023-09-30'), '2023-10-08'), own)).toEqual({
      kind: 'overdue',
      days: 8,
    });
    expect(reminderFor(taskStatus(task('2023-09-30'), '2023-10-04'), own)).toBeNull();
  });
});

describe('escalation', () => {
  it('goes to the superior after the set delay, once per deadline in force', () => {
    const t = task('2023-09-30');
    expect(escalationDue(taskStatus(t, '2023-10-04'), S, [])).toBe(false);
    expect(escalationDue(taskStatus(t, '2023-10-05'), S, [])).toBe(true);
    expect(escalationDue(taskStatus(t, '2023-10-09'), S, ['2023-09-30'])).toBe(false);
    const extended = { ...t, extensions: [{ newDeadline: '2023-10-15', decidedOn: '2023-10-06' }] };
    expect(escalationDue(taskStatus(extended, '2023-10-20'), S, ['2023-09-30'])).toBe(true);
    expect(escalationDue(taskStatus(t, '2023-10-09'), { ...S, escalateAfterDays: null }, [])).toBe(false);
  });
});

describe('digest', () => {
  it('is one message per person, red first, with counts in the subject', () => {
    const today = '2023-10-05';
    const mk = (id: string, who: string, date: string) => {
      const status = taskStatus(task(date), today);
      return { recipientId: who, task: id, status, reason: reminderFor(status, S)! };
    };
    const digests = buildDigests([
      mk('a', 'lan', '2023-10-12'),
      mk('b', 'lan', '2023-10-04'),
      mk('c', 'minh', '2023-10-05'),
      mk('d', 'lan', '2023-10-01'),
    ]);
    expect(digests.map((d) => [d.recipientId, d.items.map((i) => i.task)])).toEqual([
      ['lan', ['d', 'b', 'a']],
      ['minh', ['c']],
    ]);
    expect(digestSubjectVi(digests[0]!)).toBe('Nhắc việc: 2 nhiệm vụ quá hạn, 1 nhiệm vụ sắp đến hạn');
    expect(digestSubjectVi(digests[1]!)).toBe('Nhắc việc: 1 nhiệm vụ đến hạn hôm nay');
  });
});
