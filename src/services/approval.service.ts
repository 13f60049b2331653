/**
 * Approval of a unit's figures per resolution and period (rules in src/core/approval.ts), the
 * province's deadlines and its requests to late units. Each step is one transaction: the
 * resolution row is taken FOR UPDATE (figure saves hold it FOR SHARE, so no save slips into a
 * period being approved), the step is a new revision, and the audit log gets its row. Who may
 * take a step (the unit, its parent, the next level) is the HTTP layer's check.
 */
import {
  changedSinceApprovalVi,
  formatDateVi,
  needsReason,
  nextApprovalState,
  type ApprovalAction,
  type ApprovalState,
  type PeriodCode,
  isPeriodInside,
} from '../core';
import type { Database, Sql } from '../db/database';
import {
  insertApprovalStep,
  insertDeadline,
  insertUnitRequest,
  selectApprovalHistory,
  selectCurrentApprovals,
  selectDeadlines,
  selectUnitApprovalHistory,
  selectUnitRequests,
  type ApprovalStep,
  type UnitRequest,
} from '../db/approval.repository';
import { insertAudit } from '../db/audit.repository';
import { AppError, type Actor } from './app-error';
import { isIsoDate, isPeriodCode } from './figure-checks';

export type { ApprovalStep, UnitRequest };

/** A period's approval as the province view and the unit see it. */
export interface PeriodApproval {
  resolutionId: string;
  unitCode: string;
  period: PeriodCode;
  state: ApprovalState;
  revision: number;
  reason?: string;
  decidedAt?: string;
  /** The day of the step in Vietnam's time, as documents write it ("ngày 05 tháng 02 năm 2024"). */
  decidedText?: string;
  decidedByName?: string;
  /** Figures changed after the first approval (0 when never approved). */
  changedSinceApproval: number;
  /** "đã sửa 3 số liệu sau khi phê duyệt", or empty. */
  changedText: string;
}

/** One step to take. */
export interface ApprovalStepInput {
  resolutionId: string;
  period: PeriodCode;
  action: ApprovalAction;
  reason?: string;
}

function checkStep(input: ApprovalStepInput): void {
  const issues = [];
  if (!isPeriodCode(input.period)) issues.push({ path: 'period', message: 'Kỳ báo cáo không hợp lệ.' });
  if (needsReason(input.action) && !input.reason?.trim())
    issues.push({ path: 'reason', message: 'Cần ghi lý do trả lại hoặc mở lại.' });
  if (issues.length) throw new AppError('validation_failed', 'Thông tin phê duyệt chưa hợp lệ.', { issues });
}

/** Takes one step inside an open transaction; throws conflict when the step is not allowed from
 * the current state. */
export async function takeApprovalStepIn(
  tx: Sql,
  actor: Actor,
  input: ApprovalStepInput,
): Promise<ApprovalStep> {
  checkStep(input);
  const rows = await tx.query<{ unit_code: string }>(
    `select u.code as unit_code from resolutions r join units u on u.id = r.unit_id where r.id = $1 for update of r`,
    [input.resolutionId],
  );
  const unitCode = rows[0]?.unit_code;
  if (!unitCode) throw new AppError('not_found', 'Không tìm thấy nghị quyết.');
  const history = await selectApprovalHistory(tx, input.resolutionId, input.period);
  const current = history[history.length - 1];
  const state: ApprovalState = current?.state ?? 'open';
  const next = nextApprovalState(state, input.action);
  if (!next)
    throw new AppError('conflict', `Không thể ${ACTION_VI[input.action]} khi kỳ này ${STATE_VI[state]}.`, {
      details: { state, action: input.action },
    });
  const step = await insertApprovalStep(tx, {
    resolutionId: input.resolutionId,
    unitCode,
    period: input.period,
    revision: (current?.revision ?? 0) + 1,
    state: next as ApprovalStep['state'],
    ...(input.reason?.trim() ? { reason: input.reason.trim() } : {}),
    decidedBy: actor.userId ?? undefined,
    decidedByName: actor.username,
  });
  await insertAudit(tx, actor, {
    action: `approval.${input.action}`,
    entity: 'period_approval',
    entityId: step.id,
    unitCode,
    before: current ?? null,
    after: step,
  });
  return step;
}

