/**
 * The province view of all of Thanh Hóa's communes (559 before 1 July 2025, the official units)
 * for one resolution each (term 2020-2025, `BENCH_PROVINCE_TARGETS` targets with a common
 * indicator, quarterly and yearly figures 2021-2023), as of 2023, on the embedded database:
 * loading every dossier, evaluating, the grid with its roll-ups, approvals and completeness.
 * Baseline, in the same run: reading the same figures (every revision of those resolutions'
 * targets) in one query. `BENCH_PROVINCE_COMMUNES` limits the number of communes;
 * `BENCH_PROVINCE_SERVER=1` runs it on the PostgreSQL server instead. Statistics
 * are gathered after loading (ANALYZE), as autovacuum does on a PostgreSQL server.
 */
import { openTestDatabase } from '../test/databases';
import { openDatabase, type Database, type Sql } from '../src/db/database';
import { watchChanges } from '../src/db/change-feed';
import { recordObservations } from '../src/services/observation.service';
import { migrate } from '../src/db/migrate';
import { newId } from '../src/db/values';
import { SYSTEM_ACTOR } from '../src/services/app-error';
import { saveDossierIn } from '../src/services/dossier.service';
import { provinceView } from '../src/services/province-view.service';
import { importOfficialUnits } from '../src/services/units-import/units-import.service';
import { compare, type BenchResult } from './measure';
import { syntheticDossier } from './synthetic';

/** Measures the province view against reading its figures. */
export async function benchProvince(): Promise<BenchResult[]> {
  const targets = Number(process.env.BENCH_PROVINCE_TARGETS ?? 12);
  const limit = Number(process.env.BENCH_PROVINCE_COMMUNES ?? 100_000);
  // BENCH_PROVINCE_SERVER=1: on a fresh database of the PostgreSQL server (TEST_DATABASE_URL).
  const server = process.env.BENCH_PROVINCE_SERVER === '1' ? await openTestDatabase('server') : undefined;
  const db = server?.db ?? (await openDatabase());
  try {
    await migrate(db);
    await importOfficialUnits(db, SYSTEM_ACTOR, { province: '38' });
    const communes = (
      await db.query<{ code: string; name: string }>(
        `select u.code, u.name from units u join units d on d.id = u.parent_id join units p on p.id = d.parent_id
         where p.code = '38' and u.level = 'commune' and u.valid_to = '2025-07-01' order by u.code`,
      )
    ).slice(0, limit);
    const setupStart = performance.now();
    const rows: Record<string, unknown>[] = [];
    const resolutionIds: string[] = [];
    await db.transaction(async (tx) => {
      for (const [i, c] of communes.entries()) {
        const d = syntheticDossier(c.code, targets, 12, i + 1);
        d.unit = { code: c.code, name: c.name, level: 'commune' };
        d.targets = d.targets.map((t, k) => ({ ...t, indicator: `chi-tieu-${k + 1}` }));
        const saved = await saveDossierIn(tx, SYSTEM_ACTOR, { ...d, observations: [] });
        resolutionIds.push(saved.resolutionId);
        for (const o of d.observations)
          rows.push({
            id: newId(),
            target_id: saved.targetIds[o.targetId],
            period: o.period,
            revision: 1,
            status: o.status,
            value_number: o.value,
            recorded_at: `${Number(o.period.slice(0, 4)) + (o.period.includes('Q4') || !o.period.includes('Q') ? 1 : 0)}-01-15T03:00:00Z`,
          });
      }
      for (let i = 0; i < rows.length; i += 20_000)
        await tx.query(
          `insert into observation_revisions (id, target_id, period, revision, status, value_number, recorded_at)
           select x.id, x.target_id, x.period, x.revision, x.status, x.value_number, x.recorded_at
           from jsonb_to_recordset($1::text::jsonb) as x(id text, target_id text, period text, revision int,
                status text, value_number numeric, recorded_at timestamptz)`,
          [JSON.stringify(rows.slice(i, i + 20_000))],
        );
    });
    // Statistics as PostgreSQL's autovacuum keeps them (the embedded database has no autovacuum:
    // without them the planner re-reads every figure once per unit, 5× slower).
    await db.exec('analyze');
    const setupMs = performance.now() - setupStart;
    const nowMs = Date.parse('2024-06-01T00:00:00Z');
    const view = () =>
      provinceView(db, { unitCode: '38', level: 'commune', asOf: '2023', period: '2023', nowMs });
    const read = () =>
      db.query(
        `select o.* from observation_revisions o join targets t on t.id = o.target_id
         where t.resolution_id = any($1::text[])`,
        [resolutionIds],
      );
    // The read engine follows this database's changes as a server does.
    const release = await watchChanges(db as Database);
    const shown = await view();
    const label = `province (${server ? 'PostgreSQL' : 'embedded'}): view of ${communes.length} communes × ${targets} targets (evaluate, grid, roll-ups, approval, completeness)`;
    const result = await compare(
      `${label}, nothing changed since the last view`,
      view,
      'reading the same figures (one query)',
      read,
      3,
    );
    // The first view, as after a start: a fresh engine (another handle on the same database).
    const cold = await compare(
      `${label}, first view (every unit evaluated)`,
      () =>
        provinceView({ ...db } as Sql, {
          unitCode: '38',
          level: 'commune',
          asOf: '2023',
          period: '2023',
          nowMs,
        }),
      'reading the same figures (one query)',
      read,
      3,
    );
    // One figure saved in one commune before each view: that commune evaluated again.
    const first = await db.query<{ id: string; target_id: string }>(
      `select r.id, t.id as target_id from resolutions r join targets t on t.resolution_id = r.id
       where r.id = $1 order by t.sort_order limit 1`,
      [resolutionIds[0]],
    );
    let k = 0;
    const afterSave = await compare(
      `${label}, after one figure saved in one commune`,
      async () => {
        const revision = Number(
          (
            await db.query<{ r: number | null }>(
              "select max(revision) as r from observation_revisions where target_id = $1 and period = '2023'",
              [first[0]?.target_id],
            )
          )[0]?.r ?? 0,
        );
        await recordObservations(db as Database, SYSTEM_ACTOR, first[0]?.id as string, [
          {
            targetId: first[0]?.target_id as string,
            period: '2023',
            value: 50 + (k++ % 9),
            status: 'official',
            expectedRevision: revision,
          },
        ]);
        return view();
      },
      'reading the same figures (one query)',
      read,
      3,
    );
    await release();
    for (const r of [result, cold, afterSave]) {
      r.details.figures = rows.length;
      r.details.rows = shown.rows.length;
      r.details.setupMs = Math.round(setupMs);
    }
    result.details.columns = shown.columns.length;
    return [cold, result, afterSave];
  } finally {
    if (server) await server.close();
    else await db.close();
  }
}
