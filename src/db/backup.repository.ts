/**
 * Generic SQL for whole-database backup and restore: the tables of the schema, their columns and
 * types, the order foreign keys impose, and bulk insert. Values travel as text (numeric, dates and
 * timestamps exactly as PostgreSQL prints them) except jsonb, which travels as JSON.
 */
import type { Sql } from './database';

/** A table as backup needs it. */
export interface TableInfo {
  name: string;
  columns: { name: string; type: string; json: boolean; identityAlways: boolean }[];
  primaryKey: string[];
  /** Tables this one references (other than itself). */
  dependsOn: string[];
  /** Self reference (child column → parent column), if any: rows must be inserted parents first. */
  selfReference?: { column: string; references: string };
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The base tables of the current schema (except `schema_migrations`), parents before children. */
export async function describeTables(sql: Sql): Promise<TableInfo[]> {
  const columns = await sql.query<{ table: string; column: string; type: string; identity: string }>(
    `select c.relname as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type,
            a.attidentity::text as identity
     from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid
     where n.nspname = current_schema() and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
       and a.attgenerated = '' and c.relname <> 'schema_migrations'
     order by c.relname, a.attnum`,
  );
  const keys = await sql.query<{ table: string; column: string }>(
    `select c.relname as table, a.attname as column
     from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
     join lateral unnest(i.indkey) with ordinality as k(attnum, ord) on true
     join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
     where n.nspname = current_schema() and i.indisprimary order by c.relname, k.ord`,
  );
  const fks = await sql.query<{
    child: string;
    parent: string;
    child_column: string;
    parent_column: string;
    n: number;
  }>(
    `select ch.relname as child, pa.relname as parent, ca.attname as child_column, pa2.attname as parent_column,
            array_length(f.conkey, 1) as n
     from pg_constraint f join pg_class ch on ch.oid = f.conrelid join pg_class pa on pa.oid = f.confrelid
     join pg_namespace n on n.oid = ch.relnamespace
     join pg_attribute ca on ca.attrelid = f.conrelid and ca.attnum = f.conkey[1]
     join pg_attribute pa2 on pa2.attrelid = f.confrelid and pa2.attnum = f.confkey[1]
     where f.contype = 'f' and n.nspname = current_schema()`,
  );
  const tables = new Map<string, TableInfo>();
  for (const c of columns) {
    const t = tables.get(c.table) ?? { name: c.table, columns: [], primaryKey: [], dependsOn: [] };
    t.columns.push({
      name: c.column,
      type: c.type,
      json: c.type === 'jsonb' || c.type === 'json',
      identityAlways: c.identity === 'a',
    });
    tables.set(c.table, t);
  }
  for (const k of keys) tables.get(k.table)?.primaryKey.push(k.column);
  for (const f of fks) {
    const t = tables.get(f.child);
    if (!t || !tables.has(f.parent)) continue;
    if (f.child === f.parent) t.selfReference = { column: f.child_column, references: f.parent_column };
    else if (!t.dependsOn.includes(f.parent)) t.dependsOn.push(f.parent);
  }
  // Parents first; names break ties so the order is stable.
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  let rest = [...tables.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  while (rest.length) {
    const ready = rest.filter((t) => t.dependsOn.every((d) => placed.has(d)));
    const batch = ready.length ? ready : rest; // a cycle between tables: keep going, the insert will tell
    for (const t of batch) {
      ordered.push(t);
      placed.add(t.name);
    }
    rest = rest.filter((t) => !placed.has(t.name));
  }
  return ordered;
}

/** Every row of a table as an array per row, values as text (jsonb as JSON), sorted by primary key. */
export async function dumpTable(sql: Sql, table: TableInfo): Promise<unknown[][]> {
  const select = table.columns.map((c, i) =>
    c.json ? `${ident(c.name)} as c${i}` : `${ident(c.name)}::text as c${i}`,
  );
  const rows = await sql.query<Record<string, unknown>>(
    `select ${select.join(', ')} from ${ident(table.name)}`,
  );
  const keyIdx = (table.primaryKey.length ? table.primaryKey : table.columns.map((c) => c.name)).map((k) =>
    table.columns.findIndex((c) => c.name === k),
  );
  const out = rows.map((r) => table.columns.map((_, i) => r[`c${i}`] ?? null));
  const key = (row: unknown[]) => JSON.stringify(keyIdx.map((i) => row[i]));
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Number of rows of a table. */
export async function countRows(sql: Sql, table: string): Promise<number> {
  const [row] = await sql.query<{ n: number }>(`select count(*)::bigint as n from ${ident(table)}`);
  return Number(row?.n ?? 0);
}

/** Inserts rows (as produced by {@link dumpTable}) for the given columns, in batches. */
export async function insertRows(
  sql: Sql,
  table: TableInfo,
  columns: string[],
  rows: unknown[][],
): Promise<void> {
  const infos = columns.map((name) => {
    const c = table.columns.find((x) => x.name === name);
    if (!c) throw new Error(`column ${table.name}.${name} does not exist`);
    return c;
  });
  const overriding = infos.some((c) => c.identityAlways) ? ' overriding system value' : '';
  const perBatch = Math.max(1, Math.floor(20_000 / Math.max(columns.length, 1)));
  for (let start = 0; start < rows.length; start += perBatch) {
    const batch = rows.slice(start, start + perBatch);
    const params: (string | null)[] = [];
    const tuples = batch.map((row) => {
      const cells = infos.map((c, i) => {
        const v = row[i];
        params.push(v === null || v === undefined ? null : c.json ? JSON.stringify(v) : String(v));
        return `$${params.length}::text::${c.type}`;
      });
      return `(${cells.join(', ')})`;
    });
    await sql.query(
      `insert into ${ident(table.name)} (${columns.map(ident).join(', ')})${overriding} values ${tuples.join(', ')}`,
      params,
    );
  }
}

/** Moves the sequences behind identity and serial columns past the restored ids. */
export async function resetSequences(sql: Sql, table: TableInfo): Promise<void> {
  for (const c of table.columns) {
    const [row] = await sql.query<{ seq: string | null }>('select pg_get_serial_sequence($1, $2) as seq', [
      ident(table.name),
      c.name,
    ]);
    if (!row?.seq) continue;
    await sql.query(
      `select setval($1::regclass, coalesce((select max(${ident(c.name)}) from ${ident(table.name)}), 0) + 1, false)`,
      [row.seq],
    );
  }
}

/** Names of the migrations applied. */
export async function appliedMigrations(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ name: string }>('select name from schema_migrations order by name');
  return rows.map((r) => r.name);
}
