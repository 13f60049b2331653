import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../test/databases';
import { seedWorld, type World } from './fixtures';
import type { FastifyInstance } from 'fastify';
import { changeFeedOf, noteChange } from '../db/change-feed';
import { openDatabase, type Database } from '../db/database';
import { buildApp } from './app';
import { readThrough } from './read-cache';
import { clientFor, openTestApp, signIn, type Client, type TestApp } from './testing';

describe.each(BACKENDS)('the dashboard read kept between writes (%s)', (backend) => {
  let t: TestApp;
  let world: World;
  let editor: Client;
  beforeAll(async () => {
    t = await openTestApp(backend);
    world = await seedWorld(t);
    editor = await signIn(t.app, 'bimson.editor');
  });
  afterAll(async () => t.close());

  it('loads once while nothing is written, and again as soon as anything is', async () => {
    let loads = 0;
    const load = async () => ++loads;
    expect(await readThrough(t.database.db, 'k', load)).toBe(1);
    expect(await readThrough(t.database.db, 'k', load)).toBe(1);
    const growthId = world.bimSon.targetIds.t1 as string;
    const saved = await editor.post(`/api/resolutions/${world.bimSon.resolutionId}/observations`, {
      items: [{ targetId: growthId, period: '2024', value: 1, status: 'estimate', expectedRevision: 0 }],
    });
    expect(saved.statusCode).toBe(200);
    expect(await readThrough(t.database.db, 'k', load)).toBe(2);
  });

  it('shows a saved figure on the very next read of the resolution', async () => {
    const url = `/api/resolutions/${world.bimSon.resolutionId}?asOf=2025`;
    const before = (await editor.get(url)).json() as {
      dossier: { observations: { period: string; value: unknown }[] };
    };
    const povertyId = world.bimSon.targetIds.t2 as string;
    const saved = await editor.post(`/api/resolutions/${world.bimSon.resolutionId}/observations`, {
      items: [{ targetId: povertyId, period: '2025', value: 0.77, status: 'estimate', expectedRevision: 0 }],
    });
    expect(saved.statusCode).toBe(200);
    const after = (await editor.get(url)).json() as {
      dossier: { observations: { period: string; value: unknown }[] };
    };
    expect(before.dossier.observations.some((o) => o.period === '2025' && o.value === 0.77)).toBe(false);
    expect(after.dossier.observations.some((o) => o.period === '2025' && o.value === 0.77)).toBe(true);
  });
});

