/**
 * Fills a database with many stored figures for the "no slower with 1 million figures stored"
 * measurement: `units` communes under thị xã Bỉm Sơn (381), each with the 40-target resolution of
 * bench/synthetic.ts, and monthly figures from 1900-01 until about `count` figures are stored. The
 * resolutions go through the product's own service; the figures are written by one set-based
 * statement (bench set-up, not an import: no audit rows), then statistics are gathered as
 * PostgreSQL's autovacuum would.
 */
import type { Database } from '../src/db/database';
import { SYSTEM_ACTOR } from '../src/services/app-error';
import { saveDossierIn } from '../src/services/dossier.service';
import { createUnit, getUnit } from '../src/services/unit.service';
import { syntheticDossier } from './synthetic';

/** Adds about `count` figures in `units` new communes' resolutions; returns how many were added. */
export async function addStoredFigures(db: Database, count: number, units = 25): Promise<number> {
  const months = Math.ceil(count / (units * 40));
  for (let i = 0; i < units; i++) {
    const code = `99${String(i).padStart(3, '0')}`;
    if (await getUnit(db, code)) continue;
    const unit = { code, name: `xã thử ${i + 1}`, level: 'commune' as const, parentCode: '381' };
    await createUnit(db, SYSTEM_ACTOR, unit);
    const dossier = { ...syntheticDossier(code, 40, 20, i + 1), observations: [], unit };
    await db.transaction((tx) => saveDossierIn(tx, SYSTEM_ACTOR, dossier));
  }
  const rows = await db.query<{ n: number }>(
    `with added as (
       insert into observation_revisions (id, target_id, period, revision, status, value_number, recorded_at)
       select gen_random_uuid()::text, t.id,
              to_char(date '1900-01-01' + make_interval(months => m), 'YYYY-MM'), 1, 'official',
              round((random() * 1000)::numeric, 2), now()
       from targets t
       join resolutions r on r.id = t.resolution_id
       join units u on u.id = r.unit_id
       cross join generate_series(0, $1::int - 1) as m
       where u.code like '99___'
       on conflict do nothing
       returning 1)
     select count(*)::int as n from added`,
    [months],
  );
  await db.exec('analyze');
  return rows[0]?.n ?? 0;
}
