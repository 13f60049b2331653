import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/databases';
import {
  figuresSavedAnswer,
  overrideAnswer,
  overrideWithdrawnAnswer,
  revisionConflictDetails,
} from '../../schema/api';
import { seedWorld, type World } from '../fixtures';
import { openTestApp, signIn, type Client, type TestApp } from '../testing';

describe.each(BACKENDS)('figures, plans and overrides over HTTP (%s)', (backend) => {
  let t: TestApp;
  let world: World;
  let editor: Client;
  let approver: Client;
  let growthId: string;
  let povertyId: string;
  beforeAll(async () => {
    t = await openTestApp(backend);
    world = await seedWorld(t);
    editor = await signIn(t.app, 'bimson.editor');
    approver = await signIn(t.app, 'bimson.approver');
    growthId = world.bimSon.targetIds.t1 as string;
    povertyId = world.bimSon.targetIds.t2 as string;
  });
  afterAll(async () => t.close());

  const url = () => `/api/resolutions/${world.bimSon.resolutionId}/observations`;

  it('saves a batch and answers the new revisions with the whole resolution evaluated after the save', async () => {
    const r = await editor.post(`${url()}?asOf=2023`, {
      items: [
        { targetId: growthId, period: '2023', value: 27500.5, status: 'estimate', expectedRevision: 0 },
        {
          targetId: povertyId,
          period: '2023',
          value: 0.9,
          status: 'estimate',
          expectedRevision: 0,
          source: 'Phòng LĐ',
        },
      ],
    });
    expect(r.statusCode).toBe(200);
    const body = figuresSavedAnswer.parse(r.json());
    expect(body.revisions.map((x) => [x.revision, x.value])).toEqual([
      [1, 27500.5],
      [1, 0.9],
    ]);
    expect(body.revisions[0]?.recordedByName).toBe('bimson.editor');
    expect(body.evaluation.asOf).toBe('2023');
    // The same evaluation a reload of the resolution gives: every target, summary, narrative.
    const reloaded = (await editor.get(`/api/resolutions/${world.bimSon.resolutionId}?asOf=2023`)).json() as {
      evaluation: unknown;
    };
    expect(body.evaluation).toEqual(reloaded.evaluation);
    expect(body.evaluation.targets.find((e) => e.target.id === povertyId)?.latest?.value).toBe(0.9);
  });

  it('answers 409 with the current value when someone saved in between, and writes nothing of the batch', async () => {
    const first = await editor.post(url(), {
      items: [
        { targetId: growthId, period: '2023', value: 27600, status: 'preliminary', expectedRevision: 1 },
      ],
    });
    expect(first.statusCode).toBe(200);
    const count = async () =>
      (await t.database.db.query('select count(*)::int as n from observation_revisions'))[0];
    const before = await count();
    const second = await approver.post(url(), {
      items: [
        { targetId: povertyId, period: '2024', value: 0.8, status: 'estimate', expectedRevision: 0 },
        { targetId: growthId, period: '2023', value: 99999, status: 'preliminary', expectedRevision: 1 },
      ],
    });
    expect(second.statusCode).toBe(409);
    const error = (second.json() as { error: { code: string; message: string; details: unknown } }).error;
    expect(error.code).toBe('revision_conflict');
    expect(error.message).toMatch(/người khác/);
    // The details the web reads (its RevisionConflict type comes from this schema).
    const details = revisionConflictDetails.parse(error.details);
    expect(details.conflicts).toHaveLength(1);
    expect(details.conflicts[0]).toMatchObject({
      targetId: growthId,
      current: { value: 27600, revision: 2 },
    });
    expect(await count()).toEqual(before);
  });

  it('reports per-item problems at items.N.field and writes nothing', async () => {
    const r = await editor.post(url(), {
      items: [
        { targetId: growthId, period: '2024', value: 1, status: 'estimate', expectedRevision: 0 },
        { targetId: growthId, period: '2024-Q5', value: 'nhiều', status: 'guess', expectedRevision: -1 },
      ],
    });
    expect(r.statusCode).toBe(400);
    const paths = (r.json() as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['items.1.period', 'items.1.status', 'items.1.expectedRevision']),
    );
    const rows = await t.database.db.query("select 1 from observation_revisions where period = '2024'");
    expect(rows).toHaveLength(0);
  });

  it('sets plans and answers the target evaluation with the plan comparison', async () => {
    const r = await editor.request({
      method: 'PUT',
      url: `/api/targets/${growthId}/plans?asOf=2023`,
      payload: {
        plans: [
          {
            period: '2023',
            kind: 'annual-plan',
            source: 'ke-hoach-nam',
            label: 'kế hoạch năm',
            value: 27000,
          },
        ],
      },
    });
    expect(r.statusCode).toBe(200);
    const body = r.json() as { plans: { source: string }[]; evaluation: { target: { id: string } } };
    expect(body.plans.map((p) => p.source)).toEqual(['ke-hoach-nam']);
    expect(body.evaluation.target.id).toBe(growthId);
  });

  it('records a final label with its reason (approver), keeps the suggestion, and can withdraw it', async () => {
    const payload = { scheme: 'light', label: 'orange', reason: 'Cấp ủy đánh giá còn khó khăn' };
    expect((await editor.post(`/api/targets/${povertyId}/overrides`, payload)).statusCode).toBe(403);
    const r = await approver.post(`/api/targets/${povertyId}/overrides?asOf=2023`, payload);
    expect(r.statusCode).toBe(201);
    const body = overrideAnswer.parse(r.json());
    expect(body.override).toMatchObject({ label: 'orange', reason: 'Cấp ủy đánh giá còn khó khăn' });
    expect(body.evaluation?.final.light).toBe('orange');
    // The whole resolution after the decision, for the counts and the narrative of the review.
    expect(body.resolutionEvaluation.asOf).toBe('2023');
    const inWhole = body.resolutionEvaluation.targets.find((e) => e.target.id === povertyId);
    expect(inWhole).toEqual(body.evaluation);
    const withdrawn = await approver.post(`/api/targets/${povertyId}/overrides/withdraw?asOf=2023`, {
      scheme: 'light',
      reason: 'Nhập nhầm',
    });
    expect(withdrawn.statusCode).toBe(200);
    const after = overrideWithdrawnAnswer.parse(withdrawn.json());
    expect(after.evaluation?.final.overridden).toEqual([]);
    expect(after.resolutionEvaluation.targets.find((e) => e.target.id === povertyId)).toEqual(
      after.evaluation,
    );
    const history = (await editor.get(`/api/targets/${povertyId}/overrides`)).json() as {
      overrides: unknown[];
    };
    expect(history.overrides.length).toBeGreaterThanOrEqual(2);
  });

  it('lets the unit admin read the audit log of the changes, with who and from where', async () => {
    const admin = await signIn(t.app, 'bimson.admin');
    const r = await admin.get('/api/audit?unit=381&limit=50');
    expect(r.statusCode).toBe(200);
    const entries = (r.json() as { entries: { action: string; actorName: string | null; origin: string }[] })
      .entries;
    const saved = entries.find((e) => e.action.startsWith('observation'));
    expect(saved?.actorName).toBe('bimson.editor');
    expect(saved?.origin).toBe('127.0.0.1');
    expect((await editor.get('/api/audit?unit=381')).statusCode).toBe(403);
  });
});
