/** SQL of targets and their adjustments. Goals are jsonb; base values and stated counts numeric. */
import type { Adjustment, IsoDate, Target, TargetGoal } from '../core';
import type { Sql } from './database';
import { jsonParam, newId, numericParam, toIso, toNumber } from './values';

const COLUMNS = `code, name, indicator, field, kind, direction, qualifier, unit, precision, goal, base_year, base_value,
  target_year, series_basis, accumulation, price_basis, stated_count_value, stated_count_unit, parent_id, sort_order,
  dropped_decision, dropped_date, dropped_reason, note, percent_decimals, level_unit, aggregation, extra`;

/** Attributes of a Target held in their own columns; any other attribute goes to `extra`. */
const KNOWN = new Set([
  'id',
  'code',
  'name',
  'indicator',
  'field',
  'kind',
  'direction',
  'qualifier',
  'unit',
  'precision',
  'percentDecimals',
  'goal',
  'baseYear',
  'baseValue',
  'targetYear',
  'seriesBasis',
  'levelUnit',
  'accumulation',
  'aggregation',
  'priceBasis',
  'statedCount',
  'parentId',
  'dropped',
  'note',
]);

function extraOf(t: Target): Record<string, unknown> | undefined {
  const extra = Object.fromEntries(Object.entries(t).filter(([k, v]) => !KNOWN.has(k) && v !== undefined));
  return Object.keys(extra).length ? extra : undefined;
}

function params(t: Target, sortOrder: number): unknown[] {
  return [
    t.code,
    t.name,
    t.indicator ?? null,
    t.field,
    t.kind,
    t.direction,
    t.qualifier,
    t.unit,
    t.precision,
    jsonParam(t.goal),
    t.baseYear ?? null,
    numericParam(t.baseValue),
    t.targetYear ?? null,
    t.seriesBasis ?? null,
    t.accumulation ?? null,
    t.priceBasis ?? null,
    numericParam(t.statedCount?.value),
    t.statedCount?.unit ?? null,
    t.parentId ?? null,
    sortOrder,
    t.dropped?.decision ?? null,
    t.dropped?.date ?? null,
    t.dropped?.reason ?? null,
    t.note ?? null,
    t.percentDecimals ?? null,
    t.levelUnit ?? null,
    t.aggregation ?? null,
    jsonParam(extraOf(t)),
  ];
}

const VALUES = `$2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text::jsonb, $12, $13::text::numeric, $14, $15, $16, $17,
  $18::text::numeric, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29::text::jsonb`;

/** Inserts a target with the given id into a resolution. */
export async function insertTarget(
  sql: Sql,
  resolutionId: string,
  target: Target,
  sortOrder: number,
): Promise<void> {
  await sql.query(`insert into targets (id, ${COLUMNS}, resolution_id) values ($1, ${VALUES}, $30)`, [
    target.id,
    ...params(target, sortOrder),
    resolutionId,
  ]);
}

/** Replaces every attribute of a target (its id and resolution stay). */
export async function updateTargetRow(sql: Sql, target: Target, sortOrder: number): Promise<void> {
  await sql.query(`update targets set (${COLUMNS}) = (${VALUES}) where id = $1`, [
    target.id,
    ...params(target, sortOrder),
  ]);
}

function toTarget(r: Record<string, unknown>): Target {
  const t: Target = {
    ...(r.extra as Record<string, unknown> | null),
    id: String(r.id),
    code: String(r.code),
    name: String(r.name),
    field: r.field as Target['field'],
    kind: r.kind as Target['kind'],
    direction: r.direction as Target['direction'],
    qualifier: r.qualifier as Target['qualifier'],
    unit: String(r.unit),
    precision: Number(r.precision),
    goal: r.goal as TargetGoal,
  };
  if (r.indicator != null) t.indicator = String(r.indicator);
  if (r.base_year != null) t.baseYear = Number(r.base_year);
  const baseValue = toNumber(r.base_value);
  if (baseValue !== undefined) t.baseValue = baseValue;
  if (r.target_year != null) t.targetYear = Number(r.target_year);
  if (r.series_basis != null) t.seriesBasis = r.series_basis as Target['seriesBasis'];
  if (r.accumulation != null) t.accumulation = r.accumulation as Target['accumulation'];
  if (r.price_basis != null) t.priceBasis = r.price_basis as Target['priceBasis'];
  const stated = toNumber(r.stated_count_value);
  if (stated !== undefined) t.statedCount = { value: stated, unit: String(r.stated_count_unit ?? '') };
  if (r.parent_id != null) t.parentId = String(r.parent_id);
  if (r.dropped_decision != null)
    t.dropped = {
      decision: String(r.dropped_decision),
      date: String(r.dropped_date),
      reason: String(r.dropped_reason ?? ''),
    };
  if (r.note != null) t.note = String(r.note);
  if (r.percent_decimals != null) t.percentDecimals = Number(r.percent_decimals);
  if (r.level_unit != null) t.levelUnit = String(r.level_unit);
  if (r.aggregation != null) t.aggregation = r.aggregation as Target['aggregation'];
  return t;
}

