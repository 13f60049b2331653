/**
 * What happens to a task after it is assigned: progress reports by the owner (each a row of its
 * own, with attachments), the completion submitted by the owner and confirmed or returned by the
 * assigning office, and extensions decided by the office (the original deadline is kept).
 */
import { deadlineInForce, deadlineTextVi } from '../../core';
import type { Database } from '../../db/database';
import { insertAudit } from '../../db/audit.repository';
import {
  insertExtension,
  insertProgressReport,
  insertReview,
  insertSubmission,
  selectExtensions,
  selectProgressReports,
  selectSubmissions,
  type NewProgressReport,
} from '../../db/task-activity.repository';
import { selectDirective, selectTask, type TaskRecord } from '../../db/task.repository';
import { notifyIn } from '../../jobs/notify';
import { AppError, type Actor, type Issue } from '../app-error';
import { scheduleFor } from './schedule.service';
import { byOf, checkDate, checkText, throwIfIssues } from './task-checks';
import { completionOf } from './task-view.service';

async function lockTask(
  tx: Parameters<Parameters<Database['transaction']>[0]>[0],
  id: string,
): Promise<TaskRecord> {
  const task = await selectTask(tx, id, { forUpdate: true });
  if (!task || task.withdrawn) throw new AppError('not_found', 'Không tìm thấy nhiệm vụ.');
  return task;
}

/** A progress report as the owner gives it (reported today). */
export interface ProgressInput {
  text: string;
  percent?: number | null;
  milestone?: string | null;
  attachments?: { fileName: string; mediaType: string; content: Buffer }[];
}

/** Records a progress report of the task, dated today. */
export async function reportProgress(
  db: Database,
  actor: Actor,
  taskId: string,
  input: ProgressInput,
  today: string,
): Promise<string> {
  const issues: Issue[] = [];
  checkText({ text: input.text, milestone: input.milestone }, '', issues);
  for (const [i, a] of (input.attachments ?? []).entries())
    checkText(a.fileName, `attachments.${i}.fileName`, issues);
  throwIfIssues(issues, 'Báo cáo tiến độ chưa hợp lệ; chưa lưu gì.');
  return db.transaction(async (tx) => {
    const task = await lockTask(tx, taskId);
    const report: NewProgressReport = { ...input, taskId, reportedOn: today };
    const id = await insertProgressReport(tx, report, byOf(actor));
    await insertAudit(tx, actor, {
      action: 'task.report',
      entity: 'progress_report',
      entityId: id,
      unitCode: task.unitCode,
      after: {
        taskId,
        reportedOn: today,
        text: input.text,
        percent: input.percent ?? null,
        milestone: input.milestone ?? null,
        attachments: (input.attachments ?? []).map((a) => ({ fileName: a.fileName, size: a.content.length })),
      },
    });
    return id;
  });
}

/** The owner says the task is done (on `completedOn`, not after today); the office decides. */
export async function submitCompletion(
  db: Database,
  actor: Actor,
  taskId: string,
  input: { completedOn: string; note?: string | null },
  today: string,
): Promise<void> {
  const issues: Issue[] = [];
  checkDate(input.completedOn, 'completedOn', 'Ngày hoàn thành', issues);
  if (input.completedOn > today)
    issues.push({ path: 'completedOn', message: 'Ngày hoàn thành không thể sau hôm nay.' });
  checkText(input.note, 'note', issues);
  throwIfIssues(issues, 'Chưa gửi được báo cáo hoàn thành.');
  await db.transaction(async (tx) => {
    const task = await lockTask(tx, taskId);
    const state = completionOf(await selectSubmissions(tx, [taskId]));
    if (state.completion === 'submitted')
      throw new AppError('conflict', 'Nhiệm vụ đang chờ cơ quan giao xác nhận hoàn thành.');
    if (state.completion === 'confirmed')
      throw new AppError('conflict', 'Nhiệm vụ đã được xác nhận hoàn thành.');
    if (input.completedOn < task.assignedOn)
      throw new AppError('validation_failed', 'Ngày hoàn thành trước ngày giao nhiệm vụ.', {
        issues: [{ path: 'completedOn', message: 'Ngày hoàn thành trước ngày giao nhiệm vụ.' }],
      });
    const id = await insertSubmission(tx, taskId, input.completedOn, input.note ?? null, byOf(actor));
    await insertAudit(tx, actor, {
      action: 'task.submit',
      entity: 'task_submission',
      entityId: id,
      unitCode: task.unitCode,
      after: { taskId, ...input },
    });
  });
}