const ACTION_VI: Record<ApprovalAction, string> = {
  submit: 'gửi phê duyệt',
  approve: 'phê duyệt',
  accept: 'tiếp nhận',
  return: 'trả lại',
  reopen: 'mở lại',
};
const STATE_VI: Record<ApprovalState, string> = {
  open: 'chưa được gửi',
  submitted: 'đang chờ phê duyệt',
  approved: 'đã được phê duyệt',
  accepted: 'đã được tiếp nhận',
  returned: 'đã bị trả lại',
  reopened: 'đã được mở lại',
};

/** Takes one step (one transaction). */
export function takeApprovalStep(
  db: Database,
  actor: Actor,
  input: ApprovalStepInput,
): Promise<ApprovalStep> {
  return db.transaction((tx) => takeApprovalStepIn(tx, actor, input));
}

/** Approves many units' periods at once, in one transaction: those not waiting for approval are
 * left as they are and listed. */
export async function bulkApprove(
  db: Database,
  actor: Actor,
  items: readonly { resolutionId: string; period: PeriodCode }[],
): Promise<{
  approved: ApprovalStep[];
  skipped: { resolutionId: string; period: PeriodCode; state: ApprovalState }[];
}> {
  return db.transaction(async (tx) => {
    const approved: ApprovalStep[] = [];
    const skipped: { resolutionId: string; period: PeriodCode; state: ApprovalState }[] = [];
    for (const item of items) {
      const history = await selectApprovalHistory(tx, item.resolutionId, item.period);
      const state = history[history.length - 1]?.state ?? 'open';
      if (state !== 'submitted') {
        skipped.push({ ...item, state });
        continue;
      }
      approved.push(await takeApprovalStepIn(tx, actor, { ...item, action: 'approve' }));
    }
    return { approved, skipped };
  });
}

/** The current approval of every period of the resolutions that has one, with the figures
 * changed since the first approval. */
export async function currentApprovals(db: Sql, resolutionIds: readonly string[]): Promise<PeriodApproval[]> {
  const current = await selectCurrentApprovals(db, resolutionIds);
  const since = current
    .map((a) => a.firstApprovedAt)
    .filter((x): x is string => x !== undefined)
    .sort()[0];
  const lastRevision = new Map<string, string>();
  if (since) {
    // The revisions after each period's first approval: read their instants once.
    const rows = await db.query<{
      target_id: string;
      period: string;
      recorded_at: unknown;
      resolution_id: string;
    }>(
      `select t.resolution_id, o.target_id, o.period, o.recorded_at from observation_revisions o
       join targets t on t.id = o.target_id where t.resolution_id = any($1::text[]) and o.recorded_at > $2::timestamptz`,
      [resolutionIds, since],
    );
    for (const r of rows) {
      const key = `${r.resolution_id}|${r.target_id}|${r.period}`;
      const at = new Date(
        String(r.recorded_at instanceof Date ? r.recorded_at.toISOString() : r.recorded_at),
      ).toISOString();
      const prev = lastRevision.get(key);
      if (!prev || at > prev) lastRevision.set(key, at);
    }
  }
  return current.map((a) => {
    let count = 0;
    if (a.firstApprovedAt)
      for (const [key, at] of lastRevision) {
        const [rid, , period] = key.split('|') as [string, string, string];
        if (
          rid === a.resolutionId &&
          at > (a.firstApprovedAt as string) &&
          isPeriodCode(period) &&
          isPeriodInside(period, a.period)
        )
          count++;
      }
    const p: PeriodApproval = {
      resolutionId: a.resolutionId,
      unitCode: a.unitCode,
      period: a.period,
      state: a.state,
      revision: a.revision,
      decidedAt: a.decidedAt,
      decidedText: formatDateVi(new Date(Date.parse(a.decidedAt) + 7 * 3_600_000).toISOString().slice(0, 10)),
      changedSinceApproval: count,
      changedText: changedSinceApprovalVi(count),
    };
    if (a.reason) p.reason = a.reason;
    if (a.decidedByName) p.decidedByName = a.decidedByName;
    return p;
  });
}

