/** Revision numbers of the keyed revision tables. */
import type { Sql } from './database';

/** The next revision number of a keyed revision table (1 when none). Lock the target first. */
export async function nextRevision(
  sql: Sql,
  table:
    'assessments' | 'plan_revisions' | 'benchmark_revisions' | 'scenario_revisions' | 'observation_revisions',
  where: Record<string, string>,
): Promise<number> {
  const keys = Object.keys(where);
  const rows = await sql.query<{ n: number }>(
    `select coalesce(max(revision), 0)::int + 1 as n from ${table} where ${keys.map((k, i) => `${k} = $${i + 1}`).join(' and ')}`,
    keys.map((k) => where[k]),
  );
  return Number(rows[0]?.n ?? 1);
}
