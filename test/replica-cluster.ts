/**
 * A PostgreSQL primary and a streaming replica of it, each its own small cluster in a temporary
 * folder on its own port, for the read scale-out tests (the system's cluster is left alone):
 * `initdb` with `wal_level=replica` and a replication line in pg_hba.conf, `pg_basebackup -R`
 * for the replica (hot standby), both stopped and deleted by `close()`. The servers run as the
 * `postgres` user when the tests run as root (PostgreSQL refuses root).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './server-process';

const run = promisify(execFile);

/** The folder holding initdb, pg_ctl and pg_basebackup (PG_BIN, else the newest
 * /usr/lib/postgresql/N/bin, else the PATH), or null when PostgreSQL's programs are absent. */
export function postgresBinaries(): string | null {
  const has = (dir: string) =>
    ['initdb', 'pg_ctl', 'pg_basebackup'].every((p) => existsSync(path.join(dir, p)));
  if (process.env.PG_BIN) return has(process.env.PG_BIN) ? process.env.PG_BIN : null;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (has(path.join(debian, v, 'bin'))) return path.join(debian, v, 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir && has(dir)) return dir;
  return null;
}

/**
 * The folder of PostgreSQL's programs for a test that starts clusters, or null (the test is then
 * skipped, saying why). With VEDICH_REPLICA_TEST=required (CI) their absence is an error instead.
 */
export function binariesForTest(testFile: string): string | null {
  const bin = postgresBinaries();
  if (bin) return bin;
  const why = `${testFile}: PostgreSQL's programs (initdb, pg_ctl, pg_basebackup) were not found (PG_BIN, /usr/lib/postgresql/N/bin, PATH)`;
  if (process.env.VEDICH_REPLICA_TEST === 'required') throw new Error(`${why}; VEDICH_REPLICA_TEST=required`);
  console.warn(`${why}; the replica tests are skipped`);
  return null;
}

export interface ReplicaCluster {
  /** postgres://… of a database on the primary. */
  primaryUrl(database?: string): string;
  /** postgres://… of the same database on the replica. */
  replicaUrl(database?: string): string;
  /** Runs SQL on the replica (replay pause and resume, checks). */
  onReplica<R>(sql: string): Promise<R[]>;
  /** Waits until the replica has replayed everything the primary has written so far. */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** Stops the replica's server (a replica that went away). */
  stopReplica(): Promise<void>;
  /** Stops both servers and deletes their folders. */
  close(): Promise<void>;
}

/** Starts a primary (with an empty database `database`) and a streaming replica of it. */
export async function startReplicaCluster(bin: string, database = 'vedich'): Promise<ReplicaCluster> {
  const root = await mkdtemp(path.join(tmpdir(), 'vedich-replica-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await run('chown', ['postgres:', root]);
  const pgRun = (program: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args], { cwd: root })
      : run(path.join(bin, program), args, { cwd: root });
  const primaryDir = path.join(root, 'primary');
  const replicaDir = path.join(root, 'replica');
  const started: string[] = [];
  const stop = async (dir: string) => {
    if (!started.includes(dir)) return;
    started.splice(started.indexOf(dir), 1);
    await pgRun('pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
  };
  const close = async () => {
    await stop(replicaDir);
    await stop(primaryDir);
    await rm(root, { recursive: true, force: true });
  };
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const settings = (port: number) =>
    [
      `-p ${port}`,
      '-c listen_addresses=127.0.0.1',
      `-c unix_socket_directories=${root}`,
      '-c wal_level=replica',
      '-c max_wal_senders=5',
      '-c hot_standby=on',
      '-c fsync=off',
      '-c max_connections=60',
    ].join(' ');
  const url = (port: number, name: string) => `postgres://postgres@127.0.0.1:${port}/${name}`;
  try {
    await pgRun('initdb', [
      '--no-sync',
      '-D',
      primaryDir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
    await appendFile(primaryDir + '/pg_hba.conf', '\nhost replication all 127.0.0.1/32 trust\n');
    await pgRun('pg_ctl', [
      '-D',
      primaryDir,
      '-l',
      `${root}/primary.log`,
      '-w',
      '-o',
      settings(primaryPort),
      'start',
    ]);
    started.push(primaryDir);
    const admin = new pg.Client({ connectionString: url(primaryPort, 'postgres') });
    await admin.connect();
    await admin.query(`create database ${database}`);
    await admin.end();
    await pgRun('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replicaDir,
      // A fast checkpoint (the default spreads it over minutes), and no fsync of a test copy.
      '--checkpoint=fast',
      '--no-sync',
      '-R',
      '-X',
      'stream',
    ]);
    await pgRun('pg_ctl', [
      '-D',
      replicaDir,
      '-l',
      `${root}/replica.log`,
      '-w',
      '-o',
      settings(replicaPort),
      'start',
    ]);
    started.push(replicaDir);
  } catch (error) {
    await close();
    throw error;
  }
  const query = async <R>(port: number, sql: string): Promise<R[]> => {
    const client = new pg.Client({ connectionString: url(port, database) });
    await client.connect();
    try {
      return (await client.query(sql)).rows as R[];
    } finally {
      await client.end();
    }
  };
  return {
    primaryUrl: (name = database) => url(primaryPort, name),
    replicaUrl: (name = database) => url(replicaPort, name),
    onReplica: (sql) => query(replicaPort, sql),
    caughtUp: async (timeoutMs = 10_000) => {
      const [position] = await query<{ lsn: string }>(
        primaryPort,
        'select pg_current_wal_lsn()::text as lsn',
      );
      const lsn = position?.lsn ?? '0/0';
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const [row] = await query<{ done: boolean }>(
          replicaPort,
          `select pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn as done`,
        );
        if (row?.done) return;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`the replica did not replay ${lsn} within ${timeoutMs} ms`);
    },
    stopReplica: () => stop(replicaDir),
    close,
  };
}
