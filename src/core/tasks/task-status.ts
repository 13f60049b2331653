/**
 * Where a task stands on a day, as the government counts it (QĐ 42/2014/QĐ-TTg, QĐ 23/2018):
 * completed on time, completed late, not completed and within the deadline, not completed and
 * overdue; plus "sắp đến hạn" (within the office's number of days) and "không có thời hạn".
 *
 * - Completion is what the assigning office confirmed, never a date passing: a submitted task
 *   waiting for confirmation, or one returned, is not completed.
 * - The deadline in force is the last extension's; the original is kept beside it. A task done
 *   after its extended deadline is late, and a task can be both extended and late.
 * - The deadline day itself is within the deadline ("due today" is not overdue); finishing on the
 *   deadline is on time.
 * - A recurring task ("hằng quý") is due at the end of each period; it is overdue when the
 *   period before ended with no progress report in it.
 * - Tasks without a deadline ("thường xuyên", none) are "không có thời hạn" until confirmed;
 *   confirmed, they count as completed on time (there was no date to miss).
 */
import type { IsoDate } from '../model';
import { addDays, daysBetween, periodEnd, previousPeriodEnd } from './iso-days';
import type { TaskFacts, TaskStatus } from './task-types';

/** Options of the status: the office's "sắp đến hạn" window. */
export interface TaskStatusOptions {
  /** A task not done with this many days or fewer left is "sắp đến hạn" (default 3). */
  dueSoonDays?: number;
}

/** The deadline in force: the last extension's, else the original date. */
export function deadlineInForce(task: Pick<TaskFacts, 'deadline' | 'extensions'>): IsoDate | null {
  const last = task.extensions[task.extensions.length - 1];
  if (last) return last.newDeadline;
  return task.deadline.kind === 'date' ? task.deadline.date : null;
}

/** The status of the task on `today`. */
export function taskStatus(task: TaskFacts, today: IsoDate, options: TaskStatusOptions = {}): TaskStatus {
  const dueSoonDays = options.dueSoonDays ?? 3;
  const flags = {
    awaitingConfirmation: task.completion === 'submitted',
    returned: task.completion === 'returned',
  };
  if (task.deadline.kind === 'recurring' && task.extensions.length === 0) {
    return recurringStatus(task, today, dueSoonDays, flags);
  }
  const original = task.deadline.kind === 'date' ? task.deadline.date : null;
  const deadline = deadlineInForce(task);
  const extended = task.extensions.length > 0;
  const base = { ...flags, originalDeadline: original, deadline, extended };
  if (deadline === null) {
    const done = task.completion === 'confirmed';
    return {
      ...base,
      bucket: done ? 'done-on-time' : 'no-deadline',
      dueSoon: false,
      daysLeft: null,
      daysLate: 0,
      light: done ? 'green' : 'grey',
    };
  }
  const daysLeft = daysBetween(today, deadline);
  if (task.completion === 'confirmed') {
    const finished = task.completedOn ?? today;
    const late = Math.max(0, daysBetween(deadline, finished));
    return {
      ...base,
      bucket: late > 0 ? 'done-late' : 'done-on-time',
      dueSoon: false,
      daysLeft,
      daysLate: late,
      light: 'green',
    };
  }
  if (daysLeft < 0) {
    return { ...base, bucket: 'open-overdue', dueSoon: false, daysLeft, daysLate: -daysLeft, light: 'red' };
  }
  const dueSoon = daysLeft <= dueSoonDays;
  return {
    ...base,
    bucket: 'open-within',
    dueSoon,
    daysLeft,
    daysLate: 0,
    light: dueSoon ? 'orange' : 'green',
  };
}

function recurringStatus(
  task: TaskFacts,
  today: IsoDate,
  dueSoonDays: number,
  flags: { awaitingConfirmation: boolean; returned: boolean },
): TaskStatus {
  const every = task.deadline.kind === 'recurring' ? task.deadline.every : 'quarter';
  const current = periodEnd(today, every);
  const base = { ...flags, extended: false };
  if (task.completion === 'confirmed') {
    return {
      ...base,
      bucket: 'done-on-time',
      originalDeadline: current,
      deadline: current,
      dueSoon: false,
      daysLeft: daysBetween(today, current),
      daysLate: 0,
      light: 'green',
    };
  }
  const previous = previousPeriodEnd(today, every);
  const previousStart = addDays(previousPeriodEnd(previous, every), 1);
  const owed = !task.assignedOn || task.assignedOn < previousStart;
  const reported = task.lastReportOn != null && task.lastReportOn >= previousStart;
  if (owed && !reported) {
    const late = daysBetween(previous, today);
    return {
      ...base,
      bucket: 'open-overdue',
      originalDeadline: previous,
      deadline: previous,
      dueSoon: false,
      daysLeft: -late,
      daysLate: late,
      light: 'red',
    };
  }
  const daysLeft = daysBetween(today, current);
  const dueSoon = daysLeft <= dueSoonDays && !(task.lastReportOn != null && task.lastReportOn > previous);
  return {
    ...base,
    bucket: 'open-within',
    originalDeadline: current,
    deadline: current,
    dueSoon,
    daysLeft,
    daysLate: 0,
    light: dueSoon ? 'orange' : 'green',
  };
}

const ORDER: Record<TaskStatus['bucket'], number> = {
  'open-overdue': 0,
  'open-within': 1,
  'no-deadline': 2,
  'done-late': 3,
  'done-on-time': 4,
};

/** Red first: overdue (longest first), then due soon, within (nearest deadline first), no
 * deadline, done late, done on time. Stable for equal statuses. */
export function compareRedFirst(a: TaskStatus, b: TaskStatus): number {
  const rank = (s: TaskStatus) => (s.bucket === 'open-within' && s.dueSoon ? 0.5 : ORDER[s.bucket]);
  const d = rank(a) - rank(b);
  if (d !== 0) return d;
  if (a.bucket === 'open-overdue') return b.daysLate - a.daysLate;
  return (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) || 0;
}

/** Items carrying a status, sorted red first (a copy). */
export function sortRedFirstTasks<T extends { status: TaskStatus }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareRedFirst(a.status, b.status));
}
