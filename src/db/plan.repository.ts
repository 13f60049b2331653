/** SQL of plans (annual plans, budget estimates by source) kept as revisions per
 * (target, period, kind, source); the highest revision is current, deleted = withdrawn. */
import type { Plan } from '../core';
import type { Sql } from './database';
import { newId, numericParam, toIso, toNumber } from './values';

/** One stored revision of a plan. */
export interface PlanRevision extends Plan {
  revision: number;
  deleted: boolean;
  recordedAt: string;
  recordedBy?: string;
}

/** Inserts a revision of a plan (value/label ignored when deleted). */
export async function insertPlanRevision(
  sql: Sql,
  p: Plan,
  revision: number,
  deleted: boolean,
  by: { id: string | null; name?: string },
): Promise<void> {
  await sql.query(
    `insert into plan_revisions (id, target_id, period, kind, source, revision, label, value, deleted, recorded_by,
       recorded_by_name, percent_decimals, rounding, phrasing)
     values ($1, $2, $3, $4, $5, $6, $7, $8::text::numeric, $9, $10, $11, $12, $13, $14)`,
    [
      newId(),
      p.targetId,
      p.period,
      p.kind,
      p.source,
      revision,
      deleted ? null : p.label,
      deleted ? null : numericParam(p.value),
      deleted,
      by.id,
      by.name ?? null,
      deleted ? null : (p.percentDecimals ?? null),
      deleted ? null : (p.rounding ?? null),
      deleted ? null : (p.phrasing ?? null),
    ],
  );
}

function toPlan(r: Record<string, unknown>): PlanRevision {
  const p: PlanRevision = {
    targetId: String(r.target_id),
    period: String(r.period),
    kind: r.kind as Plan['kind'],
    source: String(r.source),
    label: String(r.label ?? ''),
    value: toNumber(r.value) ?? Number.NaN,
    revision: Number(r.revision),
    deleted: Boolean(r.deleted),
    recordedAt: toIso(r.recorded_at) ?? '',
  };
  if (r.recorded_by != null) p.recordedBy = String(r.recorded_by);
  if (r.percent_decimals != null) p.percentDecimals = Number(r.percent_decimals);
  if (r.rounding != null) p.rounding = r.rounding as NonNullable<Plan['rounding']>;
  if (r.phrasing != null) p.phrasing = r.phrasing as NonNullable<Plan['phrasing']>;
  return p;
}

/** Current revision of every plan of the targets of a resolution, or of one target. */
export async function selectCurrentPlans(
  sql: Sql,
  scope: { resolutionId: string } | { targetId: string },
): Promise<PlanRevision[]> {
  const byResolution = 'resolutionId' in scope;
  const rows = await sql.query<Record<string, unknown>>(
    `select * from (
       select distinct on (p.target_id, p.period, p.kind, p.source) p.*, t.sort_order
       from plan_revisions p join targets t on t.id = p.target_id
       where ${byResolution ? 't.resolution_id' : 't.id'} = $1
       order by p.target_id, p.period, p.kind, p.source, p.revision desc
     ) c order by sort_order, target_id, period, kind, source`,
    [byResolution ? scope.resolutionId : scope.targetId],
  );
  return rows.map(toPlan);
}

/** Every revision of the plans of a target, oldest first. */
export async function selectPlanHistory(sql: Sql, targetId: string): Promise<PlanRevision[]> {
  const rows = await sql.query<Record<string, unknown>>(
    'select * from plan_revisions where target_id = $1 order by period, kind, source, revision',
    [targetId],
  );
  return rows.map(toPlan);
}
