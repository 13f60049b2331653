/**
 * Read scale-out on PostgreSQL streaming replicas (`DATABASE_READ_URL`: one or several URLs,
 * comma-separated). Every write, and every read inside a write, goes to the primary; the reading
 * screens ask {@link ReadReplicas.forRead} for a connection and get a replica only when it is
 * current enough:
 *
 * - for everyone: the replica has replayed what the primary had written at most `maxLagMs` ago
 *   (a monitor samples the primary's WAL position, `pg_current_wal_lsn()`, and each replica's
 *   replayed position, `pg_last_wal_replay_lsn()`, every `checkEveryMs`);
 * - for a user who has just written (read-your-writes): the replica has replayed the primary's
 *   WAL position taken after that user's write ({@link writePosition}; the server hands it to the
 *   browser in a cookie so that every instance behind the load balancer honours it).
 *
 * Otherwise the read goes to the primary. A replica that cannot be reached, or cancels a query
 * because of a conflict with recovery, is skipped and the query runs again on the primary.
 */
import { openDatabase, type Database, type Sql } from './database';

/** A WAL position as PostgreSQL prints it (`16/B374D848`), as a number; null when not one. */
export function parseLsn(text: unknown): bigint | null {
  if (typeof text !== 'string') return null;
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text.trim());
  if (!match) return null;
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

/** The primary's WAL position now: every transaction committed before the call is at or before it.
 * Null on the embedded database (no replicas there). */
export async function writePosition(db: Database): Promise<string | null> {
  if (db.kind !== 'server') return null;
  const rows = await db.query<{ lsn: string | null }>('select pg_current_wal_lsn()::text as lsn');
  return rows[0]?.lsn ?? null;
}

/** How a replica is doing, for the logs and the deployment's checks. */
export interface ReplicaStatus {
  /** The replica's URL without its password. */
  url: string;
  /** `current`: used for reads; `behind`: more than the allowed lag behind the primary;
   * `unreachable`: no answer; `not-standby`: the server is not replaying a primary's WAL. */
  state: 'current' | 'behind' | 'unreachable' | 'not-standby';
  /** The WAL position the replica has replayed, when known. */
  replayed: string | null;
  /** How far behind the primary it is, in milliseconds (at most the check interval when current). */
  lagMs: number | null;
}

export interface ReadReplicasOptions {
  /** A replica further behind the primary than this is not read from (default 500 ms). */
  maxLagMs?: number;
  /** How often the replicas' positions are checked (default 100 ms). */
  checkEveryMs?: number;
  /** The clock, in milliseconds (tests). */
  now?: () => number;
  /** Hears each change of a replica's state (for the server's log). */
  onChange?: (status: ReplicaStatus) => void;
}

interface Replica {
  url: string;
  shown: string;
  db: Database | null;
  /** The position replayed, as last seen. */
  replayed: bigint | null;
  /** Everything the primary had written at this time (ms) is on the replica; null = unusable. */
  currentAt: number | null;
  state: ReplicaStatus['state'];
  /** No new connection attempt before this time (ms). */
  retryAt: number;
  sql: Sql;
}

/** The longest a read waits to learn whether a replica has caught up before using the primary. */
const LIVE_CHECK_MS = 200;

/** `promise`, or a rejection after `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A sample of the primary's WAL position. */
interface Sample {
  at: number;
  lsn: bigint;
}

/** An SQL error that means "ask the primary instead": no connection, a server shutting down or
 * starting, a query cancelled by the replay of the primary's WAL. */
function replicaUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return true; // network, pool
  return (
    code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '40001'
  );
}

function withoutPassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'DATABASE_READ_URL';
  }
}

/** The URLs of `DATABASE_READ_URL` (comma-separated, blanks ignored). */
export function readUrlsFrom(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u !== '');
}

/** The primary and its streaming replicas, and which one a read should use. */
export class ReadReplicas {
  private readonly samples: Sample[] = [];
  private readonly replicas: Replica[];
  private readonly maxLagMs: number;
  private readonly now: () => number;
  private readonly onChange: ((status: ReplicaStatus) => void) | undefined;
  /** The state last reported to `onChange`, per replica. */
  private readonly reported: (ReplicaStatus['state'] | null)[];
  private readonly timer: NodeJS.Timeout | null;
  private checking: Promise<void> | null = null;
  private next = 0;
  private closed = false;

  private constructor(
    readonly primary: Database,
    urls: string[],
    options: ReadReplicasOptions,
  ) {
    this.maxLagMs = options.maxLagMs ?? 500;
    this.now = options.now ?? Date.now;
    this.onChange = options.onChange;
    this.reported = urls.map(() => null);
    this.replicas = urls.map((url) => {
      const replica: Replica = {
        url,
        shown: withoutPassword(url),
        db: null,
        replayed: null,
        currentAt: null,
        state: 'unreachable',
        retryAt: 0,
        sql: {
          query: (text, params) =>
            this.onReplica(
              replica,
              (db) => db.query(text, params),
              () => primary.query(text, params),
            ),
          exec: (text) =>
            this.onReplica(
              replica,
              (db) => db.exec(text),
              () => primary.exec(text),
            ),
        },
      };
      return replica;
    });
    const every = options.checkEveryMs ?? 100;
    this.timer =
      this.replicas.length > 0 && every > 0
        ? setInterval(() => void this.check().catch(() => undefined), every)
        : null;
    this.timer?.unref();
  }