describe.each(BACKENDS)('reads answered from memory between writes (%s)', (backend) => {
  let t: TestApp;
  let world: World;
  let editor: Client;
  let queries: string[];
  let counted: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await openTestApp(backend);
    world = await seedWorld(t);
    queries = [];
    const db = t.database.db;
    // The same database, every statement of the second app written down.
    counted = {
      ...db,
      query: (text, params) => {
        queries.push(text);
        return db.query(text, params);
      },
    };
    app = await buildApp({ db: counted, config: { now: () => t.clock.now } });
    editor = await signIn(app, 'bimson.editor');
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('asks the database nothing for a resolution read again, session and access included', async () => {
    const url = `/api/resolutions/${world.bimSon.resolutionId}`;
    expect((await editor.get(url)).statusCode).toBe(200);
    queries.length = 0;
    const again = await editor.get(url);
    expect(again.statusCode).toBe(200);
    expect(queries).toEqual([]);
  });

  it('reads again after a write of this instance, before its notification could arrive', async () => {
    const url = `/api/resolutions/${world.bimSon.resolutionId}`;
    await editor.get(url);
    const saved = await editor.post(`${url}/observations`, {
      items: [
        {
          targetId: world.bimSon.targetIds.t1 as string,
          period: '2024',
          value: 3,
          status: 'estimate',
          expectedRevision: 0,
        },
      ],
    });
    expect(saved.statusCode).toBe(200);
    const after = (await editor.get(url)).json() as {
      dossier: { observations: { targetId: string; period: string }[] };
    };
    expect(
      after.dossier.observations.some((o) => o.targetId === world.bimSon.targetIds.t1 && o.period === '2024'),
    ).toBe(true);
  });

  it('keeps a unit’s resolution in memory while another unit’s figures are saved, and reads it again after its own', async () => {
    const url = `/api/resolutions/${world.bimSon.resolutionId}`;
    const viewer = await signIn(app, 'bimson.viewer');
    expect((await viewer.get(url)).statusCode).toBe(200);
    const chiLinh = await signIn(app, 'chilinh.editor');
    const elsewhere = await chiLinh.post(`/api/resolutions/${world.chiLinh.resolutionId}/observations`, {
      items: [
        {
          targetId: Object.values(world.chiLinh.targetIds)[0] as string,
          period: '2024-Q2',
          value: 5,
          status: 'estimate',
          expectedRevision: 0,
        },
      ],
    });
    expect(elsewhere.statusCode, elsewhere.body).toBe(200);
    queries.length = 0;
    expect((await viewer.get(url)).statusCode).toBe(200);
    // Which units changed is read once (the audit rows since the last look); Bỉm Sơn is not loaded.
    expect(queries.filter((q) => /observation_revisions|from targets/.test(q))).toEqual([]);
    const own = await editor.post(`${url}/observations`, {
      items: [
        {
          targetId: world.bimSon.targetIds.t2 as string,
          period: '2024-Q2',
          value: 1.5,
          status: 'estimate',
          expectedRevision: 0,
        },
      ],
    });
    expect(own.statusCode, own.body).toBe(200);
    queries.length = 0;
    const read = (await viewer.get(url)).json() as { dossier: { observations: { period: string }[] } };
    expect(queries.some((q) => /observation_revisions/.test(q))).toBe(true);
    expect(read.dossier.observations.some((o) => o.period === '2024-Q2')).toBe(true);
  });

  it('serves the previous answer to readers who arrive while the next one loads, then the next one', async () => {
    const db = t.database.db;
    // Each load waits until the test lets it finish.
    const gates = new Map<number, () => void>();
    const slow = (value: number) => () =>
      new Promise<number>((resolve) => gates.set(value, () => resolve(value)));
    const open = async (value: number) => {
      while (!gates.has(value)) await new Promise((resolve) => setTimeout(resolve, 1));
      gates.get(value)?.();
    };
    const first = readThrough(db, 'slow', slow(1));
    await open(1);
    expect(await first).toBe(1);
    noteChange(db);
    const waiting = readThrough(db, 'slow', slow(2)); // the first reader after the change waits
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await readThrough(db, 'slow', slow(3))).toBe(1); // others get the previous answer
    expect(gates.has(3)).toBe(false);
    await open(2);
    expect(await waiting).toBe(2);
    expect(await readThrough(db, 'slow', slow(4))).toBe(2);
  });
});

describe("several instances learn of each other's writes at once (server)", () => {
  let t: TestApp;
  let world: World;
  let other: Database;
  let appB: FastifyInstance;
  beforeAll(async () => {
    t = await openTestApp('server');
    world = await seedWorld(t);
    other = await openDatabase({ url: t.database.url as string });
    appB = await buildApp({ db: other, config: { now: () => t.clock.now } });
  });
  afterAll(async () => {
    await appB.close();
    await other.close();
    await t.close();
  });

  async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
    const start = Date.now();
    while (!(await check())) {
      if (Date.now() - start > ms) throw new Error(`not seen within ${ms} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return Date.now() - start;
  }

  it('shows a figure saved on one instance on the other within a second', async () => {
    const onA = await signIn(t.app, 'bimson.editor');
    const onB = await signIn(appB, 'bimson.editor');
    const url = `/api/resolutions/${world.bimSon.resolutionId}`;
    expect((await onA.get(url)).statusCode).toBe(200);
    const before = changeFeedOf(t.database.db)?.version ?? -1;
    const saved = await onB.post(`${url}/observations`, {
      items: [
        {
          targetId: world.bimSon.targetIds.t1 as string,
          period: '2024-Q3',
          value: 7,
          status: 'estimate',
          expectedRevision: 0,
        },
      ],
    });
    expect(saved.statusCode).toBe(200);
    await within(1000, async () => {
      const read = (await onA.get(url)).json() as { dossier: { observations: { period: string }[] } };
      return read.dossier.observations.some((o) => o.period === '2024-Q3');
    });
    expect(changeFeedOf(t.database.db)?.version).toBeGreaterThan(before);
  });

  it('refuses a session signed out on the other instance within a second', async () => {
    const onA = await signIn(t.app, 'bimson.editor');
    expect((await onA.get('/api/auth/me')).statusCode).toBe(200);
    const out = await clientFor(appB, onA.cookie, onA.csrfToken).post('/api/auth/logout');
    expect(out.statusCode).toBeLessThan(300);
    await within(1000, async () => (await onA.get('/api/auth/me')).statusCode === 401);
  });
});
