/**
 * The read position after a write: on a PostgreSQL server every successful write of the API
 * answers with the cookie `vedich_read_after` (the primary's WAL position), which any instance
 * reading from replicas honours; reads, refused writes and signing in set none, and the embedded
 * database has no replicas and no position. Without replicas the reading screens read `app.db`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLsn } from '../db/replicas';
import { seedWorld, type World } from './fixtures';
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

  it('a saved figure answers with the primary’s WAL position (server only), later positions after later writes', async () => {
    const first = await save(26500);
    expect(first.statusCode).toBe(200);
    revision += 1;
    const cookie = readAfter(first);
    if (backend === 'embedded') {
      expect(cookie).toBeUndefined();
      return;
    }
    expect(cookie).toMatchObject({ httpOnly: true, maxAge: 60, path: '/' });
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

  it('without replicas the reading screens read the app’s database', async () => {
    expect((await test.app.inject({ method: 'GET', url: '/api/test/read-sql' })).json()).toEqual({
      primary: true,
    });
  });
});
