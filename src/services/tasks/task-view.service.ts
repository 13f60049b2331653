/**
 * Tasks as every screen, report and reminder sees them: the current revision with its
 * directive, extensions, completion (what the office confirmed), latest report, explanations
 * and the core's status on `today` under the office's "sắp đến hạn" days.
 */
import {
  compareRedFirst,
  countTasks,
  taskStatus,
  type CompletionState,
  type TaskCounts,
  type TaskStatus,
} from '../../core';
import type { Sql } from '../../db/database';
import {
  selectExplanations,
  selectExtensions,
  selectProgressReports,
  selectSubmissions,
  type ExplanationRecord,
  type ExtensionRecord,
  type ProgressReportRecord,
  type SubmissionRecord,
} from '../../db/task-activity.repository';
import {
  selectDirectives,
  selectTasks,
  type DirectiveRecord,
  type TaskFilter,
  type TaskRecord,
} from '../../db/task.repository';
import { scheduleFor } from './schedule.service';

/** A task with everything needed to judge and show it. */
export interface TaskView extends TaskRecord {
  directive: Pick<DirectiveRecord, 'id' | 'kind' | 'number' | 'issuedOn' | 'issuer' | 'title'>;
  extensions: ExtensionRecord[];
  completion: CompletionState;
  completedOn: string | null;
  /** The latest submission (pending, confirmed or returned), if any. */
  submission: SubmissionRecord | null;
  lastReport: ProgressReportRecord | null;
  reportCount: number;
  explanations: ExplanationRecord[];
  status: TaskStatus;
}

/** The completion state from the submissions: the latest one decides. */
export function completionOf(submissions: readonly SubmissionRecord[]): {
  completion: CompletionState;
  completedOn: string | null;
  submission: SubmissionRecord | null;
} {
  const last = submissions[submissions.length - 1] ?? null;
  if (!last) return { completion: 'open', completedOn: null, submission: null };
  if (!last.review) return { completion: 'submitted', completedOn: last.completedOn, submission: last };
  return last.review.decision === 'confirmed'
    ? { completion: 'confirmed', completedOn: last.completedOn, submission: last }
    : { completion: 'returned', completedOn: null, submission: last };
}

/** The date (Vietnam) of a recorded instant. */
const dayOf = (iso: string): string =>
  new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/** Only what belongs to the period up to `asOf` (a report of a past period): tasks assigned,
 * extensions decided, completions done, reports made, requests and answers on or before that
 * day, each by its own date. */
function asKnownOn<T>(rows: T[], date: (row: T) => string, asOf: string | undefined): T[] {
  return asOf ? rows.filter((r) => date(r) <= asOf) : rows;
}

/** Tasks matching the filter with their status on `today`, in directive and number order. With
 * `asOf` (= today), the tasks as they stood at the end of that day. */
export async function loadTaskViews(
  sql: Sql,
  filter: TaskFilter,
  today: string,
  options: { asOf?: boolean } = {},
): Promise<TaskView[]> {
  const cut = options.asOf ? today : undefined;
  const tasks = asKnownOn(await selectTasks(sql, filter), (t) => t.assignedOn, cut);
  if (!tasks.length) return [];
  const ids = tasks.map((t) => t.id);
  const [allExtensions, allSubmissions, allReports, allExplanations] = await Promise.all([
    selectExtensions(sql, ids),
    selectSubmissions(sql, ids),
    selectProgressReports(sql, { taskIds: ids }),
    selectExplanations(sql, { taskIds: ids }),
  ]);
  const extensions = asKnownOn(allExtensions, (e) => e.decidedOn, cut);
  // A completion counts from its completion date once the office confirmed it, even when the
  // confirmation (or the entry of a past completion) came later: offices report the date the
  // work was done. A submission not confirmed or returned by now is pending.
  const submissions = asKnownOn(allSubmissions, (x) => x.completedOn, cut);
  const reports = asKnownOn(allReports, (r) => r.reportedOn, cut);
  const explanations = asKnownOn(allExplanations, (e) => dayOf(e.requestedAt), cut).map((e) =>
    cut ? { ...e, answers: e.answers.filter((a) => dayOf(a.answeredAt) <= cut) } : e,
  );
  const directives = new Map(
    (await selectDirectives(sql, [...new Set(tasks.map((t) => t.unitCode))])).map((d) => [d.id, d]),
  );
  const dueSoon = new Map<string, number>();
  for (const code of new Set(tasks.map((t) => t.unitCode))) {
    dueSoon.set(code, (await scheduleFor(sql, code)).dueSoonDays);
  }
  const group = <T extends { taskId: string | null }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) if (r.taskId) map.set(r.taskId, [...(map.get(r.taskId) ?? []), r]);
    return map;
  };
  const ext = group(extensions);
  const sub = group(submissions);
  const rep = group(reports);
  const expl = group(explanations);
  return tasks.map((t) => {
    const d = directives.get(t.directiveId) as DirectiveRecord;
    const c = completionOf(sub.get(t.id) ?? []);
    const taskReports = rep.get(t.id) ?? [];
    const lastReport =
      [...taskReports]
        .sort((a, b) => (a.reportedOn + a.recordedAt).localeCompare(b.reportedOn + b.recordedAt))
        .pop() ?? null;
    const taskExtensions = ext.get(t.id) ?? [];
    const status = taskStatus(
      {
        deadline: t.deadline,
        extensions: taskExtensions.map((e) => ({ newDeadline: e.newDeadline, decidedOn: e.decidedOn })),
        completion: c.completion,
        completedOn: c.completedOn,
        lastReportOn: lastReport?.reportedOn ?? null,
        assignedOn: t.assignedOn,
      },
      today,
      { dueSoonDays: dueSoon.get(t.unitCode) ?? 3 },
    );
    return {
      ...t,
      directive: {
        id: d.id,
        kind: d.kind,
        number: d.number,
        issuedOn: d.issuedOn,
        issuer: d.issuer,
        title: d.title,
      },
      extensions: taskExtensions,
      ...c,
      lastReport,
      reportCount: taskReports.length,
      explanations: expl.get(t.id) ?? [],
      status,
    };
  });
}

/** Red first: overdue (longest first), due soon, within, without deadline, done. */
export function sortTasksRedFirst(tasks: TaskView[]): TaskView[] {
  return [...tasks].sort((a, b) => compareRedFirst(a.status, b.status));
}

/** Counts of a list of tasks. */
export function countViews(tasks: readonly TaskView[]): TaskCounts {
  return countTasks(tasks.map((t) => t.status));
}

/** One task, or null. */
export async function loadTaskView(sql: Sql, id: string, today: string): Promise<TaskView | null> {
  return (await loadTaskViews(sql, { ids: [id], includeWithdrawn: true }, today))[0] ?? null;
}
