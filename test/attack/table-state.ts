/**
 * A fingerprint of every table of the database (row count and a checksum of the rows), to show
 * that a refused request changed nothing.
 */
import type { Database } from '../../src/db/database';

/** Rows and checksum per table. */
export type TableState = Record<string, { rows: number; checksum: string }>;

/** The tables of the public schema, in name order. */
export async function listTables(db: Database): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  return rows.map((r) => r.name);
}

/** The fingerprint of `tables`, in one query. */
export async function tableState(db: Database, tables: readonly string[]): Promise<TableState> {
  const sql = tables
    .map(
      (name) =>
        `select '${name}' as name, count(*)::int as rows,
                md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as checksum
           from "${name}" x`,
    )
    .join(' union all ');
  const rows = await db.query<{ name: string; rows: number; checksum: string }>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, { rows: r.rows, checksum: r.checksum }]));
}

/** The names of the tables whose fingerprint differs. */
export function changedTables(before: TableState, after: TableState): string[] {
  return Object.keys({ ...before, ...after }).filter(
    (name) => before[name]?.rows !== after[name]?.rows || before[name]?.checksum !== after[name]?.checksum,
  );
}
