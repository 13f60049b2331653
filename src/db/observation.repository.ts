/**
 * SQL of figures (observations) kept as revisions. A row is never updated: a correction is the
 * next revision, a deletion is a revision with deleted = true. Numbers are stored as numeric in
 * value_number; booleans, grade names and structure shares as jsonb in value_json.
 */
import type { Hedge, Observation, PeriodCode, ValueStatus } from '../core';
import type { Sql } from './database';
import { jsonParam, newId, numericParam, toIso, toNumber } from './values';

/** One stored revision of a figure, with who recorded it. */
export interface ObservationRevision extends Observation {
  id: string;
  deleted: boolean;
  recordedAt: string;
  recordedBy?: string;
  recordedByName?: string;
}

/** What is written for one revision. `value`/`status` are absent for a deletion. */
export interface ObservationRevisionInput {
  targetId: string;
  period: PeriodCode;
  revision: number;
  value?: Observation['value'];
  status?: ValueStatus;
  deleted?: boolean;
  source?: string;
  comment?: string;
  hedge?: Hedge;
  recordedAt?: string;
  recordedBy?: string | null;
  recordedByName?: string | null;
}

/** Inserts one revision (the unique key refuses a revision number already taken); returns it. */
export async function insertObservationRevision(
  sql: Sql,
  o: ObservationRevisionInput,
): Promise<ObservationRevision> {
  const id = newId();
  const isNumber = typeof o.value === 'number';
  const rows = await sql.query<Record<string, unknown>>(
    `insert into observation_revisions (id, target_id, period, revision, status, value_number, value_json, deleted,
       source, comment, recorded_at, recorded_by, recorded_by_name, hedge)
     values ($1, $2, $3, $4, $5, $6::text::numeric, $7::text::jsonb, $8, $9, $10, coalesce($11::timestamptz, now()),
       $12, $13, $14) returning *`,
    [
      id,
      o.targetId,
      o.period,
      o.revision,
      o.deleted ? null : (o.status ?? null),
      isNumber ? numericParam(o.value as number) : null,
      !o.deleted && !isNumber ? jsonParam(o.value) : null,
      o.deleted ?? false,
      o.source ?? null,
      o.comment ?? null,
      o.recordedAt ?? null,
      o.recordedBy ?? null,
      o.recordedByName ?? null,
      o.deleted ? null : (o.hedge ?? null),
    ],
  );
  return toRevision(rows[0] as Record<string, unknown>);
}

/** A row of `observation_revisions` as a revision. */
export function toRevision(r: Record<string, unknown>): ObservationRevision {
  const o = {
    id: String(r.id),
    targetId: String(r.target_id),
    period: String(r.period),
    revision: Number(r.revision),
    recordedAt: toIso(r.recorded_at) ?? '',
    deleted: Boolean(r.deleted),
  } as ObservationRevision;
  // A deletion has neither value nor status: the fields are left out rather than set to null.
  if (r.value_number != null) o.value = toNumber(r.value_number) as number;
  else if (r.value_json != null) o.value = r.value_json as Observation['value'];
  if (r.status != null) o.status = r.status as ValueStatus;
  if (r.source != null) o.source = String(r.source);
  if (r.comment != null) o.comment = String(r.comment);
  if (r.hedge != null) o.hedge = r.hedge as Hedge;
  if (r.recorded_by != null) o.recordedBy = String(r.recorded_by);
  if (r.recorded_by_name != null) o.recordedByName = String(r.recorded_by_name);
  return o;
}

/** Every revision of the figures of a resolution (optionally only those recorded up to `asOf`),
 * in target order, then period, then revision. */
export async function selectResolutionObservations(
  sql: Sql,
  resolutionId: string,
  asOf?: string,
): Promise<ObservationRevision[]> {
  // Target by target through the figures' index ("offset 0" keeps the planner from turning it
  // into one join): the cost stays that of the resolution's own figures however many figures the
  // table holds. As a plain join, a table of a million figures of other units was scanned whole.
  const rows = await sql.query<Record<string, unknown>>(
    `select o.* from targets t
     cross join lateral (
       select * from observation_revisions r
       where r.target_id = t.id and ($2::timestamptz is null or r.recorded_at <= $2::timestamptz)
       offset 0) o
     where t.resolution_id = $1
     order by t.sort_order, t.id, o.period, o.revision`,
    [resolutionId, asOf ?? null],
  );
  return rows.map(toRevision);
}

/** The highest revision of each (target, period) asked for; figures never saved are absent. */
export async function selectCurrentRevisions(
  sql: Sql,
  keys: { targetId: string; period: PeriodCode }[],
): Promise<Map<string, ObservationRevision>> {
  const result = new Map<string, ObservationRevision>();
  if (!keys.length) return result;
  const rows = await sql.query<Record<string, unknown>>(
    `select distinct on (o.target_id, o.period) o.*
     from observation_revisions o
     join unnest($1::text[], $2::text[]) as k(target_id, period) on k.target_id = o.target_id and k.period = o.period
     order by o.target_id, o.period, o.revision desc`,
    [keys.map((k) => k.targetId), keys.map((k) => k.period)],
  );
  for (const row of rows) {
    const rev = toRevision(row);
    result.set(figureKey(rev.targetId, rev.period), rev);
  }
  return result;
}

/** Every revision of one target (one period, or all), oldest first. */
export async function selectObservationHistory(
  sql: Sql,
  targetId: string,
  period?: PeriodCode,
): Promise<ObservationRevision[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `select * from observation_revisions where target_id = $1 and ($2::text is null or period = $2::text)
     order by period, revision`,
    [targetId, period ?? null],
  );
  return rows.map(toRevision);
}

/** The map key of a figure. */
export function figureKey(targetId: string, period: PeriodCode): string {
  return `${targetId}\u0000${period}`;
}