/** The assigning office confirms the completion or returns it with a reason (the owner is told). */
export async function reviewCompletion(
  db: Database,
  actor: Actor,
  taskId: string,
  input: { decision: 'confirmed' | 'returned'; reason?: string | null },
): Promise<void> {
  if (input.decision === 'returned' && !input.reason?.trim())
    throw new AppError('validation_failed', 'Trả lại thì phải nêu lý do.', {
      issues: [{ path: 'reason', message: 'Cần lý do trả lại.' }],
    });
  const issues: Issue[] = [];
  checkText(input.reason, 'reason', issues);
  throwIfIssues(issues, 'Chưa ghi được ý kiến.');
  await db.transaction(async (tx) => {
    const task = await lockTask(tx, taskId);
    const state = completionOf(await selectSubmissions(tx, [taskId]));
    if (state.completion !== 'submitted' || !state.submission)
      throw new AppError('conflict', 'Không có báo cáo hoàn thành nào đang chờ xác nhận.');
    await insertReview(tx, state.submission.id, input.decision, input.reason ?? null, byOf(actor));
    await insertAudit(tx, actor, {
      action: `task.${input.decision === 'confirmed' ? 'confirm' : 'return'}`,
      entity: 'task_review',
      entityId: state.submission.id,
      unitCode: task.unitCode,
      before: state.submission,
      after: { taskId, ...input },
    });
    if (input.decision === 'returned' && task.ownerUserId) {
      const schedule = await scheduleFor(tx, task.unitCode);
      await notifyIn(tx, {
        recipientUserId: task.ownerUserId,
        kind: 'returned',
        subject: `Nhiệm vụ ${task.number} được trả lại để thực hiện tiếp`,
        body: `Báo cáo hoàn thành nhiệm vụ "${task.content}" được trả lại. Lý do: ${input.reason}`,
        taskIds: [taskId],
        unitCode: task.unitCode,
        dedupeKey: `returned:${state.submission.id}`,
        channels: schedule.channels,
      });
    }
  });
}

/** An extension as decided. */
export interface ExtensionInput {
  newDeadline: string;
  decision: string;
  decidedOn: string;
  reason?: string | null;
}

/** Records an extension decided by the office: the deadline in force moves, the original stays. */
export async function extendDeadline(
  db: Database,
  actor: Actor,
  taskId: string,
  input: ExtensionInput,
): Promise<void> {
  const issues: Issue[] = [];
  checkDate(input.newDeadline, 'newDeadline', 'Thời hạn mới', issues);
  checkDate(input.decidedOn, 'decidedOn', 'Ngày quyết định', issues);
  checkText(input, '', issues);
  throwIfIssues(issues, 'Chưa ghi được gia hạn.');
  await db.transaction(async (tx) => {
    const task = await lockTask(tx, taskId);
    if (task.deadline.kind !== 'date')
      throw new AppError(
        'validation_failed',
        `Nhiệm vụ có thời hạn "${deadlineTextVi(task.deadline)}", không gia hạn được.`,
      );
    if (completionOf(await selectSubmissions(tx, [taskId])).completion === 'confirmed')
      throw new AppError('conflict', 'Nhiệm vụ đã hoàn thành, không gia hạn.');
    const extensions = await selectExtensions(tx, [taskId]);
    const current = deadlineInForce({
      deadline: task.deadline,
      extensions: extensions.map((e) => ({ newDeadline: e.newDeadline, decidedOn: e.decidedOn })),
    });
    if (current && input.newDeadline <= current)
      throw new AppError('validation_failed', 'Thời hạn mới phải sau thời hạn đang áp dụng.', {
        issues: [{ path: 'newDeadline', message: `Thời hạn đang áp dụng là ${current}.` }],
      });
    const id = await insertExtension(
      tx,
      {
        taskId,
        previousDeadline: current,
        newDeadline: input.newDeadline,
        decision: input.decision,
        decidedOn: input.decidedOn,
        reason: input.reason ?? null,
      },
      byOf(actor),
    );
    await insertAudit(tx, actor, {
      action: 'task.extend',
      entity: 'task_extension',
      entityId: id,
      unitCode: task.unitCode,
      before: { deadline: current },
      after: { taskId, ...input },
    });
  });
}

/** Reports of a task, oldest first. */
export const taskReports = (db: Database, taskId: string) => selectProgressReports(db, { taskIds: [taskId] });
/** The directive of a task. */
export const directiveOfTask = (db: Database, task: TaskRecord) => selectDirective(db, task.directiveId);
