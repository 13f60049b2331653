/**
 * The task model the core judges (nhiệm vụ được giao from a directive). Dates are ISO strings
 * ('YYYY-MM-DD'); the core never reads the clock: `today` is always a parameter.
 */
import type { IsoDate } from '../model';

/** How often a recurring task reports ("hằng tháng", "hằng quý", "hằng năm"). */
export type RecurrenceVi = 'month' | 'quarter' | 'year';

/** The deadline as assigned: a date, a recurring one ("hằng quý"), "thường xuyên" or none. */
export type TaskDeadline =
  | { kind: 'date'; date: IsoDate }
  | { kind: 'recurring'; every: RecurrenceVi }
  | { kind: 'continuous' }
  | { kind: 'none' };

/** An extension of the deadline: a decision of its own; the original deadline is kept. */
export interface TaskExtension {
  newDeadline: IsoDate;
  decidedOn: IsoDate;
}

/** Where the completion stands: the owner submits, the assigning office confirms or returns. */
export type CompletionState = 'open' | 'submitted' | 'confirmed' | 'returned';

/** What the core needs of a task to place it in a bucket. */
export interface TaskFacts {
  deadline: TaskDeadline;
  /** In the order decided; the last one in force. */
  extensions: readonly TaskExtension[];
  completion: CompletionState;
  /** The date the confirmed (or pending) submission says the work was finished. */
  completedOn?: IsoDate | null;
  /** Date of the owner's latest progress report (recurring tasks report every period). */
  lastReportOn?: IsoDate | null;
  /** The date the task was assigned (a recurring task owes nothing before its first period). */
  assignedOn?: IsoDate | null;
}

/** The government's four buckets (QĐ 42/2014, QĐ 23/2018) plus tasks without a deadline. */
export type TaskBucket = 'done-on-time' | 'done-late' | 'open-within' | 'open-overdue' | 'no-deadline';

/** The status of a task on a day. */
export interface TaskStatus {
  bucket: TaskBucket;
  /** Not done, within the deadline and due within the office's "sắp đến hạn" days. */
  dueSoon: boolean;
  /** Submitted and waiting for the assigning office ("chờ xác nhận"). */
  awaitingConfirmation: boolean;
  /** Returned by the office ("thực hiện lại"): counts as not done. */
  returned: boolean;
  /** The deadline as first assigned (for a recurring task: the current period's). */
  originalDeadline: IsoDate | null;
  /** The deadline in force (the last extension's, else the original). */
  deadline: IsoDate | null;
  extended: boolean;
  /** Days from today to the deadline (negative when overdue); null without a deadline. */
  daysLeft: number | null;
  /** Days past the deadline (when late or overdue), else 0. */
  daysLate: number;
  /** Red = overdue, orange = due soon, green = within or done on time, grey = no deadline. */
  light: 'red' | 'orange' | 'green' | 'grey';
}
