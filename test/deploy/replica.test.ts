/**
 * The deployment of docs/DEPLOY.md on one machine: a PostgreSQL primary, a streaming replica of
 * it (pg_basebackup, hot standby) and server processes: A on the primary only, B writing to the
 * primary and reading its screens from the replica (DATABASE_READ_URL), C like B but allowing
 * its replica to be 5 s behind (VEDICH_REPLICA_MAX_LAG_MS), so that a replica held back shows in
 * its answers whatever the machine's speed. A figure saved on one is read on the other, on B's
 * dashboard within a second; the one who saved reads it at once even while the replica is held
 * back; a save through B lands on the primary.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { createUser } from '../../src/server/accounts/users.service';
import { TEST_PASSWORD } from '../../src/server/testing';
import { saveDossierIn } from '../../src/services/dossier.service';
import { buildDossier, seedUnitTree, TEST_ACTOR } from '../factories';
import { binariesForTest, startReplicaCluster, type ReplicaCluster } from '../replica-cluster';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../server-process';

/** The product's bound: a saved figure is in every total within a second. */
const CURRENT_WITHIN_MS = 1000;
const POLL_MS = 10;

const bin = binariesForTest('test/deploy/replica.test.ts');

/** Units, the Bỉm Sơn resolution, an editor and a viewer; the resolution and its first target. */
async function seed(db: Database): Promise<{ resolutionId: string; targetId: string }> {
  await seedUnitTree(db);
  const saved = await db.transaction((tx) => saveDossierIn(tx, TEST_ACTOR, buildDossier()));
  await createUser(db, TEST_ACTOR, {
    username: 'bimson.editor',
    password: TEST_PASSWORD,
    roles: [{ unitCode: '381', role: 'editor' }],
  });
  await createUser(db, TEST_ACTOR, {
    username: 'bimson.viewer',
    password: TEST_PASSWORD,
    roles: [{ unitCode: '381', role: 'viewer' }],
  });
  return { resolutionId: saved.resolutionId, targetId: saved.targetIds.t1 as string };
}

type Proc = ServerProcess;

/** Every server process started, stopped in afterAll even when another failed to start. */
const started: ChildProcess[] = [];

// Three servers start at once on a busy machine (each transforms TypeScript and migrates).
const startProcess = (env: Record<string, string>) =>
  startServerProcess(env, { timeoutMs: 240_000, onSpawn: (child) => started.push(child) });
const stopProcess = stopServerProcess;

/** A browser of one user: its cookies (the session, and the read position after a write). */
class Browser {
  private readonly cookies = new Map<string, string>();
  csrfToken = '';

  static async signIn(base: string, username: string): Promise<Browser> {
    const browser = new Browser();
    const response = await browser.send(base, '/api/auth/login', 'POST', {
      username,
      password: TEST_PASSWORD,
    });
    expect(response.status).toBe(200);
    browser.csrfToken = ((await response.json()) as { csrfToken: string }).csrfToken;
    return browser;
  }

  /** The cookies it holds, by name. */
  has(name: string): boolean {
    return this.cookies.has(name);
  }

  async send(base: string, url: string, method = 'GET', body?: unknown): Promise<Response> {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrfToken }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = (pair ?? '').indexOf('=');
      if (at > 0) this.cookies.set((pair as string).slice(0, at), (pair as string).slice(at + 1));
    }
    return response;
  }
}