  /** Connects to the replicas (one that does not answer yet is retried later, never fatal) and
   * checks them once. */
  static async open(
    primary: Database,
    urls: string[],
    options: ReadReplicasOptions = {},
  ): Promise<ReadReplicas> {
    const replicas = new ReadReplicas(primary, urls, options);
    await replicas.check();
    return replicas;
  }

  /** How many replicas are configured. */
  get size(): number {
    return this.replicas.length;
  }

  /** Where a reading screen reads: a replica that is current enough (and has replayed `after`,
   * the WAL position the reader wrote at, when given), else the primary. */
  async forRead(after?: string | null): Promise<Sql> {
    if (this.replicas.length === 0) return this.primary;
    const since = after ? parseLsn(after) : null;
    const now = this.now();
    const current = this.replicas.filter(
      (r) => r.db && r.currentAt !== null && now - r.currentAt <= this.maxLagMs,
    );
    if (current.length === 0) return this.primary;
    const start = this.next++ % current.length;
    const order = [...current.slice(start), ...current.slice(0, start)];
    if (since === null) return (order[0] as Replica).sql;
    const caughtUp = order.find((r) => r.replayed !== null && r.replayed >= since);
    if (caughtUp) return caughtUp.sql;
    // Maybe it has replayed it since the last check: ask the first one now.
    const first = order[0] as Replica;
    const replayed = await within(this.replayedOn(first), LIVE_CHECK_MS).catch(() => null);
    return replayed !== null && replayed >= since ? first.sql : this.primary;
  }

  /** One round: the primary's position now, then each replica's replayed position. */
  check(): Promise<void> {
    this.checking ??= this.checkOnce().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  /** Each replica's state as last checked. */
  status(): ReplicaStatus[] {
    const now = this.now();
    return this.replicas.map((r) => {
      const lagMs = r.currentAt === null ? null : Math.max(0, now - r.currentAt);
      const behind = r.state === 'current' && (lagMs === null || lagMs > this.maxLagMs);
      return {
        url: r.shown,
        state: behind ? 'behind' : r.state,
        replayed: r.replayed === null ? null : formatLsn(r.replayed),
        lagMs,
      };
    });
  }

  /** Stops the checks and closes the replicas' connections (not the primary's). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.checking?.catch(() => undefined);
    await Promise.all(this.replicas.map((r) => r.db?.close().catch(() => undefined)));
  }

  private async checkOnce(): Promise<void> {
    if (this.closed || this.replicas.length === 0) return;
    const at = this.now();
    const lsn = parseLsn(await writePosition(this.primary));
    if (lsn === null) return;
    this.samples.push({ at, lsn });
    // Keep the samples of the allowed lag and a little more.
    const keepFrom = at - 2 * this.maxLagMs - 1000;
    while (this.samples.length > 2 && (this.samples[0] as Sample).at < keepFrom) this.samples.shift();
    await Promise.all(this.replicas.map((r) => this.checkReplica(r)));
    this.status().forEach((status, i) => {
      if (this.reported[i] === status.state) return;
      this.reported[i] = status.state;
      this.onChange?.(status);
    });
  }

  private async checkReplica(replica: Replica): Promise<void> {
    try {
      const replayed = await this.replayedOn(replica);
      if (replayed === null) {
        replica.state = 'not-standby';
        replica.currentAt = null;
        return;
      }
      // The newest sample the replica has replayed: it holds everything written before then.
      let currentAt: number | null = null;
      for (const sample of this.samples) if (sample.lsn <= replayed) currentAt = sample.at;
      if (currentAt !== null && (replica.currentAt === null || currentAt > replica.currentAt))
        replica.currentAt = currentAt;
      replica.state = 'current';
    } catch {
      replica.state = 'unreachable';
      replica.currentAt = null;
    }
  }

  /** The position the replica has replayed now (connecting first if needed); null when the
   * server is not a standby. */
  private async replayedOn(replica: Replica): Promise<bigint | null> {
    if (!replica.db) {
      if (this.now() < replica.retryAt) throw new Error('replica not connected');
      replica.retryAt = this.now() + 1000;
      replica.db = await openDatabase({ url: replica.url });
      if (this.closed) {
        await replica.db.close();
        replica.db = null;
        throw new Error('closed');
      }
    }
    const rows = await replica.db.query<{ lsn: string | null }>(
      'select pg_last_wal_replay_lsn()::text as lsn',
    );
    const replayed = parseLsn(rows[0]?.lsn ?? null);
    if (replayed !== null && (replica.replayed === null || replayed > replica.replayed))
      replica.replayed = replayed;
    return replayed;
  }

  /** Runs a read on the replica; if the replica cannot answer, marks it and runs it on the primary. */
  private async onReplica<T>(
    replica: Replica,
    run: (db: Database) => Promise<T>,
    fallback: () => Promise<T>,
  ): Promise<T> {
    if (!replica.db) return fallback();
    try {
      return await run(replica.db);
    } catch (error) {
      if (!replicaUnavailable(error)) throw error;
      replica.currentAt = null;
      return fallback();
    }
  }
}

/** A WAL position printed as PostgreSQL does. */
export function formatLsn(lsn: bigint): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}
