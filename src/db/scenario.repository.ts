/** SQL of scenarios (one per target) kept as revisions; the highest revision is current. */
import type { Scenario } from '../core';
import type { Sql } from './database';
import { jsonParam, newId, numericParam, toIso, toNumber } from './values';

/** One stored revision of a scenario. */
export interface ScenarioRevision extends Scenario {
  revision: number;
  deleted: boolean;
  recordedAt: string;
  recordedBy?: string;
}

/** Inserts a revision of the scenario of a target. */
export async function insertScenarioRevision(
  sql: Sql,
  s: Scenario,
  revision: number,
  deleted: boolean,
  by: { id: string | null; name?: string },
): Promise<void> {
  await sql.query(
    `insert into scenario_revisions (id, target_id, revision, growth_rate, path, note, deleted, recorded_by,
       recorded_by_name)
     values ($1, $2, $3, $4::text::numeric, $5::text::jsonb, $6, $7, $8, $9)`,
    [
      newId(),
      s.targetId,
      revision,
      deleted ? null : numericParam(s.growthRate),
      deleted ? null : jsonParam(s.values),
      deleted ? null : (s.note ?? null),
      deleted,
      by.id,
      by.name ?? null,
    ],
  );
}

function toScenario(r: Record<string, unknown>): ScenarioRevision {
  const s: ScenarioRevision = {
    targetId: String(r.target_id),
    revision: Number(r.revision),
    deleted: Boolean(r.deleted),
    recordedAt: toIso(r.recorded_at) ?? '',
  };
  const growth = toNumber(r.growth_rate);
  if (growth !== undefined) s.growthRate = growth;
  if (r.path != null) s.values = r.path as Scenario['values'];
  if (r.note != null) s.note = String(r.note);
  if (r.recorded_by != null) s.recordedBy = String(r.recorded_by);
  return s;
}

/** Current revision of the scenario of every target of a resolution, or of one target. */
export async function selectCurrentScenarios(
  sql: Sql,
  scope: { resolutionId: string } | { targetId: string },
): Promise<ScenarioRevision[]> {
  const byResolution = 'resolutionId' in scope;
  const rows = await sql.query<Record<string, unknown>>(
    `select * from (
       select distinct on (s.target_id) s.*, t.sort_order
       from scenario_revisions s join targets t on t.id = s.target_id
       where ${byResolution ? 't.resolution_id' : 't.id'} = $1
       order by s.target_id, s.revision desc
     ) c order by sort_order, target_id`,
    [byResolution ? scope.resolutionId : scope.targetId],
  );
  return rows.map(toScenario);
}

/** Every revision of the scenario of a target, oldest first. */
export async function selectScenarioHistory(sql: Sql, targetId: string): Promise<ScenarioRevision[]> {
  const rows = await sql.query<Record<string, unknown>>(
    'select * from scenario_revisions where target_id = $1 order by revision',
    [targetId],
  );
  return rows.map(toScenario);
}