describe.skipIf(!bin)('a primary, a streaming replica and three server instances', () => {
  let cluster: ReplicaCluster | undefined;
  let ids: { resolutionId: string; targetId: string };
  let a: Proc | undefined;
  let b: Proc | undefined;
  let c: Proc | undefined;
  let revision = 0;

  beforeAll(async () => {
    cluster = await startReplicaCluster(bin as string);
    const db = await openDatabase({ url: cluster.primaryUrl() });
    try {
      await migrate(db);
      ids = await seed(db);
    } finally {
      await db.close();
    }
    await cluster.caughtUp();
    const primary = cluster.primaryUrl();
    const replica = cluster.replicaUrl();
    [a, b, c] = await Promise.all([
      startProcess({ DATABASE_URL: primary, DATABASE_READ_URL: '', VEDICH_REPLICA_MAX_LAG_MS: '' }),
      startProcess({ DATABASE_URL: primary, DATABASE_READ_URL: replica, VEDICH_REPLICA_MAX_LAG_MS: '' }),
      startProcess({ DATABASE_URL: primary, DATABASE_READ_URL: replica, VEDICH_REPLICA_MAX_LAG_MS: '5000' }),
    ]);
  }, 300_000);
  afterAll(async () => {
    await Promise.all(started.map(stopProcess));
    await cluster?.close();
  });

  /** The figure in force of the first target for 2023 (every save here is an estimate, so the
   * newest revision) on a server's dashboard read, as the browser sees it. */
  const figureOn = async (proc: Proc, browser: Browser): Promise<unknown> => {
    const response = await browser.send(proc.base, `/api/resolutions/${ids.resolutionId}`);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as {
      dossier: { observations?: { targetId: string; period: string; value: unknown; revision: number }[] };
    };
    const revisions = (answer.dossier.observations ?? [])
      .filter((o) => o.targetId === ids.targetId && o.period === '2023')
      .sort((x, y) => y.revision - x.revision);
    return revisions[0]?.value;
  };

  const save = async (proc: Proc, browser: Browser, value: number): Promise<number> => {
    const response = await browser.send(
      proc.base,
      `/api/resolutions/${ids.resolutionId}/observations`,
      'POST',
      {
        items: [
          { targetId: ids.targetId, period: '2023', value, status: 'estimate', expectedRevision: revision },
        ],
      },
    );
    expect(response.status, await response.clone().text()).toBe(200);
    revision += 1;
    return performance.now();
  };

  /** Reads until the figure shows; the milliseconds it took from `since`. */
  const untilShown = async (proc: Proc, browser: Browser, value: number, since: number): Promise<number> => {
    while (performance.now() - since < 10_000) {
      if ((await figureOn(proc, browser)) === value) return performance.now() - since;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    throw new Error(`${value} did not show on ${proc.base} within 10 s`);
  };

  it('a figure saved on A shows on the dashboard another user reads on B (from the replica) within a second', async () => {
    const [editor, viewer] = [
      await Browser.signIn((a as Proc).base, 'bimson.editor'),
      await Browser.signIn((b as Proc).base, 'bimson.viewer'),
    ];
    expect(await figureOn(b as Proc, viewer)).toBeUndefined();
    expect(await (await fetch(`${(b as Proc).base}/api/health`)).json()).toMatchObject({
      status: 'ok',
      replicas: [{ state: 'current' }],
    });
    const savedAt = await save(a as Proc, editor, 26500);
    // A, on the primary, tells the browser where its write is, for whichever instance reads next.
    expect(editor.has('vedich_read_after')).toBe(true);
    const took = await untilShown(b as Proc, viewer, 26500, savedAt);
    console.log(
      `figure saved on A, shown on B's dashboard read from the replica after ${took.toFixed(0)} ms`,
    );
    expect(took).toBeLessThan(CURRENT_WITHIN_MS);
  });

  it('the one who saved reads it at once while the replica is held back; others on B within a second', async () => {
    const live = cluster as ReplicaCluster;
    const editor = await Browser.signIn((a as Proc).base, 'bimson.editor');
    const [viewerB, viewerC] = [
      await Browser.signIn((b as Proc).base, 'bimson.viewer'),
      await Browser.signIn((c as Proc).base, 'bimson.viewer'),
    ];
    expect(await figureOn(c as Proc, viewerC)).toBe(26500);
    await live.onReplica('select pg_wal_replay_pause()');
    try {
      const savedAt = await save(a as Proc, editor, 27100);
      // B leaves a replica more than half a second behind to the primary: another reader sees
      // the figure within a second.
      const took = await untilShown(b as Proc, viewerB, 27100, savedAt);
      console.log(`replica held back: another reader on B saw the figure after ${took.toFixed(0)} ms`);
      expect(took).toBeLessThan(CURRENT_WITHIN_MS);
      // B's health says its replica is behind (so not read from) and stays healthy.
      const health = (await (await fetch(`${(b as Proc).base}/api/health`)).json()) as {
        status: string;
        replicas: { state: string }[];
      };
      expect(health).toMatchObject({ status: 'ok', changes: 'live', replicas: [{ state: 'behind' }] });
      // C, allowing 5 s, still reads the replica, which has not replayed the write…
      expect(await figureOn(c as Proc, viewerC)).toBe(26500);
      // …except for the one who saved: their reads go to the primary until the replica has it.
      expect(await figureOn(c as Proc, editor)).toBe(27100);
      expect(performance.now() - savedAt).toBeLessThan(5000);
    } finally {
      await live.onReplica('select pg_wal_replay_resume()');
    }
    await live.caughtUp();
    expect(await untilShown(c as Proc, viewerC, 27100, performance.now())).toBeLessThan(CURRENT_WITHIN_MS);
    // B's log said when the replica fell behind and (within its next checks) caught up again.
    const log = () => (b as Proc).output.join('');
    expect(log()).toContain('chậm hơn máy chủ chính quá mức cho phép');
    const caughtUpSaid = () => log().lastIndexOf('theo kịp máy chủ chính') > log().indexOf('chậm hơn');
    for (let i = 0; i < 100 && !caughtUpSaid(); i += 1) await new Promise((r) => setTimeout(r, 20));
    expect(caughtUpSaid()).toBe(true);
  });

  it('a save through B goes to the primary and is read back on A', async () => {
    const editor = await Browser.signIn((b as Proc).base, 'bimson.editor');
    const reader = await Browser.signIn((a as Proc).base, 'bimson.viewer');
    await save(b as Proc, editor, 28250.5);
    expect(await figureOn(a as Proc, reader)).toBe(28250.5);
    expect(await figureOn(b as Proc, editor)).toBe(28250.5);
  });
});
