/**
 * Several server processes on one database share sessions, lock-outs and data; a server
 * restarted on the same database (embedded data folder, or the same PostgreSQL database)
 * loses nothing, sessions included.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { buildDossier, seedUnitTree, TEST_ACTOR } from '../../test/factories';
import { openDatabase, type Database } from '../db/database';
import { migrate } from '../db/migrate';
import { saveDossierIn } from '../services/dossier.service';
import { createUser } from './accounts/users.service';
import { buildApp } from './app';
import { clientFor, sessionCookieOf, TEST_PASSWORD } from './testing';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../../test/server-process';

/** Seeds units, the Bỉm Sơn resolution and an editor; returns the resolution and first target. */
async function seed(db: Database): Promise<{ resolutionId: string; targetId: string }> {
  await seedUnitTree(db);
  const saved = await db.transaction((tx) => saveDossierIn(tx, TEST_ACTOR, buildDossier()));
  await createUser(db, TEST_ACTOR, {
    username: 'bimson.editor',
    password: TEST_PASSWORD,
    roles: [{ unitCode: '381', role: 'editor' }],
  });
  return { resolutionId: saved.resolutionId, targetId: saved.targetIds.t1 as string };
}

type Proc = ServerProcess;

const startProcess = (url: string) => startServerProcess({ DATABASE_URL: url });
const stopProcess = (proc: Proc) => stopServerProcess(proc.child);

describe('two server processes on one PostgreSQL database (server)', () => {
  let test: TestDatabase;
  let ids: { resolutionId: string; targetId: string };
  let a: Proc;
  let b: Proc;
  beforeAll(async () => {
    test = await openTestDatabase('server');
    ids = await seed(test.db);
    [a, b] = await Promise.all([startProcess(test.url as string), startProcess(test.url as string)]);
  });
  afterAll(async () => {
    await Promise.all([a && stopProcess(a), b && stopProcess(b)]);
    await test.close();
  });

  const login = async (base: string, password = TEST_PASSWORD) =>
    fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bimson.editor', password }),
    });

  it('shares the session: signed in on one, the cookie works on the other, and sign-out ends it on both', async () => {
    const response = await login(a.base);
    expect(response.status).toBe(200);
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    const me = await fetch(`${b.base}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ user: { username: 'bimson.editor' }, csrfToken });

    const save = await fetch(`${a.base}/api/resolutions/${ids.resolutionId}/observations`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({
        items: [
          { targetId: ids.targetId, period: '2023', value: 26500, status: 'estimate', expectedRevision: 0 },
        ],
      }),
    });
    expect(save.status).toBe(200);
    const history = await fetch(`${b.base}/api/targets/${ids.targetId}/observations?period=2023`, {
      headers: { cookie },
    });
    expect(
      ((await history.json()) as { revisions: { value: number }[] }).revisions.map((r) => r.value),
    ).toEqual([26500]);

    // The second save through B with the stale revision conflicts with A's write.
    const stale = await fetch(`${b.base}/api/resolutions/${ids.resolutionId}/observations`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({
        items: [
          { targetId: ids.targetId, period: '2023', value: 1, status: 'estimate', expectedRevision: 0 },
        ],
      }),
    });
    expect(stale.status).toBe(409);

    const out = await fetch(`${b.base}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.status).toBe(200);
    expect((await fetch(`${a.base}/api/auth/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('shares the lock-out: failures on one process lock the username on the other', async () => {
    for (let i = 0; i < 5; i += 1)
      expect((await login(i % 2 ? a.base : b.base, `sai-mat-khau-${i}`)).status).toBe(401);
    expect((await login(a.base)).status).toBe(423);
    expect((await login(b.base)).status).toBe(423);
  });
});

describe.each(BACKENDS)('restart on the same database loses nothing (%s)', (backend) => {
  let folder: string | undefined;
  let test: TestDatabase | undefined;
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
    if (test) await test.close();
  });

  const open = async (): Promise<Database> => {
    if (backend === 'embedded') return openDatabase({ dataDir: folder });
    return openDatabase({ url: test?.url });
  };

  beforeAll(async () => {
    if (backend === 'embedded') folder = await mkdtemp(path.join(tmpdir(), 'vedich-restart-'));
    else test = await openTestDatabase('server', { migrated: false });
  });

  it('keeps data, figures and the signed-in session across a restart', async () => {
    let db = await open();
    await migrate(db);
    const ids = await seed(db);
    let app = await buildApp({ db });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'bimson.editor', password: TEST_PASSWORD },
    });
    const cookie = sessionCookieOf(response);
    const { csrfToken } = response.json() as { csrfToken: string };
    const saved = await clientFor(app, cookie, csrfToken).post(
      `/api/resolutions/${ids.resolutionId}/observations`,
      {
        items: [
          {
            targetId: ids.targetId,
            period: '2023',
            value: 27000.25,
            status: 'preliminary',
            expectedRevision: 0,
          },
        ],
      },
    );
    expect(saved.statusCode).toBe(200);
    const before = (
      await clientFor(app, cookie, csrfToken).get(`/api/resolutions/${ids.resolutionId}`)
    ).json() as object;
    await app.close();
    await db.close();

    db = await open();
    expect(await migrate(db)).toEqual([]);
    app = await buildApp({ db });
    const client = clientFor(app, cookie, csrfToken);
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    const after = (await client.get(`/api/resolutions/${ids.resolutionId}`)).json() as object;
    expect(after).toEqual(before);
    const history = (await client.get(`/api/targets/${ids.targetId}/observations?period=2023`)).json() as {
      revisions: { value: number; status: string }[];
    };
    expect(history.revisions).toMatchObject([{ value: 27000.25, status: 'preliminary' }]);
    await app.close();
    await db.close();
  });
});