/** Every step of one period, oldest first. */
export function approvalHistory(db: Sql, resolutionId: string, period: PeriodCode): Promise<ApprovalStep[]> {
  return selectApprovalHistory(db, resolutionId, period);
}

/** Sets the deadline for a period's figures of every unit below `unitCode` (a new revision). */
export function setDeadline(
  db: Database,
  actor: Actor,
  input: { unitCode: string; period: PeriodCode; dueDate: string },
): Promise<{ unitCode: string; period: PeriodCode; dueDate: string; revision: number }> {
  return db.transaction((tx) => setDeadlineIn(tx, actor, input));
}

/** {@link setDeadline} inside an open transaction. */
export async function setDeadlineIn(
  tx: Sql,
  actor: Actor,
  input: { unitCode: string; period: PeriodCode; dueDate: string },
): Promise<{ unitCode: string; period: PeriodCode; dueDate: string; revision: number }> {
  const issues = [];
  if (!isPeriodCode(input.period)) issues.push({ path: 'period', message: 'Kỳ báo cáo không hợp lệ.' });
  if (!isIsoDate(input.dueDate)) issues.push({ path: 'dueDate', message: 'Hạn phải có dạng YYYY-MM-DD.' });
  if (issues.length) throw new AppError('validation_failed', 'Hạn báo cáo chưa hợp lệ.', { issues });
  const revision = await insertDeadline(tx, {
    ...input,
    recordedBy: actor.userId,
    recordedByName: actor.username ?? null,
  });
  const after = { ...input, revision };
  await insertAudit(tx, actor, {
    action: 'deadline.set',
    entity: 'reporting_deadline',
    entityId: `${input.unitCode}|${input.period}`,
    unitCode: input.unitCode,
    after,
  });
  return after;
}

/** The deadline of a period for a unit: the one set on its nearest ancestor (codes from the unit
 * up), or undefined. */
export async function deadlineFor(
  db: Sql,
  ancestorCodes: readonly string[],
  period: PeriodCode,
): Promise<string | undefined> {
  const all = await selectDeadlines(db, ancestorCodes);
  for (const code of ancestorCodes) {
    const d = all.find((x) => x.unitCode === code && x.period === period);
    if (d) return d.dueDate;
  }
  return undefined;
}

/** Every deadline set on the unit. */
export function deadlinesOf(db: Sql, unitCode: string) {
  return selectDeadlines(db, [unitCode]);
}

/** The end of a due day in Vietnam's time (UTC+7, no daylight saving), in milliseconds. */
export function endOfDueDayMs(dueDate: string): number {
  return Date.parse(`${dueDate}T23:59:59.999+07:00`);
}

/** Asks a unit for its figures of a period (one click from the late list); audited. */
export async function requestFigures(
  db: Database,
  actor: Actor,
  input: {
    unitCode: string;
    fromUnitCode: string;
    resolutionId?: string;
    period: PeriodCode;
    message: string;
  },
): Promise<UnitRequest> {
  if (!isPeriodCode(input.period))
    throw new AppError('validation_failed', 'Kỳ báo cáo không hợp lệ.', {
      issues: [{ path: 'period', message: 'Kỳ báo cáo không hợp lệ.' }],
    });
  return db.transaction(async (tx) => {
    const request = await insertUnitRequest(tx, {
      ...input,
      kind: 'reminder',
      requestedBy: actor.userId,
      ...(actor.username ? { requestedByName: actor.username } : {}),
    });
    await insertAudit(tx, actor, {
      action: 'unit.request',
      entity: 'unit_request',
      entityId: request.id,
      unitCode: input.unitCode,
      after: request,
    });
    return request;
  });
}

/** The latest requests to a unit. */
export function requestsTo(db: Sql, unitCode: string): Promise<UnitRequest[]> {
  return selectUnitRequests(db, unitCode);
}

/** The latest approval steps of a unit, newest first. */
export function unitApprovalHistory(db: Sql, unitCode: string): Promise<ApprovalStep[]> {
  return selectUnitApprovalHistory(db, unitCode);
}
