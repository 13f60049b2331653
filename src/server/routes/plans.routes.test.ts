/**
 * POST /api/resolutions/:id/plans over HTTP on both databases: the plans of several targets are
 * saved together, each target's list set as PUT /api/targets/:id/plans sets it (revisions, audit
 * rows), and one bad item leaves every target as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/databases';
import { resolutionPlansAnswer } from '../../schema/api';
import { seedWorld, type World } from '../fixtures';
import { openTestApp, signIn, type Client, type TestApp } from '../testing';

const plan = (period: string, value: number, source = 'ke-hoach-nam') => ({
  period,
  kind: 'annual-plan',
  source,
  label: 'kế hoạch năm',
  value,
});

describe.each(BACKENDS)('plans of a resolution saved together (%s)', (backend) => {
  let t: TestApp;
  let world: World;
  let editor: Client;
  let growthId: string;
  let povertyId: string;
  beforeAll(async () => {
    t = await openTestApp(backend);
    world = await seedWorld(t);
    editor = await signIn(t.app, 'bimson.editor');
    growthId = world.bimSon.targetIds.t1 as string;
    povertyId = world.bimSon.targetIds.t2 as string;
  });
  afterAll(async () => t.close());

  const url = () => `/api/resolutions/${world.bimSon.resolutionId}/plans`;
  const written = async () => {
    const [revisions] = await t.database.db.query<{ n: number }>(
      'select count(*)::int as n from plan_revisions',
    );
    const [audits] = await t.database.db.query<{ n: number }>(
      "select count(*)::int as n from audit_log where action = 'plan.set'",
    );
    return { revisions: revisions?.n, audits: audits?.n };
  };

  type StoredPlan = ReturnType<typeof plan> & { targetId: string };
  const plansOf = async () =>
    (
      (await editor.get(`/api/resolutions/${world.bimSon.resolutionId}`)).json() as {
        dossier: { plans: StoredPlan[] };
      }
    ).dossier.plans;

  it('sets every target’s list in one request, with a revision and an audit row per change', async () => {
    const first = await editor.request({
      method: 'PUT',
      url: `/api/targets/${povertyId}/plans`,
      payload: { plans: [plan('2022', 1.2)] },
    });
    expect(first.statusCode).toBe(200);
    const before = await written();
    const stored = await plansOf();
    const kept = (id: string) =>
      stored.filter((p) => p.targetId === id).map(({ targetId: _target, ...fields }) => fields);
    expect(kept(povertyId)).toContainEqual(plan('2022', 1.2));

    const r = await editor.post(`${url()}?asOf=2023`, {
      items: [
        { targetId: growthId, plans: [...kept(growthId), plan('2024', 27000)] },
        // The stored plans are sent unchanged: they stay as they are, no new revision.
        { targetId: povertyId, plans: [...kept(povertyId), plan('2024', 0.7)] },
      ],
    });
    expect(r.statusCode).toBe(200);
    const body = resolutionPlansAnswer.parse(r.json());
    const shown = body.plans.map((p) => [p.targetId, p.period, p.source, p.value, p.revision]);
    expect(shown).toEqual(
      expect.arrayContaining([
        [growthId, '2024', 'ke-hoach-nam', 27000, 1],
        [povertyId, '2022', 'ke-hoach-nam', 1.2, 1],
        [povertyId, '2024', 'ke-hoach-nam', 0.7, 1],
      ]),
    );
    expect(body.plans).toHaveLength(kept(growthId).length + kept(povertyId).length + 2);
    expect(body.evaluation.asOf).toBe('2023');
    expect(await written()).toEqual({
      revisions: (before.revisions ?? 0) + 2,
      audits: (before.audits ?? 0) + 2,
    });

    // A plan left out of a target's list is recorded as deleted, as PUT does.
    const again = await editor.post(url(), { items: [{ targetId: povertyId, plans: [plan('2024', 0.7)] }] });
    expect(again.statusCode).toBe(200);
    const after = await plansOf();
    const of = (list: StoredPlan[], id: string) =>
      list
        .filter((p) => p.targetId === id)
        .map((p) => `${p.period} ${p.source}`)
        .sort();
    expect(of(after, povertyId)).toEqual(['2024 ke-hoach-nam']);
    // The target left out of this request keeps its plans.
    expect(of(after, growthId)).toEqual([...of(stored, growthId), '2024 ke-hoach-nam'].sort());
  });

  it('writes nothing when one target is not of the resolution, naming items.N.targetId', async () => {
    const before = await written();
    const stranger = world.chiLinh.targetIds.t1 as string;
    const r = await editor.post(url(), {
      items: [
        { targetId: growthId, plans: [plan('2025', 28000)] },
        { targetId: stranger, plans: [plan('2025', 5)] },
      ],
    });
    expect(r.statusCode).toBe(400);
    const error = (r.json() as { error: { code: string; issues: { path: string; message: string }[] } })
      .error;
    expect(error.code).toBe('validation_failed');
    expect(error.issues).toEqual([
      { path: 'items.1.targetId', message: 'Chỉ tiêu không thuộc nghị quyết này.' },
    ]);
    expect(await written()).toEqual(before);
  });

  it('writes nothing when a target is given twice or a later item has a bad plan', async () => {
    const before = await written();
    const twice = await editor.post(url(), {
      items: [
        { targetId: growthId, plans: [plan('2025', 28000)] },
        { targetId: growthId, plans: [plan('2026', 29000)] },
      ],
    });
    expect(twice.statusCode).toBe(400);
    const paths = (twice.json() as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path);
    expect(paths).toEqual(['items.1.targetId']);

    const duplicate = await editor.post(url(), {
      items: [
        { targetId: growthId, plans: [plan('2025', 28000)] },
        { targetId: povertyId, plans: [plan('2025', 0.6), plan('2025', 0.5)] },
      ],
    });
    expect(duplicate.statusCode).toBe(400);
    const issues = (duplicate.json() as { error: { issues: { path: string; message: string }[] } }).error
      .issues;
    expect(issues).toEqual([{ path: 'items.1.plans.1', message: 'Trùng kế hoạch cùng kỳ, cùng nguồn.' }]);
    expect(await written()).toEqual(before);
  });

  it('is for editors of the resolution’s unit', async () => {
    const before = await written();
    const items = [{ targetId: growthId, plans: [plan('2025', 28000)] }];
    const viewer = await signIn(t.app, 'bimson.viewer');
    expect((await viewer.post(url(), { items })).statusCode).toBe(403);
    const other = await signIn(t.app, 'chilinh.editor');
    expect((await other.post(url(), { items })).statusCode).toBe(403);
    expect(await written()).toEqual(before);
  });
});
