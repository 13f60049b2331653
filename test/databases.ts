/**
 * Test databases on both backends: every database test runs against the embedded Postgres and
 * against the PostgreSQL server (TEST_DATABASE_URL, default 127.0.0.1:5432 database `test`).
 * Each call gets a fresh, migrated, empty database; `close()` drops it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/database';
import { keepCluster, keptCluster } from '../src/db/initial-cluster';
import { migrate, MIGRATIONS_DIR } from '../src/db/migrate';

/** The name of the kept migrated cluster: a digest of every migration's name and text. */
async function migratedClusterName(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort())
    hash.update(file).update(await readFile(path.join(MIGRATIONS_DIR, file)));
  return `migrated-${hash.digest('hex').slice(0, 16)}`;
}

export const BACKENDS = ['embedded', 'server'] as const;
export type Backend = (typeof BACKENDS)[number];

export const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  db: Database;
  /** The URL of the fresh server database (server backend only), for a second process. */
  url?: string;
  close(): Promise<void>;
}

/** A fresh empty database of that backend, migrated. */
export async function openTestDatabase(
  backend: Backend,
  options: { migrated?: boolean } = {},
): Promise<TestDatabase> {
  if (backend === 'embedded') {
    if (options.migrated === false) {
      const db = await openDatabase();
      return { db, close: () => db.close() };
    }
    // Started from a kept copy of a database with these very migrations applied, made once.
    const name = await migratedClusterName();
    const kept = await keptCluster(name);
    const db = await openDatabase({ startFrom: name });
    await migrate(db);
    if (!kept && db.dumpCluster) await keepCluster(await db.dumpCluster(), name);
    return { db, close: () => db.close() };
  }
  const name = `vedich_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = withDatabase(SERVER_URL, name);
  const db = await openDatabase({ url });
  if (options.migrated !== false) await migrate(db);
  return {
    db,
    url,
    close: async () => {
      await db.close();
      const cleanup = new pg.Client({ connectionString: SERVER_URL });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
