/**
 * The unit tree as access control needs it: a unit and the units above it.
 */
import type { Sql } from '../db/database';

/** The unit's code followed by the codes of every unit above it (parent first). A code that
 * is not in the tree gives just itself. */
export async function unitLineage(db: Sql, unitCode: string): Promise<string[]> {
  const rows = await db.query<{ code: string }>(
    `with recursive up(code, parent_code, depth) as (
       select code, parent_code, 0 from units where code = $1
       union all
       select u.code, u.parent_code, up.depth + 1 from units u join up on u.code = up.parent_code
        where up.depth < 10
     )
     select code from up order by depth`,
    [unitCode],
  );
  return rows.length > 0 ? rows.map((r) => r.code) : [unitCode];
}
