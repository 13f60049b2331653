import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Target } from '../core';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { buildDossier, seedUnitTree, TEST_ACTOR } from '../../test/factories';
import { listAudit } from './audit.service';
import { benchmarkHistory, setBenchmarks } from './benchmark.service';
import { loadDossier, saveDossierIn, type SavedDossier } from './dossier.service';
import { overrideHistory, setOverride, withdrawOverride } from './override.service';
import { planHistory, setPlans } from './plan.service';
import { listResolutions, resolutionUnitCode, targetUnitCode } from './resolution.service';
import { scenarioHistory, setScenario } from './scenario.service';
import { addTarget, dropTarget, recordAdjustment, updateTarget } from './target.service';

const NEW_TARGET: Omit<Target, 'id'> = {
  code: '30',
  name: 'Tỷ lệ lao động qua đào tạo',
  field: 'van-hoa-xa-hoi',
  kind: 'ratio',
  direction: 'higher-is-better',
  qualifier: 'at-least',
  unit: '%',
  precision: 1,
  goal: { type: 'number', value: 65 },
};

describe.each(BACKENDS)('targets, plans and final labels on %s Postgres', (backend) => {
  let t: TestDatabase;
  let saved: SavedDossier;
  let growth: string;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    await seedUnitTree(t.db);
    saved = await t.db.transaction((tx) => saveDossierIn(tx, TEST_ACTOR, buildDossier()));
    growth = saved.targetIds.t1 as string;
  });
  afterAll(() => t.close());

  it('lists resolutions by unit and subtree and names the unit of a resolution and a target', async () => {
    expect((await listResolutions(t.db, '381')).map((r) => [r.id, r.targetCount, r.congressNumber])).toEqual([
      [saved.resolutionId, 6, 11],
    ]);
    expect(await listResolutions(t.db, '38', { subtree: true })).toHaveLength(1);
    expect(await listResolutions(t.db, '290', { subtree: true })).toEqual([]);
    expect(await resolutionUnitCode(t.db, saved.resolutionId)).toBe('381');
    expect(await targetUnitCode(t.db, growth)).toBe('381');
    expect(await targetUnitCode(t.db, 'x')).toBeNull();
  });

  it('adds and corrects a target, auditing before and after', async () => {
    const added = await addTarget(t.db, TEST_ACTOR, saved.resolutionId, NEW_TARGET);
    const updated = await updateTarget(t.db, TEST_ACTOR, added.id, {
      name: 'Tỷ lệ lao động qua đào tạo có bằng cấp',
    });
    expect(updated.goal).toEqual(NEW_TARGET.goal);
    const dossier = await loadDossier(t.db, saved.resolutionId);
    expect(dossier.targets.at(-1)).toEqual(updated);
    const [audit] = await listAudit(t.db, { entity: 'target', entityId: added.id, limit: 1 });
    expect(audit).toMatchObject({
      action: 'target.update',
      before: { name: NEW_TARGET.name },
      after: { name: updated.name },
    });
    await expect(
      addTarget(t.db, TEST_ACTOR, saved.resolutionId, {
        ...NEW_TARGET,
        precision: 9,
        goal: { type: 'range', min: 5, max: 1 },
      }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ path: 'precision' }), expect.objectContaining({ path: 'goal.max' })],
    });
    await expect(addTarget(t.db, TEST_ACTOR, 'missing', NEW_TARGET)).rejects.toMatchObject({
      code: 'not_found',
    });
    const child = await addTarget(t.db, TEST_ACTOR, saved.resolutionId, {
      ...NEW_TARGET,
      code: '30a',
      parentId: added.id,
    });
    await expect(updateTarget(t.db, TEST_ACTOR, added.id, { parentId: child.id })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ path: 'parentId' })],
    });
  });

  it('records an adjustment by decision and puts the new goal in force', async () => {
    const adjustment = await recordAdjustment(t.db, TEST_ACTOR, growth, {
      newGoal: { type: 'number', value: 12 },
      decision: 'Nghị quyết số 20-NQ/TU',
      date: '2023-07-01',
      reason: 'Điều chỉnh theo sơ kết giữa nhiệm kỳ',
    });
    expect(adjustment.oldGoal).toEqual({ type: 'number', value: 15 });
    const dossier = await loadDossier(t.db, saved.resolutionId);
    expect(dossier.targets.find((x) => x.id === growth)?.goal).toEqual({ type: 'number', value: 12 });
    expect(dossier.adjustments.at(-1)).toMatchObject({
      targetId: growth,
      decision: 'Nghị quyết số 20-NQ/TU',
      recordedBy: 'kiemthu',
    });
  });

  it('drops a target by decision without deleting it, once', async () => {
    const poverty = saved.targetIds.t2 as string;
    const dropped = await dropTarget(t.db, TEST_ACTOR, poverty, {
      decision: 'Quyết định 7',
      date: '2024-01-02',
      reason: 'Không còn phù hợp',
    });
    expect(dropped.dropped).toEqual({
      decision: 'Quyết định 7',
      date: '2024-01-02',
      reason: 'Không còn phù hợp',
    });
    const dossier = await loadDossier(t.db, saved.resolutionId);
    expect(dossier.targets.find((x) => x.id === poverty)?.dropped?.decision).toBe('Quyết định 7');
    expect(dossier.observations.some((o) => o.targetId === poverty)).toBe(true);
    await expect(
      dropTarget(t.db, TEST_ACTOR, poverty, { decision: 'x', date: '2024-01-02', reason: 'x' }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('sets plans as a list and keeps every earlier version', async () => {
    await setPlans(t.db, TEST_ACTOR, growth, [
      { period: '2023', kind: 'annual-plan', source: 'ke-hoach-nam', label: 'kế hoạch năm', value: 28500 },
      { period: '2024', kind: 'annual-plan', source: 'ke-hoach-nam', label: 'kế hoạch năm', value: 31000 },
    ]);
    const history = await planHistory(t.db, growth);
    expect(
      history.map((p) => [p.period, p.source, p.revision, p.deleted, p.deleted ? null : p.value]),
    ).toEqual([
      ['2023', 'ke-hoach-nam', 1, false, 28000],
      ['2023', 'ke-hoach-nam', 2, false, 28500],
      ['2023', 'tinh-giao', 1, false, 7960.1],
      ['2023', 'tinh-giao', 2, true, null],
      ['2024', 'ke-hoach-nam', 1, false, 31000],
    ]);
    const dossier = await loadDossier(t.db, saved.resolutionId);
    expect(dossier.plans.filter((p) => p.targetId === growth).map((p) => p.value)).toEqual([28500, 31000]);
  });

  it('keeps benchmarks and scenarios as revisions', async () => {
    await setBenchmarks(t.db, TEST_ACTOR, growth, [
      { period: '2022', label: 'bình quân chung của tỉnh', value: 0.5 },
    ]);
    await setScenario(t.db, TEST_ACTOR, growth, { growthRate: 9 });
    let dossier = await loadDossier(t.db, saved.resolutionId);
    expect(dossier.benchmarks).toEqual([
      { targetId: growth, period: '2022', label: 'bình quân chung của tỉnh', value: 0.5 },
    ]);
    expect(dossier.scenarios).toEqual([{ targetId: growth, growthRate: 9 }]);
    await setScenario(t.db, TEST_ACTOR, growth, null);
    dossier = await loadDossier(t.db, saved.resolutionId);
    expect(dossier.scenarios).toEqual([]);
    expect(
      (await scenarioHistory(t.db, growth)).map((x) => [x.revision, x.deleted, x.growthRate ?? null]),
    ).toEqual([
      [1, false, 12.5],
      [2, false, 9],
      [3, true, null],
    ]);
    expect(
      (await benchmarkHistory(t.db, growth)).map((x) => [x.label, x.revision, x.deleted, x.value]),
    ).toEqual([
      ['bình quân chung của tỉnh', 1, false, 0.1234567890123],
      ['bình quân chung của tỉnh', 2, false, 0.5],
    ]);
  });

  it('requires a reason for a final label and keeps the history of decisions', async () => {
    await expect(
      setOverride(t.db, TEST_ACTOR, growth, { scheme: 'verdict', label: 'meet', reason: '  ' }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ path: 'reason' })],
    });
    await expect(
      setOverride(t.db, TEST_ACTOR, growth, { scheme: 'light', label: 'meet' as never, reason: 'x' }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ path: 'label' })],
    });
    const suggestion = { verdict: 'very-high-effort', ratio: 0.714 };
    const decided = await setOverride(t.db, TEST_ACTOR, growth, {
      scheme: 'verdict',
      label: 'meet',
      reason: 'Đã có dự án lớn đi vào hoạt động',
      suggestion,
    });
    expect(decided).toMatchObject({ revision: 2, label: 'meet', decidedByName: 'kiemthu', suggestion });
    let dossier = await loadDossier(t.db, saved.resolutionId);
    expect(dossier.overrides.filter((o) => o.targetId === growth)).toEqual([
      expect.objectContaining({
        scheme: 'verdict',
        label: 'meet',
        reason: 'Đã có dự án lớn đi vào hoạt động',
        decidedBy: 'kiemthu',
      }),
    ]);
    await withdrawOverride(t.db, TEST_ACTOR, growth, 'verdict', 'Chờ số liệu chính thức');
    dossier = await loadDossier(t.db, saved.resolutionId);
    expect(dossier.overrides.filter((o) => o.targetId === growth)).toEqual([]);
    expect(
      (await overrideHistory(t.db, growth)).map((a) => [a.revision, a.label ?? null, a.withdrawn]),
    ).toEqual([
      [1, 'very-high-effort', false],
      [2, 'meet', false],
      [3, null, true],
    ]);
  });

  it('has an audit log the database itself refuses to change', async () => {
    const rows = await listAudit(t.db, { unitCode: '381', limit: 5000 });
    expect(rows.length).toBeGreaterThan(20);
    expect(new Set(rows.map((r) => r.action))).toEqual(
      new Set([
        'unit.create',
        'resolution.create',
        'target.create',
        'observation.record',
        'plan.set',
        'benchmark.set',
        'target.adjust',
        'scenario.set',
        'scenario.withdraw',
        'assessment.override',
        'assessment.withdraw',
        'target.update',
        'target.drop',
      ]),
    );
    await expect(t.db.query("update audit_log set actor_name = 'ai đó'")).rejects.toThrow(/append-only/);
    await expect(t.db.query('delete from audit_log where id = $1', [rows[0]?.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.exec('truncate audit_log')).rejects.toThrow(/append-only/);
    expect(await listAudit(t.db, { unitCode: '381', limit: 5000 })).toEqual(rows);
  });
});
