/** SQL of benchmarks (another unit's value to compare with) kept as revisions per
 * (target, period, label); the highest revision is current, deleted = withdrawn. */
import type { Benchmark } from '../core';
import type { Sql } from './database';
import { newId, numericParam, toIso, toNumber } from './values';

/** One stored revision of a benchmark. */
export interface BenchmarkRevision extends Benchmark {
  revision: number;
  deleted: boolean;
  recordedAt: string;
  recordedBy?: string;
}

/** Inserts a revision of a benchmark. */
export async function insertBenchmarkRevision(
  sql: Sql,
  b: Benchmark,
  revision: number,
  deleted: boolean,
  by: { id: string | null; name?: string },
): Promise<void> {
  await sql.query(
    `insert into benchmark_revisions (id, target_id, period, label, revision, value, rank_position, rank_of, rank_scope,
       deleted, recorded_by, recorded_by_name)
     values ($1, $2, $3, $4, $5, $6::text::numeric, $7, $8, $9, $10, $11, $12)`,
    [
      newId(),
      b.targetId,
      b.period,
      b.label,
      revision,
      deleted ? null : numericParam(b.value),
      deleted ? null : (b.rank?.position ?? null),
      deleted ? null : (b.rank?.of ?? null),
      deleted ? null : (b.rank?.scope ?? null),
      deleted,
      by.id,
      by.name ?? null,
    ],
  );
}

function toBenchmark(r: Record<string, unknown>): BenchmarkRevision {
  const b: BenchmarkRevision = {
    targetId: String(r.target_id),
    period: String(r.period),
    label: String(r.label),
    value: toNumber(r.value) ?? Number.NaN,
    revision: Number(r.revision),
    deleted: Boolean(r.deleted),
    recordedAt: toIso(r.recorded_at) ?? '',
  };
  if (r.rank_position != null)
    b.rank = { position: Number(r.rank_position), of: Number(r.rank_of), scope: String(r.rank_scope ?? '') };
  if (r.recorded_by != null) b.recordedBy = String(r.recorded_by);
  return b;
}

/** Current revision of every benchmark of the targets of a resolution, or of one target. */
export async function selectCurrentBenchmarks(
  sql: Sql,
  scope: { resolutionId: string } | { targetId: string },
): Promise<BenchmarkRevision[]> {
  const byResolution = 'resolutionId' in scope;
  const rows = await sql.query<Record<string, unknown>>(
    `select * from (
       select distinct on (b.target_id, b.period, b.label) b.*, t.sort_order
       from benchmark_revisions b join targets t on t.id = b.target_id
       where ${byResolution ? 't.resolution_id' : 't.id'} = $1
       order by b.target_id, b.period, b.label, b.revision desc
     ) c order by sort_order, target_id, period, label`,
    [byResolution ? scope.resolutionId : scope.targetId],
  );
  return rows.map(toBenchmark);
}

/** Every revision of the benchmarks of a target, oldest first. */
export async function selectBenchmarkHistory(sql: Sql, targetId: string): Promise<BenchmarkRevision[]> {
  const rows = await sql.query<Record<string, unknown>>(
    'select * from benchmark_revisions where target_id = $1 order by period, label, revision',
    [targetId],
  );
  return rows.map(toBenchmark);
}
