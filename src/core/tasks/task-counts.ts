/**
 * Counts of tasks by bucket and the sentences reports print with them. Every count names its
 * denominator ("14.068/16.051 nhiệm vụ đã hoàn thành"), because "completed" and "completed on
 * time" are different numbers (the press has confused them).
 */
import { formatNumberVi } from '../vi-number';
import { sharesTo100, truncatedShare } from './shares';
import type { TaskStatus } from './task-types';

/** Counts of tasks by status. */
export interface TaskCounts {
  total: number;
  doneOnTime: number;
  doneLate: number;
  openWithin: number;
  /** Of `openWithin`: due within the office's days. */
  dueSoon: number;
  openOverdue: number;
  noDeadline: number;
  /** Of the open ones: submitted and waiting for confirmation. */
  awaitingConfirmation: number;
  /** Tasks whose deadline was extended (whatever their bucket). */
  extended: number;
  /** Tasks whose deadline in force has come (today or before), done or not ("đã đến hạn"). */
  due: number;
  /** Of `due`: completed. */
  dueDone: number;
}

/** Counts the statuses. */
export function countTasks(statuses: readonly TaskStatus[]): TaskCounts {
  const c: TaskCounts = {
    total: 0,
    doneOnTime: 0,
    doneLate: 0,
    openWithin: 0,
    dueSoon: 0,
    openOverdue: 0,
    noDeadline: 0,
    awaitingConfirmation: 0,
    extended: 0,
    due: 0,
    dueDone: 0,
  };
  for (const s of statuses) {
    c.total += 1;
    if (s.bucket === 'done-on-time') c.doneOnTime += 1;
    else if (s.bucket === 'done-late') c.doneLate += 1;
    else if (s.bucket === 'open-within') c.openWithin += 1;
    else if (s.bucket === 'open-overdue') c.openOverdue += 1;
    else c.noDeadline += 1;
    if (s.bucket === 'open-within' && s.dueSoon) c.dueSoon += 1;
    if (s.awaitingConfirmation) c.awaitingConfirmation += 1;
    if (s.extended) c.extended += 1;
    if (s.deadline !== null && s.daysLeft !== null && s.daysLeft <= 0) {
      c.due += 1;
      if (s.bucket === 'done-on-time' || s.bucket === 'done-late') c.dueDone += 1;
    }
  }
  return c;
}

/** Completed (on time or late). */
export const doneOf = (c: TaskCounts): number => c.doneOnTime + c.doneLate;
/** Not completed, with a deadline (within or overdue). */
export const openOf = (c: TaskCounts): number => c.openWithin + c.openOverdue;

/** A count with its denominator as reports print it. */
export interface CountLine {
  key: 'buckets' | 'done' | 'due';
  /** "Tổng số 40 nhiệm vụ: ..." */
  text: string;
}

const n = (x: number) => formatNumberVi(x, 0);

/**
 * The printed counts, each naming its denominator:
 * 1. the five buckets of all tasks (shares add up to 100);
 * 2. of the completed ones, on time and late (shares add up to 100);
 * 3. of the tasks whose deadline in force has come (today or before), completed and not (the
 *    form of report 1270: "98,62%" and "1,38%"); a task done before a deadline still ahead is
 *    not yet due, one due today and not done is due and not completed.
 * A line whose denominator is zero says so instead of printing a share of nothing.
 */
export function taskCountLinesVi(c: TaskCounts, decimals = 2): CountLine[] {
  const lines: CountLine[] = [];
  const all = sharesTo100([c.doneOnTime, c.doneLate, c.openWithin, c.openOverdue, c.noDeadline], decimals);
  if (!all) {
    lines.push({ key: 'buckets', text: 'Chưa có nhiệm vụ nào được giao.' });
    return lines;
  }
  const [onTime, late, within, overdue, none] = all as [
    (typeof all)[0],
    (typeof all)[0],
    (typeof all)[0],
    (typeof all)[0],
    (typeof all)[0],
  ];
  const soon = c.dueSoon > 0 ? ` (trong đó ${n(c.dueSoon)} nhiệm vụ sắp đến hạn)` : '';
  lines.push({
    key: 'buckets',
    text:
      `Tổng số ${n(c.total)} nhiệm vụ được giao: hoàn thành đúng hạn ${n(c.doneOnTime)}/${n(c.total)} nhiệm vụ (${onTime.text}); ` +
      `hoàn thành quá hạn ${n(c.doneLate)}/${n(c.total)} (${late.text}); ` +
      `chưa hoàn thành, trong hạn ${n(c.openWithin)}/${n(c.total)} (${within.text})${soon}; ` +
      `chưa hoàn thành, quá hạn ${n(c.openOverdue)}/${n(c.total)} (${overdue.text}); ` +
      `không có thời hạn ${n(c.noDeadline)}/${n(c.total)} (${none.text}).`,
  });
  const done = doneOf(c);
  const doneShares = sharesTo100([c.doneOnTime, c.doneLate], decimals);
  lines.push({
    key: 'done',
    text: doneShares
      ? `Trong ${n(done)} nhiệm vụ đã hoàn thành: đúng hạn ${n(c.doneOnTime)}/${n(done)} nhiệm vụ (${doneShares[0]?.text}), quá hạn ${n(c.doneLate)}/${n(done)} nhiệm vụ (${doneShares[1]?.text}).`
      : 'Chưa có nhiệm vụ nào được xác nhận hoàn thành.',
  });
  const dueOpen = c.due - c.dueDone;
  const dueShares = sharesTo100([c.dueDone, dueOpen], decimals);
  lines.push({
    key: 'due',
    text: dueShares
      ? `Trong ${n(c.due)} nhiệm vụ đã đến hạn: đã hoàn thành ${n(c.dueDone)}/${n(c.due)} nhiệm vụ (${dueShares[0]?.text}), chưa hoàn thành ${n(dueOpen)}/${n(c.due)} nhiệm vụ (${dueShares[1]?.text}).`
      : 'Chưa có nhiệm vụ nào đến hạn.',
  });
  return lines;
}

/** "đúng hạn 87,64% số nhiệm vụ đã hoàn thành": a single share naming its denominator. */
export function shareOfVi(count: number, of: number, ofWhat: string, decimals = 2): string {
  const s = truncatedShare(count, of, decimals);
  return s ? `${n(count)}/${n(of)} ${ofWhat} (${s.text})` : `0/0 ${ofWhat}`;
}
