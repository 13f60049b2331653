/**
 * Reads on streaming replicas: a replica is used while it is current enough, a reader who has
 * just written reads from the primary until the replica has replayed the write, and a replica
 * that lags, is gone or is not a standby at all leaves the reads to the primary. On a real primary
 * and streaming replica (test/replica-cluster.ts), with a clock the test moves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binariesForTest, startReplicaCluster, type ReplicaCluster } from '../../test/replica-cluster';
import { openDatabase, type Database, type Sql } from './database';
import { formatLsn, parseLsn, readUrlsFrom, ReadReplicas, writePosition } from './replicas';

describe('WAL positions and DATABASE_READ_URL', () => {
  it('reads and prints positions as PostgreSQL does, and compares them as numbers', () => {
    expect(parseLsn('0/3016038')).toBe(0x3016038n);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
    expect(formatLsn(parseLsn('16/B374D848') as bigint)).toBe('16/B374D848');
    // 0/FFFFFFFF is before 1/0 although it is the longer text.
    expect((parseLsn('0/FFFFFFFF') as bigint) < (parseLsn('1/0') as bigint)).toBe(true);
    for (const bad of ['', '0', '0/', 'x/1', '0/123456789', '0/1; drop table x', null, 7])
      expect(parseLsn(bad)).toBeNull();
  });

  it('takes one or several comma-separated URLs', () => {
    expect(readUrlsFrom(undefined)).toEqual([]);
    expect(readUrlsFrom(' postgres://a/x , ,postgres://b/x')).toEqual(['postgres://a/x', 'postgres://b/x']);
  });
});

const bin = binariesForTest('src/db/replicas.test.ts');

describe.skipIf(!bin)('reads on a streaming replica', () => {
  let cluster: ReplicaCluster;
  let primary: Database;
  let replicas: ReadReplicas;
  const clock = { now: 1_000_000 };
  const heard: string[] = [];
  /** Waits for the replica to replay everything and checks again (the primary may write WAL of
   * its own between two looks, e.g. a checkpoint). */
  const settle = async () => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      await cluster.caughtUp();
      await replicas.check();
      if (replicas.status()[0]?.lagMs === 0) return;
    }
  };
  const onStandby = async (sql: Sql) =>
    ((await sql.query<{ r: boolean }>('select pg_is_in_recovery() as r'))[0] as { r: boolean }).r;

  beforeAll(async () => {
    cluster = await startReplicaCluster(bin as string);
    primary = await openDatabase({ url: cluster.primaryUrl() });
    await primary.exec('create table figure (id int primary key, value numeric)');
    await cluster.caughtUp();
    replicas = await ReadReplicas.open(primary, [cluster.replicaUrl()], {
      maxLagMs: 500,
      checkEveryMs: 0,
      now: () => clock.now,
      onChange: (status) => heard.push(status.state),
    });
    await settle();
  });
  afterAll(async () => {
    await replicas?.close();
    await primary?.close();
    await cluster?.close();
  });

  it('reads from the replica while it is current, and every read inside a write stays on the primary', async () => {
    expect(replicas.status()).toMatchObject([{ state: 'current', lagMs: 0 }]);
    expect(await onStandby(await replicas.forRead())).toBe(true);
    expect(await onStandby(replicas.primary)).toBe(false);
  });

  it('sends a reader who has just written to the primary until the replica has replayed the write', async () => {
    await cluster.onReplica('select pg_wal_replay_pause()');
    try {
      await primary.query('insert into figure values (1, 26500)');
      const written = await writePosition(primary);
      expect(parseLsn(written)).not.toBeNull();

      // The writer reads the primary (the replica has not replayed the write) and sees the figure.
      const forWriter = await replicas.forRead(written);
      expect(await onStandby(forWriter)).toBe(false);
      expect(await forWriter.query('select value from figure')).toEqual([{ value: '26500' }]);

      // Another reader may still read the replica, for at most the allowed lag.
      await replicas.check();
      const other = await replicas.forRead();
      expect(await onStandby(other)).toBe(true);
      expect(await other.query('select value from figure')).toEqual([]);
      clock.now += 400;
      await replicas.check();
      expect(await onStandby(await replicas.forRead())).toBe(true);
      clock.now += 200;
      await replicas.check();
      expect(replicas.status()).toMatchObject([{ state: 'behind' }]);
      const later = await replicas.forRead();
      expect(await onStandby(later)).toBe(false);
      expect(await later.query('select value from figure')).toEqual([{ value: '26500' }]);
    } finally {
      await cluster.onReplica('select pg_wal_replay_resume()');
    }

    // Once the replica has replayed it, the writer reads the replica again, and sees the figure.
    clock.now += 100;
    await settle();
    expect(replicas.status()).toMatchObject([{ state: 'current', lagMs: 0 }]);
    const written = await writePosition(primary);
    await cluster.caughtUp();
    const again = await replicas.forRead(written);
    expect(await onStandby(again)).toBe(true);
    expect(await again.query('select value from figure')).toEqual([{ value: '26500' }]);
    // Each change of state was told once (for the server's log).
    expect(heard.slice(-3)).toEqual(['current', 'behind', 'current']);
    expect(heard.filter((state, i) => state === heard[i - 1])).toEqual([]);
  });

  it('a position that is no position (a forged cookie) reads like any reader', async () => {
    expect(await onStandby(await replicas.forRead('not-a-position'))).toBe(true);
  });

  it('never reads from a server that is not a standby, nor from one that does not answer', async () => {
    const misnamed = await ReadReplicas.open(
      primary,
      [cluster.primaryUrl(), 'postgres://postgres@127.0.0.1:1/vedich'],
      { checkEveryMs: 0, now: () => clock.now },
    );
    try {
      expect(misnamed.status().map((s) => s.state)).toEqual(['not-standby', 'unreachable']);
      expect(await misnamed.forRead()).toBe(primary);
    } finally {
      await misnamed.close();
    }
  });

  it('runs a read on the primary when the replica goes away under it', async () => {
    const sql = await replicas.forRead();
    expect(await onStandby(sql)).toBe(true);
    await cluster.stopReplica();
    expect(await sql.query('select value from figure')).toEqual([{ value: '26500' }]);
    expect(await onStandby(sql)).toBe(false);
    await replicas.check();
    expect(replicas.status()).toMatchObject([{ state: 'unreachable' }]);
    expect(await replicas.forRead()).toBe(primary);
  });
});
