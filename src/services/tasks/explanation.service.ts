/**
 * Requests for explanation (yêu cầu giải trình): a leader asks on a late task or a red target in
 * one step, the addressee (the task's owner by default) answers in the app by a date. Request and
 * answers (revisions: a corrected answer is a new one) are kept and go into reports.
 */
import type { Database, Sql } from '../../db/database';
import { insertAudit } from '../../db/audit.repository';
import {
  insertExplanationAnswer,
  insertExplanationRequest,
  selectExplanations,
  type ExplanationRecord,
} from '../../db/task-activity.repository';
import { selectTask } from '../../db/task.repository';
import { selectTarget } from '../../db/target.repository';
import { formatShortDateVi } from '../../core';
import { notifyIn } from '../../jobs/notify';
import { AppError, type Actor, type Issue } from '../app-error';
import { scheduleFor } from './schedule.service';
import { byOf, checkDate, checkText, checkUsers, throwIfIssues } from './task-checks';

export type { ExplanationRecord };

/** A request as the leader gives it. */
export interface ExplanationInput {
  question: string;
  dueOn: string;
  /** Default: the task's owner. Required for a target. */
  addresseeUserId?: string | null;
}

/** Sends a request for explanation on a task or a target; the addressee is told. */
export async function requestExplanation(
  db: Database,
  actor: Actor,
  subject: { taskId: string } | { targetId: string },
  input: ExplanationInput,
  today: string,
): Promise<ExplanationRecord> {
  const issues: Issue[] = [];
  checkDate(input.dueOn, 'dueOn', 'Hạn giải trình', issues);
  if (input.dueOn < today) issues.push({ path: 'dueOn', message: 'Hạn giải trình không thể trước hôm nay.' });
  checkText(input.question, 'question', issues);
  throwIfIssues(issues, 'Chưa gửi được yêu cầu giải trình.');
  return db.transaction(async (tx) => {
    let unitCode: string;
    let addressee = input.addresseeUserId ?? null;
    let about: string;
    let taskIds: string[] = [];
    if ('taskId' in subject) {
      const task = await selectTask(tx, subject.taskId, { forUpdate: true });
      if (!task || task.withdrawn) throw new AppError('not_found', 'Không tìm thấy nhiệm vụ.');
      unitCode = task.unitCode;
      addressee ??= task.ownerUserId ?? null;
      about = `nhiệm vụ ${task.number}: ${task.content}`;
      taskIds = [task.id];
    } else {
      const found = await selectTarget(tx, subject.targetId);
      if (!found) throw new AppError('not_found', 'Không tìm thấy chỉ tiêu.');
      unitCode = found.unitCode;
      about = `chỉ tiêu ${found.target.code}: ${found.target.name}`;
    }
    if (!addressee)
      throw new AppError('validation_failed', 'Chọn người giải trình.', {
        issues: [{ path: 'addresseeUserId', message: 'Chưa có người chịu trách nhiệm để gửi yêu cầu.' }],
      });
    const more: Issue[] = [];
    await checkUsers(tx, [addressee], 'addresseeUserId', more);
    throwIfIssues(more, 'Chưa gửi được yêu cầu giải trình.');
    const id = await insertExplanationRequest(
      tx,
      { unitCode, ...subject, addresseeUserId: addressee, question: input.question, dueOn: input.dueOn },
      byOf(actor),
    );
    const [created] = await selectExplanations(tx, { ids: [id] });
    await insertAudit(tx, actor, {
      action: 'explanation.request',
      entity: 'explanation_request',
      entityId: id,
      unitCode,
      after: created,
    });
    const schedule = await scheduleFor(tx, unitCode);
    await notifyIn(tx, {
      recipientUserId: addressee,
      kind: 'explanation-request',
      subject: `Yêu cầu giải trình, hạn ${formatShortDateVi(input.dueOn)}`,
      body: `Đề nghị giải trình về ${about}.\n${input.question}\nHạn trả lời: ${formatShortDateVi(input.dueOn)}.`,
      taskIds,
      unitCode,
      dedupeKey: `explanation:${id}`,
      channels: schedule.channels,
    });
    return created as ExplanationRecord;
  });
}

/** The addressee answers (again: a new revision); the requester is told. */
export async function answerExplanation(
  db: Database,
  actor: Actor,
  requestId: string,
  text: string,
): Promise<ExplanationRecord> {
  const issues: Issue[] = [];
  checkText(text, 'text', issues);
  throwIfIssues(issues, 'Chưa lưu được giải trình.');
  return db.transaction(async (tx) => {
    await tx.query('select id from explanation_requests where id = $1 for update', [requestId]);
    const [request] = await selectExplanations(tx, { ids: [requestId] });
    if (!request) throw new AppError('not_found', 'Không tìm thấy yêu cầu giải trình.');
    const revision = request.answers.length + 1;
    await insertExplanationAnswer(tx, requestId, revision, text, byOf(actor));
    const [after] = await selectExplanations(tx, { ids: [requestId] });
    await insertAudit(tx, actor, {
      action: 'explanation.answer',
      entity: 'explanation_answer',
      entityId: requestId,
      unitCode: request.unitCode,
      before: request.answers.at(-1) ?? null,
      after: after?.answers.at(-1),
    });
    const requester = await tx.query<{ requested_by: string | null }>(
      'select e.requested_by from explanation_requests e join users u on u.id = e.requested_by where e.id = $1',
      [requestId],
    );
    const to = requester[0]?.requested_by;
    if (to) {
      const schedule = await scheduleFor(tx, request.unitCode);
      await notifyIn(tx, {
        recipientUserId: String(to),
        kind: 'explanation-answer',
        subject: `Đã có giải trình${revision > 1 ? ` (lần ${revision})` : ''}`,
        body: `Trả lời yêu cầu giải trình "${request.question}":\n${text}`,
        taskIds: request.taskId ? [request.taskId] : [],
        unitCode: request.unitCode,
        dedupeKey: `explanation-answer:${requestId}:${revision}`,
        channels: schedule.channels,
      });
    }
    return after as ExplanationRecord;
  });
}

/** Requests of a unit's targets and tasks, or addressed to a person. */
export const listExplanations = (
  db: Sql,
  filter: Parameters<typeof selectExplanations>[1],
): Promise<ExplanationRecord[]> => selectExplanations(db, filter);
