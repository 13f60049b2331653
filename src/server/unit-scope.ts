/**
 * The unit tree as access control needs it: a unit and the units above it.
 */
import type { Sql } from '../db/database';
import { ancestorCodes } from '../services/unit.service';
import { readThrough } from './read-cache';

/** The unit's code followed by the codes of every unit above it (parent first). A code that
 * is not in the tree gives just itself (a role on exactly that code still applies). */
export async function unitLineage(db: Sql, unitCode: string): Promise<string[]> {
  // Kept in memory until a unit changes on any instance (read-cache.ts): every request checks it.
  const codes = await readThrough(db, `lineage|${unitCode}`, () => ancestorCodes(db, unitCode), {
    space: 'access',
    stale: false,
    dependsOn: 'accounts',
  });
  return codes.length > 0 ? codes : [unitCode];
}
