/**
 * Whole-database backup to one JSON document (every table: units, resolutions, targets, every
 * revision of every figure, the audit log, accounts) and restore into an empty, migrated database.
 * Values keep PostgreSQL's text form (numeric never rounded, timestamps to the microsecond), so a
 * backup of the restored database equals the original backup.
 */
import type { Database } from '../db/database';
import {
  appliedMigrations,
  countRows,
  describeTables,
  dumpTable,
  insertRows,
  resetSequences,
  type TableInfo,
} from '../db/backup.repository';
import { AppError } from './app-error';

/** The backup document. */
export interface Backup {
  format: 'vedich-backup';
  version: 1;
  createdAt: string;
  /** The migrations applied to the database backed up (its schema version). */
  migrations: string[];
  tables: Record<string, { columns: string[]; rows: unknown[][] }>;
}

/** Reads the whole database in one consistent snapshot. */
export async function backupDatabase(db: Database): Promise<Backup> {
  return db.transaction(async (tx) => {
    if (db.kind === 'server') await tx.query('set transaction isolation level repeatable read');
    await tx.query("set local time zone 'UTC'");
    const tables: Backup['tables'] = {};
    for (const table of await describeTables(tx))
      tables[table.name] = { columns: table.columns.map((c) => c.name), rows: await dumpTable(tx, table) };
    const [now] = await tx.query<{ at: Date }>('select now() as at');
    return {
      format: 'vedich-backup',
      version: 1,
      createdAt: (now?.at ?? new Date()).toISOString(),
      migrations: await appliedMigrations(tx),
      tables,
    };
  });
}

function invalid(message: string): never {
  throw new AppError('validation_failed', `Tệp sao lưu không hợp lệ: ${message}`, {
    issues: [{ path: 'backup', message }],
  });
}

function checkShape(value: unknown): Backup {
  const b = value as Partial<Backup> | null;
  if (!b || typeof b !== 'object' || b.format !== 'vedich-backup')
    invalid('không phải tệp sao lưu của Về Đích.');
  if (b.version !== 1) invalid(`phiên bản ${String(b.version)} chưa được hỗ trợ.`);
  if (!Array.isArray(b.migrations) || !b.tables || typeof b.tables !== 'object')
    invalid('thiếu danh sách bảng.');
  for (const [name, t] of Object.entries(b.tables))
    if (
      !t ||
      !Array.isArray(t.columns) ||
      !Array.isArray(t.rows) ||
      t.rows.some((r) => !Array.isArray(r) || r.length !== t.columns.length)
    )
      invalid(`bảng ${name} sai cấu trúc.`);
  return b as Backup;
}

/** Rows of a self-referencing table ordered so that a parent comes before its children. */
function parentsFirst(table: TableInfo, columns: string[], rows: unknown[][]): unknown[][] {
  const ref = table.selfReference;
  if (!ref) return rows;
  const child = columns.indexOf(ref.column);
  const parent = columns.indexOf(ref.references);
  if (child < 0 || parent < 0) return rows;
  const placed = new Set<unknown>();
  const out: unknown[][] = [];
  let rest = rows;
  while (rest.length) {
    const ready = rest.filter((r) => r[child] === null || placed.has(r[child]));
    const batch = ready.length ? ready : rest;
    for (const r of batch) {
      out.push(r);
      placed.add(r[parent]);
    }
    rest = rest.filter((r) => !batch.includes(r));
  }
  return out;
}

/** Restores a backup into an empty, migrated database in one transaction. Refuses (conflict) a
 * database that holds any row, and (validation_failed) a document that is not a backup or needs
 * migrations this database does not have. Returns the number of rows restored. */
export async function restoreDatabase(
  db: Database,
  backup: unknown,
): Promise<{ tables: number; rows: number }> {
  const b = checkShape(backup);
  return db.transaction(async (tx) => {
    const tables = await describeTables(tx);
    const applied = new Set(await appliedMigrations(tx));
    const missing = b.migrations.filter((m) => !applied.has(m));
    if (missing.length)
      invalid(`cơ sở dữ liệu đích chưa chạy các bản cập nhật cấu trúc: ${missing.join(', ')}.`);
    for (const t of tables)
      if ((await countRows(tx, t.name)) > 0)
        throw new AppError(
          'conflict',
          `Cơ sở dữ liệu đích đã có dữ liệu (bảng ${t.name}); chỉ khôi phục vào cơ sở dữ liệu trống vừa tạo.`,
        );
    const known = new Map(tables.map((t) => [t.name, t]));
    for (const name of Object.keys(b.tables))
      if (!known.has(name)) invalid(`bảng ${name} không có trong cơ sở dữ liệu đích.`);
    let rows = 0;
    for (const table of tables) {
      const data = b.tables[table.name];
      if (!data || data.rows.length === 0) continue;
      try {
        await insertRows(tx, table, data.columns, parentsFirst(table, data.columns, data.rows));
      } catch (error) {
        invalid(`không ghi được bảng ${table.name} (${(error as Error).message}).`);
      }
      await resetSequences(tx, table);
      rows += data.rows.length;
    }
    return { tables: Object.keys(b.tables).length, rows };
  });
}
