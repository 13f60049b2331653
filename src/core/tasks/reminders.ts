/**
 * The chase: which open tasks get a reminder today under the office's schedule, one digest per
 * person, and which overdue tasks go up to the owner's superior. Pure: the day is a parameter,
 * and what was already sent is given in (the job records it, so a rerun sends nothing twice).
 */
import type { IsoDate } from '../model';
import { compareRedFirst } from './task-status';
import type { TaskStatus } from './task-types';

/** The office's schedule (e.g. 7, 3 and 1 days before, the day itself, every 3 days overdue,
 * to the superior after 5 days overdue). */
export interface ReminderSchedule {
  /** Days before the deadline that get a reminder (positive whole numbers). */
  beforeDays: number[];
  /** A reminder on the deadline day itself. */
  onTheDay: boolean;
  /** While overdue: on the first day after the deadline, then every this many days (0: never). */
  overdueEveryDays: number;
  /** Overdue this many days: the owner's superior is told once per deadline (null: never). */
  escalateAfterDays: number | null;
  /** "Sắp đến hạn": this many days or fewer left. */
  dueSoonDays: number;
}

/** The schedule an office starts with. */
export const DEFAULT_REMINDER_SCHEDULE: ReminderSchedule = {
  beforeDays: [7, 3, 1],
  onTheDay: true,
  overdueEveryDays: 3,
  escalateAfterDays: 5,
  dueSoonDays: 3,
};

/** Why a task is in today's reminder. */
export type ReminderReason =
  { kind: 'before'; days: number } | { kind: 'due-today' } | { kind: 'overdue'; days: number };

/** The reminder a task gets today, or null. A task submitted and waiting for the office's
 * confirmation is not chased; a returned one is. */
export function reminderFor(status: TaskStatus, schedule: ReminderSchedule): ReminderReason | null {
  if (status.awaitingConfirmation || status.daysLeft === null) return null;
  if (status.bucket === 'open-within') {
    if (status.daysLeft === 0) return schedule.onTheDay ? { kind: 'due-today' } : null;
    return schedule.beforeDays.includes(status.daysLeft) ? { kind: 'before', days: status.daysLeft } : null;
  }
  if (status.bucket === 'open-overdue' && schedule.overdueEveryDays > 0) {
    return (status.daysLate - 1) % schedule.overdueEveryDays === 0
      ? { kind: 'overdue', days: status.daysLate }
      : null;
  }
  return null;
}

/** Whether the superior is told today: overdue for at least the schedule's days and not yet
 * told for the deadline in force (an extension gives a new deadline, so a new chance). */
export function escalationDue(
  status: TaskStatus,
  schedule: ReminderSchedule,
  escalatedForDeadline: readonly IsoDate[],
): boolean {
  if (schedule.escalateAfterDays === null || status.bucket !== 'open-overdue' || status.awaitingConfirmation)
    return false;
  if (status.daysLate < schedule.escalateAfterDays) return false;
  return status.deadline !== null && !escalatedForDeadline.includes(status.deadline);
}

/** One task in a digest. */
export interface DigestItem<T> {
  recipientId: string;
  task: T;
  status: TaskStatus;
  reason: ReminderReason;
}

/** One message per person: their tasks, red first. */
export interface Digest<T> {
  recipientId: string;
  items: DigestItem<T>[];
  overdue: number;
  dueToday: number;
  upcoming: number;
}

/** Groups today's reminders into one digest per person (people in first-seen order). */
export function buildDigests<T>(items: readonly DigestItem<T>[]): Digest<T>[] {
  const byPerson = new Map<string, DigestItem<T>[]>();
  for (const item of items) {
    const list = byPerson.get(item.recipientId) ?? [];
    list.push(item);
    byPerson.set(item.recipientId, list);
  }
  return [...byPerson].map(([recipientId, list]) => {
    const sorted = [...list].sort((a, b) => compareRedFirst(a.status, b.status));
    return {
      recipientId,
      items: sorted,
      overdue: sorted.filter((i) => i.reason.kind === 'overdue').length,
      dueToday: sorted.filter((i) => i.reason.kind === 'due-today').length,
      upcoming: sorted.filter((i) => i.reason.kind === 'before').length,
    };
  });
}

/** "quá hạn 4 ngày", "đến hạn hôm nay", "còn 3 ngày đến hạn". */
export function reminderReasonVi(reason: ReminderReason): string {
  if (reason.kind === 'due-today') return 'đến hạn hôm nay';
  if (reason.kind === 'before') return `còn ${reason.days} ngày đến hạn`;
  return `quá hạn ${reason.days} ngày`;
}

/** The subject of a digest: "Nhắc việc: 2 nhiệm vụ quá hạn, 1 nhiệm vụ đến hạn hôm nay". */
export function digestSubjectVi(d: Pick<Digest<unknown>, 'overdue' | 'dueToday' | 'upcoming'>): string {
  const parts: string[] = [];
  if (d.overdue) parts.push(`${d.overdue} nhiệm vụ quá hạn`);
  if (d.dueToday) parts.push(`${d.dueToday} nhiệm vụ đến hạn hôm nay`);
  if (d.upcoming) parts.push(`${d.upcoming} nhiệm vụ sắp đến hạn`);
  return `Nhắc việc: ${parts.join(', ') || 'không có nhiệm vụ'}`;
}
