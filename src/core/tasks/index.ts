/** Tasks from directives: statuses, counts, shares that add up to 100, reminders, parsing. */
export * from './task-types';
export {
  taskStatus,
  deadlineInForce,
  compareRedFirst,
  sortRedFirstTasks,
  type TaskStatusOptions,
} from './task-status';
export { sharesTo100, truncatedShare, type PrintedShare } from './shares';
export {
  countTasks,
  doneOf,
  openOf,
  taskCountLinesVi,
  shareOfVi,
  type TaskCounts,
  type CountLine,
} from './task-counts';
export {
  DEFAULT_REMINDER_SCHEDULE,
  reminderFor,
  escalationDue,
  buildDigests,
  reminderReasonVi,
  digestSubjectVi,
  type ReminderSchedule,
  type ReminderReason,
  type DigestItem,
  type Digest,
} from './reminders';
export { parseDeadlineVi, deadlineTextVi, type FoundDeadline } from './parse-deadline';
export { parseTaskText, leadUnitOf, cooperatingOf, type TaskDraft } from './parse-task-text';
export { addDays, daysBetween, periodEnd } from './iso-days';
