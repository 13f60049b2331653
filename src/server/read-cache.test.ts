import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../test/databases';
import { seedWorld, type World } from './fixtures';
import { readThrough } from './read-cache';
import { openTestApp, signIn, type Client, type TestApp } from './testing';

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
