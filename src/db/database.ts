/**
 * The one way into PostgreSQL. Two backends behind one interface: the embedded Postgres
 * (PGlite, in a data folder or in memory) and a PostgreSQL server (`DATABASE_URL`).
 * Both return the same JavaScript types: numeric as string (raw, never rounded), bigint as
 * number, date as 'YYYY-MM-DD', timestamptz as Date, json/jsonb parsed.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** Something that runs SQL: the database itself or a transaction. */
export interface Sql {
  /** One statement with $1, $2… parameters; returns the rows. */
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Several statements, no parameters (migrations, restore). */
  exec(text: string): Promise<void>;
}

export interface Database extends Sql {
  readonly kind: 'embedded' | 'server';
  /** Runs `fn` in one transaction: all of it is written, or none (rolled back on any throw). */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… of a PostgreSQL server. When absent, the embedded Postgres is used. */
  url?: string;
  /** Data folder of the embedded Postgres; absent = in memory (tests). */
  dataDir?: string;
}

const DATE_OID = 1082;
const INT8_OID = 20;

/** Opens the database named by the options (server when `url` is given, embedded otherwise). */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  return options.url ? openServer(options.url) : openEmbedded(options.dataDir);
}

async function openEmbedded(dataDir: string | undefined): Promise<Database> {
  const db = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    parsers: {
      [DATE_OID]: (v: string) => v,
      [INT8_OID]: (v: string) => Number(v),
    },
  });
  // PGlite runs one statement at a time; queue transactions so they never interleave.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    kind: 'embedded',
    query: (text, params) => serial(async () => (await db.query(text, params as unknown[])).rows as never),
    exec: (text) => serial(async () => void (await db.exec(text))),
    transaction: (fn) =>
      serial(() =>
        db.transaction((tx) =>
          fn({
            query: async (text, params) => (await tx.query(text, params as unknown[])).rows as never,
            exec: async (text) => void (await tx.exec(text)),
          }),
        ),
      ),
    close: () => serial(() => db.close()),
  };
}

async function openServer(url: string): Promise<Database> {
  const typeParser = {
    getTypeParser: (oid: number, format?: string) => {
      if (oid === DATE_OID) return (v: string) => v;
      if (oid === INT8_OID) return (v: string) => Number(v);
      return pg.types.getTypeParser(oid, format as 'text');
    },
  };
  const pool = new pg.Pool({ connectionString: url, types: typeParser as never, max: 10 });
  // When the server ends an idle connection (a restart, pg_terminate_backend, a dropped test
  // database) the pool discards it and emits 'error'; unheard, that event would crash the
  // process. The next query simply opens a new connection.
  pool.on('error', () => undefined);
  // Fail fast with a clear error when the server is not reachable.
  await pool.query('select 1');
  const wrap = (client: pg.Pool | pg.PoolClient): Sql => ({
    query: async (text, params) => (await client.query(text, params as unknown[])).rows,
    exec: async (text) => void (await client.query(text)),
  });
  return {
    kind: 'server',
    ...wrap(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
