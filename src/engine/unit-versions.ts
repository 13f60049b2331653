/**
 * A version per unit: it moves when a committed change names the unit (unit-changes.ts), and for
 * every unit when a change cannot say which. A reading screen of one unit keyed by its unit's
 * version stays kept while other units' figures are saved, however many units save at once.
 */
import type { Sql } from '../db/database';
import { perDatabase } from './per-database';
import { unitChangesOf } from './unit-changes';

interface Versions {
  all: number;
  byUnit: Map<string, number>;
}

/** The versions of a database's units, moved by its change tracker. */
const versions = perDatabase((db): Versions => {
  const made: Versions = { all: 0, byUnit: new Map() };
  unitChangesOf(db).subscribe((units) => {
    if (units === 'all') {
      made.all++;
      made.byUnit.clear();
    } else for (const code of units) made.byUnit.set(code, (made.byUnit.get(code) ?? 0) + 1);
  });
  return made;
});

/** The unit's version, current with every change committed before the call. */
export async function unitVersion(db: Sql, unitCode: string): Promise<string> {
  const v = versions(db);
  await unitChangesOf(db).sync();
  return `${v.all}.${v.byUnit.get(unitCode) ?? 0}`;
}
