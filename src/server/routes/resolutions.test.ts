import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/databases';
import type { DossierEvaluation } from '../../core';
import { exampleParts, seedWorld, type World } from '../fixtures';
import { openTestApp, signIn, type Client, type TestApp } from '../testing';

describe.each(BACKENDS)('resolutions and targets over HTTP (%s)', (backend) => {
  let t: TestApp;
  let world: World;
  let editor: Client;
  let approver: Client;
  beforeAll(async () => {
    t = await openTestApp(backend);
    world = await seedWorld(t);
    editor = await signIn(t.app, 'bimson.editor');
    approver = await signIn(t.app, 'bimson.approver');
  });
  afterAll(async () => t.close());

  it('returns the dossier with the core evaluation, as of the latest period by default or ?asOf', async () => {
    const r = await editor.get(`/api/resolutions/${world.bimSon.resolutionId}`);
    expect(r.statusCode).toBe(200);
    const body = r.json() as { dossier: { targets: unknown[] }; evaluation: DossierEvaluation };
    expect(body.dossier.targets).toHaveLength(6);
    expect(body.evaluation.asOf).toBe('2023');
    expect(body.evaluation.targets).toHaveLength(6);
    const early = (await editor.get(`/api/resolutions/${world.bimSon.resolutionId}?asOf=2021`)).json() as {
      evaluation: DossierEvaluation;
    };
    expect(early.evaluation.asOf).toBe('2021');
    const growth = early.evaluation.targets.find((e) => e.target.code === '1');
    expect(growth?.latest?.period).toBe('2021');
  });

  it('refuses a malformed asOf with a located Vietnamese issue', async () => {
    const r = await editor.get(`/api/resolutions/${world.bimSon.resolutionId}?asOf=2023-Q7`);
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ error: { code: 'validation_failed', issues: [{ path: 'asOf' }] } });
  });

  it('lists the resolutions of a unit, and of its subtree for the province admin', async () => {
    const own = (await editor.get('/api/units/381/resolutions')).json() as { resolutions: { id: string }[] };
    expect(own.resolutions.map((r) => r.id)).toEqual([world.bimSon.resolutionId]);
    const admin = await signIn(t.app, 'tinh.admin');
    const subtree = (await admin.get('/api/units/38/resolutions?subtree=true')).json() as {
      resolutions: unknown[];
    };
    expect(subtree.resolutions).toHaveLength(1);
    const units = (await admin.get('/api/units')).json() as { units: { code: string; role: string }[] };
    expect(units.units.map((u) => u.code).sort()).toEqual(['38', '380', '381']);
    expect(units.units.every((u) => u.role === 'admin')).toBe(true);
  });

  it('creates a resolution for the unit in the path, all or nothing', async () => {
    const parts = exampleParts('bim-son-midterm-2023.json');
    const created = await editor.post('/api/units/381/resolutions', parts);
    expect(created.statusCode).toBe(201);
    const body = created.json() as {
      id: string;
      dossier: { unit: { code: string } };
      evaluation: DossierEvaluation;
    };
    expect(body.dossier.unit.code).toBe('381');
    expect(body.evaluation.targets.length).toBe(29);

    const before = await t.database.db.query('select count(*)::int as n from targets');
    const broken = structuredClone(parts);
    broken.title = 'Nghị quyết hỏng';
    (broken.targets[1] as { goal: unknown }).goal = { type: 'range', min: 1, max: 2 };
    const refused = await editor.post('/api/units/381/resolutions', broken);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      error: { code: 'validation_failed', issues: [{ path: 'targets.1.goal.type' }] },
    });
    expect(await t.database.db.query('select count(*)::int as n from targets')).toEqual(before);
  });

  it('adds and corrects a target, each answer with its evaluation', async () => {
    const added = await editor.post(`/api/resolutions/${world.bimSon.resolutionId}/targets?asOf=2022`, {
      code: '9',
      name: 'Thu nhập bình quân đầu người',
      indicator: 'thu-nhap-binh-quan-dau-nguoi',
      field: 'kinh-te',
      kind: 'end-level',
      direction: 'higher-is-better',
      qualifier: 'at-least',
      unit: 'triệu đồng',
      precision: 2,
      goal: { type: 'number', value: 100 },
      targetYear: 2025,
    });
    expect(added.statusCode).toBe(201);
    const { target, evaluation } = added.json() as { target: { id: string }; evaluation: { asOf: string } };
    expect(evaluation.asOf).toBe('2022');
    const patched = await editor.request({
      method: 'PATCH',
      url: `/api/targets/${target.id}`,
      payload: { name: 'Thu nhập bình quân đầu người (giá hiện hành)' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      target: { name: 'Thu nhập bình quân đầu người (giá hiện hành)' },
    });
    const wrongGoal = await editor.request({
      method: 'PATCH',
      url: `/api/targets/${target.id}`,
      payload: { goal: { type: 'milestone' } },
    });
    expect(wrongGoal.statusCode).toBe(400);
  });

  it('records an adjustment (approver only) keeping the old and new goal', async () => {
    const targetId = world.bimSon.targetIds.t1 as string;
    const body = {
      newGoal: { type: 'number', value: 12 },
      decision: 'Nghị quyết số 20-NQ/TU',
      date: '2023-07-01',
    };
    const byEditor = await editor.post(`/api/targets/${targetId}/adjustments`, body);
    expect(byEditor.statusCode).toBe(403);
    const r = await approver.post(`/api/targets/${targetId}/adjustments`, body);
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({
      adjustment: { oldGoal: { type: 'number', value: 15 }, newGoal: { type: 'number', value: 12 } },
      target: { goal: { value: 12 } },
    });
  });

  it('returns a target figure history with every revision', async () => {
    const targetId = world.bimSon.targetIds.t1 as string;
    const r = await editor.get(`/api/targets/${targetId}/observations?period=2022`);
    expect(r.statusCode).toBe(200);
    const { revisions } = r.json() as { revisions: { revision: number; value: number }[] };
    expect(revisions.map((x) => [x.revision, x.value])).toEqual([
      [1, 25012.3],
      [2, 25100.75],
    ]);
  });
});
