/**
 * SQL of approvals (one row per step, the highest revision is the state), the deadlines a parent
 * sets per period, and the requests it sends to units below. Rows are never updated.
 */
import type { ApprovalState, PeriodApprovalState } from '../core';
import type { PeriodCode } from '../core';
import type { Sql } from './database';
import { newId, toIso } from './values';

/** One step as stored. */
export interface ApprovalStep {
  id: string;
  resolutionId: string;
  unitCode: string;
  period: PeriodCode;
  revision: number;
  state: Exclude<ApprovalState, 'open'>;
  reason?: string;
  decidedAt: string;
  decidedBy?: string;
  decidedByName?: string;
}

function toStep(r: Record<string, unknown>): ApprovalStep {
  const s: ApprovalStep = {
    id: String(r.id),
    resolutionId: String(r.resolution_id),
    unitCode: String(r.unit_code),
    period: String(r.period),
    revision: Number(r.revision),
    state: r.state as ApprovalStep['state'],
    decidedAt: toIso(r.decided_at) ?? '',
  };
  if (r.reason != null) s.reason = String(r.reason);
  if (r.decided_by != null) s.decidedBy = String(r.decided_by);
  if (r.decided_by_name != null) s.decidedByName = String(r.decided_by_name);
  return s;
}

/** The current step of each period of the resolutions, with whether it was ever approved and
 * when it was first approved. */
export async function selectCurrentApprovals(
  sql: Sql,
  resolutionIds: readonly string[],
): Promise<(ApprovalStep & { everApproved: boolean; firstApprovedAt?: string })[]> {
  if (resolutionIds.length === 0) return [];
  const rows = await sql.query<Record<string, unknown>>(
    `select distinct on (a.resolution_id, a.period) a.*,
            (select min(b.decided_at) from period_approvals b
              where b.resolution_id = a.resolution_id and b.period = a.period and b.state = 'approved') as first_approved_at
     from period_approvals a where a.resolution_id = any($1::text[])
     order by a.resolution_id, a.period, a.revision desc`,
    [resolutionIds],
  );
  return rows.map((r) => {
    const first = toIso(r.first_approved_at);
    return { ...toStep(r), everApproved: first !== undefined, ...(first ? { firstApprovedAt: first } : {}) };
  });
}

/** The current state of each period of one resolution (the resolution id first, so that a
 * batching loader runs it once for many resolutions). */
export async function selectPeriodStates(
  sql: Sql,
  resolutionId: string,
): Promise<{ period: PeriodCode; state: ApprovalState }[]> {
  const rows = await sql.query<{ period: string; state: string }>(
    `select distinct on (period) period, state from period_approvals
     where resolution_id = $1 order by period, revision desc`,
    [resolutionId],
  );
  return rows.map((r) => ({ period: r.period, state: r.state as ApprovalState }));
}

/** The states the lock rule reads, for one resolution. */
export async function selectApprovalStates(sql: Sql, resolutionId: string): Promise<PeriodApprovalState[]> {
  return (await selectCurrentApprovals(sql, [resolutionId])).map((a) => ({
    period: a.period,
    state: a.state,
    everApproved: a.everApproved,
  }));
}

/** Every step of one period, oldest first. */
export async function selectApprovalHistory(
  sql: Sql,
  resolutionId: string,
  period: PeriodCode,
): Promise<ApprovalStep[]> {
  const rows = await sql.query<Record<string, unknown>>(
    'select * from period_approvals where resolution_id = $1 and period = $2 order by revision',
    [resolutionId, period],
  );
  return rows.map(toStep);
}

/** Inserts a step (the unique revision refuses a concurrent one); returns it. */
export async function insertApprovalStep(
  sql: Sql,
  step: Omit<ApprovalStep, 'id' | 'decidedAt'> & { decidedAt?: string },
): Promise<ApprovalStep> {
  const rows = await sql.query<Record<string, unknown>>(
    `insert into period_approvals (id, resolution_id, unit_code, period, revision, state, reason, decided_at, decided_by, decided_by_name)
     values ($1, $2, $3, $4, $5, $6, $7, coalesce($8::timestamptz, now()), $9, $10) returning *`,
    [
      newId(),
      step.resolutionId,
      step.unitCode,
      step.period,
      step.revision,
      step.state,
      step.reason ?? null,
      step.decidedAt ?? null,
      step.decidedBy ?? null,
      step.decidedByName ?? null,
    ],
  );
  return toStep(rows[0] as Record<string, unknown>);
}

