/**
 * The read position after a write: on a PostgreSQL server every successful write of the API
 * answers with the cookie `vedich_read_after` (the primary's WAL position), which any instance
 * reading from replicas honours (on the embedded database, no replicas and no position: `0/0`);
 * reads, refused writes and signing in set none. Whoever carries it never gets a cached screen's
 * previous answer. Without replicas the reading screens read `app.db`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLsn } from '../db/replicas';
import { seedWorld, type World } from './fixtures';
import { readEvaluated } from './evaluation';
import { installReadRouting, READ_AFTER_COOKIE, readSql } from './read-routing';
import { openTestApp, signIn, type Client, type TestApp } from './testing';

describe.each(['server', 'embedded'] as const)('the read position after a write (%s)', (backend) => {
  let test: TestApp;
  let world: World;
  let editor: Client;
  let revision = 0;
  beforeAll(async () => {
    test = await openTestApp(backend);
    installReadRouting(test.app);
    test.app.get('/api/test/read-sql', { config: { access: 'public' } }, async (request) => ({
      primary: (await readSql(request)) === test.app.db,
    }));
    world = await seedWorld(test);
    editor = await signIn(test.app, 'bimson.editor');
  });
  afterAll(async () => test?.close());

  const readAfter = (response: {
    cookies: { name: string; value: string; maxAge?: number; httpOnly?: boolean }[];
  }) => response.cookies.find((c) => c.name === READ_AFTER_COOKIE);
  const save = (value: number, expectedRevision = revision) =>
    editor.post(`/api/resolutions/${world.bimSon.resolutionId}/observations`, {
      items: [
        {
          targetId: world.bimSon.targetIds.t1,
          period: '2023',
          value,
          status: 'estimate',
          expectedRevision,
        },
      ],
    });

  /** The figure in force of the first target for 2023 (estimates only: the newest revision). */
  const figureIn = (dossier: {
    observations?: { targetId: string; period: string; value: unknown; revision: number }[];
  }) =>
    (dossier.observations ?? [])
      .filter((o) => o.targetId === world.bimSon.targetIds.t1 && o.period === '2023')
      .sort((x, y) => y.revision - x.revision)[0]?.value;

  it('a saved figure answers with the primary’s WAL position (0/0 on the embedded database), later positions after later writes', async () => {
    const first = await save(26500);
    expect(first.statusCode).toBe(200);
    revision += 1;
    const cookie = readAfter(first);
    expect(cookie).toMatchObject({ httpOnly: true, maxAge: 60, path: '/' });
    if (backend === 'embedded') {
      expect(cookie?.value).toBe('0/0');
      return;
    }
    const position = parseLsn(cookie?.value);
    expect(position).not.toBeNull();
    const second = await save(27000);
    revision += 1;
    expect(parseLsn(readAfter(second)?.value) as bigint).toBeGreaterThan(position as bigint);
  });

  it('reads, refused writes and signing in answer without it', async () => {
    const read = await editor.get(`/api/resolutions/${world.bimSon.resolutionId}`);
    expect(read.statusCode).toBe(200);
    expect(readAfter(read)).toBeUndefined();
    const stale = await save(1, 0);
    expect(stale.statusCode).toBe(409);
    expect(readAfter(stale)).toBeUndefined();
    const login = await test.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'bimson.viewer', password: 'mat-khau-thu-nghiem' },
    });
    expect(login.statusCode).toBe(200);
    expect(readAfter(login)).toBeUndefined();
  });

  it('the one who saved reads their figure even while another reader’s reload of the dashboard is under way', async () => {
    const viewer = await signIn(test.app, 'bimson.viewer');
    const url = `/api/resolutions/${world.bimSon.resolutionId}`;
    const figure = (response: { json(): unknown }) =>
      figureIn((response.json() as { dossier: object }).dossier);
    for (const value of [31000, 32000, 33000]) {
      expect(figure(await viewer.get(url))).not.toBe(value); // the previous answer is kept
      const saved = await save(value);
      expect(saved.statusCode).toBe(200);
      revision += 1;
      const position = readAfter(saved)?.value;
      const own = { cookie: `${editor.cookie}${position ? `; ${READ_AFTER_COOKIE}=${position}` : ''}` };
      // Another reader starts the reload; the one who saved reads while it runs.
      const other = viewer.get(url);
      await new Promise((resolve) => setTimeout(resolve, 5));
      const mine = await editor.request({ method: 'GET', url, headers: own });
      expect(figure(mine)).toBe(value);
      expect((await other).statusCode).toBe(200);
    }
  });

  it('a fresh read never gets the previous answer that other readers get while a newer one loads', async () => {
    const db = test.database.db;
    const id = world.bimSon.resolutionId;
    await readEvaluated(db, id);
    expect((await save(34000)).statusCode).toBe(200);
    revision += 1;
    const first = readEvaluated(db, id); // starts loading the newer answer
    const other = readEvaluated(db, id); // meanwhile, the previous one
    const own = readEvaluated(db, id, undefined, { fresh: true });
    expect(figureIn((await own).dossier)).toBe(34000);
    expect(figureIn((await first).dossier)).toBe(34000);
    expect(figureIn((await other).dossier)).not.toBe(34000);
  });

  it('without replicas the reading screens read the app’s database', async () => {
    expect((await test.app.inject({ method: 'GET', url: '/api/test/read-sql' })).json()).toEqual({
      primary: true,
    });
  });
});
