/**
 * Opens the database the way every command does: `DATABASE_URL` (a PostgreSQL server) wins;
 * otherwise the embedded Postgres in the data folder (`--data`, default ./data), created if
 * missing. Migrations run on open unless told not to.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { openDatabase, type Database, type DatabaseOptions } from './database';
import { migrate } from './migrate';

/** Where the database is, from command options and the environment. */
export interface DatabaseLocation {
  options: DatabaseOptions;
  /** For messages: the data folder, or the server URL without its password. */
  description: string;
}

/** Resolves the location: `env.DATABASE_URL` if set, else the data folder (default ./data). */
export function databaseLocation(
  options: { data?: string } = {},
  env: NodeJS.ProcessEnv = process.env,
): DatabaseLocation {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    let shown = url;
    try {
      const u = new URL(url);
      if (u.password) u.password = '***';
      shown = u.toString();
    } catch {
      shown = 'DATABASE_URL';
    }
    return { options: { url }, description: `máy chủ PostgreSQL ${shown}` };
  }
  const dataDir = path.resolve(options.data ?? './data');
  return { options: { dataDir }, description: `cơ sở dữ liệu nhúng trong thư mục ${dataDir}` };
}

/** Opens (and by default migrates) the database named by the options and environment. */
export async function openDatabaseFromEnv(
  options: { data?: string; migrate?: boolean } = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ db: Database; location: DatabaseLocation; applied: string[] }> {
  const location = databaseLocation(options, env);
  if (location.options.dataDir) await mkdir(location.options.dataDir, { recursive: true });
  const db = await openDatabase(location.options);
  try {
    const applied = options.migrate === false ? [] : await migrate(db);
    return { db, location, applied };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