/** The deadline in force per period set on any of the units (the nearest unit first). */
export async function selectDeadlines(
  sql: Sql,
  unitCodes: readonly string[],
): Promise<{ unitCode: string; period: PeriodCode; dueDate: string; revision: number }[]> {
  if (unitCodes.length === 0) return [];
  const rows = await sql.query<{ unit_code: string; period: string; due_date: string; revision: number }>(
    `select distinct on (unit_code, period) unit_code, period, due_date::text as due_date, revision
     from reporting_deadlines where unit_code = any($1::text[]) order by unit_code, period, revision desc`,
    [unitCodes],
  );
  return rows.map((r) => ({
    unitCode: r.unit_code,
    period: r.period,
    dueDate: r.due_date,
    revision: r.revision,
  }));
}

/** Records a deadline as the next revision; returns the revision. */
export async function insertDeadline(
  sql: Sql,
  d: {
    unitCode: string;
    period: PeriodCode;
    dueDate: string;
    recordedBy?: string | null;
    recordedByName?: string | null;
  },
): Promise<number> {
  const rows = await sql.query<{ revision: number }>(
    `insert into reporting_deadlines (id, unit_code, period, revision, due_date, recorded_by, recorded_by_name)
     values ($1, $2, $3, (select coalesce(max(revision), 0) + 1 from reporting_deadlines where unit_code = $2 and period = $3),
             $4, $5, $6) returning revision`,
    [newId(), d.unitCode, d.period, d.dueDate, d.recordedBy ?? null, d.recordedByName ?? null],
  );
  return Number(rows[0]?.revision ?? 1);
}

/** A request sent to a unit. */
export interface UnitRequest {
  id: string;
  unitCode: string;
  fromUnitCode: string;
  resolutionId?: string;
  period: PeriodCode;
  kind: 'reminder';
  message: string;
  requestedAt: string;
  requestedByName?: string;
}

/** Inserts a request; returns it. */
export async function insertUnitRequest(
  sql: Sql,
  r: Omit<UnitRequest, 'id' | 'requestedAt'> & { requestedBy?: string | null },
): Promise<UnitRequest> {
  const rows = await sql.query<Record<string, unknown>>(
    `insert into unit_requests (id, unit_code, from_unit_code, resolution_id, period, kind, message, requested_by, requested_by_name)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning *`,
    [
      newId(),
      r.unitCode,
      r.fromUnitCode,
      r.resolutionId ?? null,
      r.period,
      r.kind,
      r.message,
      r.requestedBy ?? null,
      r.requestedByName ?? null,
    ],
  );
  return toRequest(rows[0] as Record<string, unknown>);
}

/** The latest requests to a unit (newest first). */
export async function selectUnitRequests(sql: Sql, unitCode: string, limit = 20): Promise<UnitRequest[]> {
  const rows = await sql.query<Record<string, unknown>>(
    'select * from unit_requests where unit_code = $1 order by requested_at desc limit $2',
    [unitCode, limit],
  );
  return rows.map(toRequest);
}

function toRequest(r: Record<string, unknown>): UnitRequest {
  const q: UnitRequest = {
    id: String(r.id),
    unitCode: String(r.unit_code),
    fromUnitCode: String(r.from_unit_code),
    period: String(r.period),
    kind: 'reminder',
    message: String(r.message),
    requestedAt: toIso(r.requested_at) ?? '',
  };
  if (r.resolution_id != null) q.resolutionId = String(r.resolution_id);
  if (r.requested_by_name != null) q.requestedByName = String(r.requested_by_name);
  return q;
}

/** The latest steps of a unit's periods (any resolution), newest first. */
export async function selectUnitApprovalHistory(
  sql: Sql,
  unitCode: string,
  limit = 50,
): Promise<ApprovalStep[]> {
  const rows = await sql.query<Record<string, unknown>>(
    'select * from period_approvals where unit_code = $1 order by decided_at desc, revision desc limit $2',
    [unitCode, limit],
  );
  return rows.map(toStep);
}