/** Targets of a resolution in their order. */
export async function selectTargets(sql: Sql, resolutionId: string): Promise<Target[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `select id, ${COLUMNS} from targets where resolution_id = $1 order by sort_order, code, id`,
    [resolutionId],
  );
  return rows.map(toTarget);
}

/** A target with the resolution and unit code it belongs to, or null. */
export async function selectTarget(
  sql: Sql,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ target: Target; resolutionId: string; unitCode: string; sortOrder: number } | null> {
  const rows = await sql.query<Record<string, unknown>>(
    `select t.id, ${COLUMNS.replace(/(^|,\s*)(\w)/g, '$1t.$2')}, t.resolution_id, u.code as unit_code
     from targets t join resolutions r on r.id = t.resolution_id join units u on u.id = r.unit_id
     where t.id = $1 ${options.forUpdate ? 'for update of t' : ''}`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    target: toTarget(r),
    resolutionId: String(r.resolution_id),
    unitCode: String(r.unit_code),
    sortOrder: Number(r.sort_order),
  };
}

/** Locks the targets of a resolution with those ids (in id order, to avoid deadlocks); returns them. */
export async function lockTargets(sql: Sql, resolutionId: string, ids: string[]): Promise<Target[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `select id, ${COLUMNS} from targets where resolution_id = $1 and id = any($2::text[]) order by id for update`,
    [resolutionId, ids],
  );
  return rows.map(toTarget);
}

/** The next sort order in a resolution. */
export async function nextSortOrder(sql: Sql, resolutionId: string): Promise<number> {
  const rows = await sql.query<{ n: number }>(
    'select coalesce(max(sort_order), -1)::int + 1 as n from targets where resolution_id = $1',
    [resolutionId],
  );
  return Number(rows[0]?.n ?? 0);
}

/** Records a target as dropped by a decision (the row stays). */
export async function markDropped(
  sql: Sql,
  id: string,
  dropped: { decision: string; date: IsoDate; reason: string },
  by: string | null,
): Promise<void> {
  await sql.query(
    'update targets set dropped_decision = $2, dropped_date = $3, dropped_reason = $4, dropped_by = $5 where id = $1',
    [id, dropped.decision, dropped.date, dropped.reason, by],
  );
}

/** Inserts an adjustment; returns its id. */
export async function insertAdjustment(sql: Sql, a: Adjustment, recordedAt?: string): Promise<string> {
  const id = newId();
  await sql.query(
    `insert into target_adjustments (id, target_id, old_goal, new_goal, decision_number, decision_date, reason,
       recorded_by, recorded_at)
     values ($1, $2, $3::text::jsonb, $4::text::jsonb, $5, $6, $7, $8, coalesce($9::timestamptz, clock_timestamp()))`,
    [
      id,
      a.targetId,
      jsonParam(a.oldGoal),
      jsonParam(a.newGoal),
      a.decision,
      a.date,
      a.reason ?? null,
      a.recordedBy ?? null,
      recordedAt ?? null,
    ],
  );
  return id;
}

/** Adjustments of the targets of a resolution, in the order they were recorded. */
export async function selectAdjustments(
  sql: Sql,
  resolutionId: string,
): Promise<(Adjustment & { id: string; recordedAt: string })[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `select a.* from target_adjustments a join targets t on t.id = a.target_id
     where t.resolution_id = $1 order by a.recorded_at, a.decision_date, a.id`,
    [resolutionId],
  );
  return rows.map((r) => {
    const a: Adjustment & { id: string; recordedAt: string } = {
      id: String(r.id),
      targetId: String(r.target_id),
      oldGoal: r.old_goal as TargetGoal,
      newGoal: r.new_goal as TargetGoal,
      decision: String(r.decision_number),
      date: String(r.decision_date),
      recordedAt: toIso(r.recorded_at) ?? '',
    };
    if (r.reason != null) a.reason = String(r.reason);
    if (r.recorded_by != null) a.recordedBy = String(r.recorded_by);
    return a;
  });
}
