/**
 * SQL of figures written as a set (imports): one `INSERT … SELECT FROM unnest(…)` per chunk
 * instead of one INSERT per figure, on both backends. The revisions of one import get ids
 * `<import id>-<n>` (n from 1, seven digits): they sort together, so the primary key's index
 * takes them as an append instead of one random page per figure, and the import's audit row
 * names them all by its id.
 */
import type { Hedge, Observation, PeriodCode, ValueStatus } from '../core';
import type { Sql } from './database';
import { toRevision, type ObservationRevision } from './observation.repository';
import { jsonParam, numericParam } from './values';

/** One new revision of an imported figure. */
export interface BulkRevision {
  targetId: string;
  period: PeriodCode;
  revision: number;
  value: Observation['value'];
  status: ValueStatus;
  source?: string;
  comment?: string;
  /** The hedge written before the figure ("trên 3.200"), kept as entered. */
  hedge?: Hedge;
}

/** The id of the `n`-th revision (from 1) written by an import. */
export function importRevisionId(importId: string, n: number): string {
  return `${importId}-${String(n).padStart(7, '0')}`;
}

/** Inserts `rows` as revisions numbered `first`, `first + 1`… within the import; one statement. */
export async function insertRevisionsBulk(
  sql: Sql,
  importId: string,
  first: number,
  rows: readonly BulkRevision[],
  by: { userId: string | null; name: string | null },
): Promise<void> {
  if (!rows.length) return;
  const targets: string[] = [];
  const periods: string[] = [];
  const revisions: number[] = [];
  const statuses: string[] = [];
  const numbers: (string | null)[] = [];
  const jsons: (string | null)[] = [];
  const sources: (string | null)[] = [];
  const comments: (string | null)[] = [];
  const hedges: (string | null)[] = [];
  for (const r of rows) {
    targets.push(r.targetId);
    periods.push(r.period);
    revisions.push(r.revision);
    statuses.push(r.status);
    const isNumber = typeof r.value === 'number';
    numbers.push(isNumber ? numericParam(r.value as number) : null);
    jsons.push(isNumber ? null : jsonParam(r.value));
    sources.push(r.source ?? null);
    comments.push(r.comment ?? null);
    hedges.push(r.hedge ?? null);
  }
  await sql.query(
    `insert into observation_revisions (id, target_id, period, revision, status, value_number, value_json,
       source, comment, recorded_by, recorded_by_name, hedge)
     select $1 || '-' || lpad((x.n + $2 - 1)::text, 7, '0'), x.t, x.p, x.r, x.s, x.v::numeric, x.j::jsonb,
       x.src, x.com, $3, $4, x.h
     from unnest($5::text[], $6::text[], $7::int[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[],
       $13::text[])
       with ordinality as x(t, p, r, s, v, j, src, com, h, n)`,
    [
      importId,
      first,
      by.userId,
      by.name,
      targets,
      periods,
      revisions,
      statuses,
      numbers,
      jsons,
      sources,
      comments,
      hedges,
    ],
  );
}

/** Positions (from 0) of the figures whose current revision is not `expected` (0: none yet). */
export async function selectRevisionMismatches(
  sql: Sql,
  keys: readonly { targetId: string; period: PeriodCode; expected: number }[],
): Promise<number[]> {
  if (!keys.length) return [];
  const rows = await sql.query<{ n: number }>(
    `select (x.n - 1)::int as n
     from unnest($1::text[], $2::text[], $3::int[]) with ordinality as x(t, p, e, n)
     where coalesce((select max(o.revision) from observation_revisions o
                     where o.target_id = x.t and o.period = x.p), 0) <> x.e
     order by x.n`,
    [keys.map((k) => k.targetId), keys.map((k) => k.period), keys.map((k) => k.expected)],
  );
  return rows.map((r) => Number(r.n));
}

/** Up to `limit` revisions of one target after the revision `after` (none: from the first), in
 * period then revision order: a resolution's figures read a page at a time (imports). */
export async function selectTargetRevisionsAfter(
  sql: Sql,
  targetId: string,
  after: { period: PeriodCode; revision: number } | undefined,
  limit: number,
): Promise<ObservationRevision[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `select * from observation_revisions where target_id = $1 and (period, revision) > ($2::text, $3::int)
     order by period, revision limit $4`,
    [targetId, after?.period ?? '', after?.revision ?? 0, limit],
  );
  return rows.map(toRevision);
}
