/**
 * The one way into PostgreSQL. Two backends behind one interface: the embedded Postgres
 * (PGlite, in a data folder or in memory) and a PostgreSQL server (`DATABASE_URL`).
 * Both return the same JavaScript types: numeric as string (raw, never rounded), bigint as
 * number, date as 'YYYY-MM-DD', timestamptz as Date, json/jsonb parsed.
 */
import { PGlite } from '@electric-sql/pglite';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { keepCluster, keptCluster } from './initial-cluster';

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
  /**
   * Calls `onNotify(payload)` for every NOTIFY on `channel` by any session of the database, and
   * `onConnection(false)` when the listening connection is lost (notifications may be missed
   * until `onConnection(true)`). Returns the function that stops listening.
   */
  listen(
    channel: string,
    onNotify: (payload: string) => void,
    onConnection?: (connected: boolean) => void,
  ): Promise<() => Promise<void>>;
  /** The embedded database's whole cluster as a tar file (initial-cluster.ts keeps one to start
   * new databases from); absent on a server. */
  dumpCluster?(): Promise<Blob>;
  /** Calls `listener` after each transaction of this process commits; returns the remover. */
  afterCommit(listener: () => void): () => void;
  close(): Promise<void>;
}

/** Listeners called after each commit, for {@link Database.afterCommit}. */
function commitListeners(): { add: (listener: () => void) => () => void; notify: () => void } {
  const listeners = new Set<() => void>();
  return {
    add: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify: () => {
      for (const listener of listeners) listener();
    },
  };
}

export interface DatabaseOptions {
  /** postgres://… of a PostgreSQL server. When absent, the embedded Postgres is used. */
  url?: string;
  /** Data folder of the embedded Postgres; absent = in memory (tests). */
  dataDir?: string;
  /** A new embedded database starts from this kept cluster when there is one (initial-cluster.ts;
   * default the freshly initialised one). */
  startFrom?: string;
}

const DATE_OID = 1082;
const INT8_OID = 20;

/** Opens the database named by the options (server when `url` is given, embedded otherwise). */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  return options.url ? openServer(options.url) : openEmbedded(options.dataDir, options.startFrom);
}

async function openEmbedded(dataDir: string | undefined, startFrom?: string): Promise<Database> {
  // A new database starts from a kept cluster when there is one (initial-cluster.ts).
  const isNew = !dataDir || !existsSync(path.join(dataDir, 'PG_VERSION'));
  const kept = isNew
    ? ((startFrom ? await keptCluster(startFrom) : undefined) ?? (await keptCluster()))
    : undefined;
  const db = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(kept ? { loadDataDir: kept } : {}),
    parsers: {
      [DATE_OID]: (v: string) => v,
      [INT8_OID]: (v: string) => Number(v),
    },
  });
  if (isNew && !kept) await keepCluster(await db.dumpDataDir('none'));
  // PGlite runs one statement at a time; queue transactions so they never interleave.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };
  const commits = commitListeners();
  return {
    kind: 'embedded',
    query: (text, params) => serial(async () => (await db.query(text, params as unknown[])).rows as never),
    exec: (text) => serial(async () => void (await db.exec(text))),
    transaction: (fn) =>
      serial(async () => {
        const result = await db.transaction((tx) =>
          fn({
            query: async (text, params) => (await tx.query(text, params as unknown[])).rows as never,
            exec: async (text) => void (await tx.exec(text)),
          }),
        );
        commits.notify();
        return result;
      }),
    // PGlite delivers a NOTIFY to its own listeners as the notifying statement or transaction ends.
    listen: async (channel, onNotify) => {
      const stop = await db.listen(channel, (payload) => onNotify(payload));
      return async () => {
        await stop();
      };
    },
    afterCommit: commits.add,
    dumpCluster: () => serial(() => db.dumpDataDir('none')),
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
  const commits = commitListeners();
  return {
    kind: 'server',
    ...wrap(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        commits.notify();
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    listen: (channel, onNotify, onConnection) =>
      listenOnServer(url, typeParser, channel, onNotify, onConnection),
    afterCommit: commits.add,
    close: () => pool.end(),
  };
}

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other queries). When the
 * connection is lost it is opened again after a pause; `onConnection` hears both.
 */
async function listenOnServer(
  url: string,
  types: unknown,
  channel: string,
  onNotify: (payload: string) => void,
  onConnection: (connected: boolean) => void = () => undefined,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | undefined;
  const quoted = `"${channel.replaceAll('"', '""')}"`;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, types: types as never });
    next.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload ?? '');
    });
    next.on('error', () => undefined);
    next.on('end', () => {
      if (stopped) return;
      onConnection(false);
      setTimeout(() => void reconnect(), 500).unref();
    });
    await next.connect();
    await next.query(`LISTEN ${quoted}`);
    client = next;
  };
  const reconnect = async (): Promise<void> => {
    if (stopped) return;
    try {
      await connect();
      onConnection(true);
    } catch {
      setTimeout(() => void reconnect(), 1000).unref();
    }
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => undefined);
  };
}
