/** Resolutions as lists and as owners of targets: what the unit pages and access checks need. */
import type { Sql } from '../db/database';
import { selectResolutionsOfUnits, type ResolutionSummary } from '../db/resolution.repository';
import { selectSubtreeCodes } from '../db/unit.repository';

export type { ResolutionSummary };

/** Resolutions of a unit (or of the unit and every unit below it), by unit then newest term. */
export async function listResolutions(
  db: Sql,
  unitCode: string,
  options: { subtree?: boolean } = {},
): Promise<ResolutionSummary[]> {
  const codes = options.subtree ? await selectSubtreeCodes(db, unitCode) : [unitCode];
  return codes.length ? selectResolutionsOfUnits(db, codes) : [];
}

/** The code of the unit a resolution belongs to, or null when there is no such resolution. */
export async function resolutionUnitCode(db: Sql, resolutionId: string): Promise<string | null> {
  const rows = await db.query<{ code: string }>(
    'select u.code from resolutions r join units u on u.id = r.unit_id where r.id = $1',
    [resolutionId],
  );
  return rows[0]?.code ?? null;
}

/** The code of the unit a target belongs to, or null when there is no such target. */
export async function targetUnitCode(db: Sql, targetId: string): Promise<string | null> {
  const rows = await db.query<{ code: string }>(
    `select u.code from targets t join resolutions r on r.id = t.resolution_id join units u on u.id = r.unit_id
     where t.id = $1`,
    [targetId],
  );
  return rows[0]?.code ?? null;
}
