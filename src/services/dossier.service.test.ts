import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolutionDossier, Target } from '../core';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { buildDossier, seedUnitTree, TEST_ACTOR } from '../../test/factories';
import { openDatabase } from '../db/database';
import { AppError } from './app-error';
import { findResolution, loadDossier, saveDossier, saveDossierIn } from './dossier.service';

/** Replaces stored target ids by the dossier's, so a loaded dossier compares with the saved one. */
function withDossierIds(d: ResolutionDossier, ids: Record<string, string>): ResolutionDossier {
  const back = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  const map = (id: string) => back.get(id) ?? `unknown:${id}`;
  const re = <T extends { targetId: string }>(xs: T[]) =>
    xs.map((x) => ({ ...x, targetId: map(x.targetId) }));
  return {
    ...d,
    targets: d.targets.map((t) => ({
      ...t,
      id: map(t.id),
      ...(t.parentId ? { parentId: map(t.parentId) } : {}),
    })),
    observations: re(d.observations),
    plans: re(d.plans),
    benchmarks: re(d.benchmarks),
    adjustments: re(d.adjustments),
    scenarios: re(d.scenarios),
    overrides: re(d.overrides),
  };
}

describe.each(BACKENDS)('dossiers on %s Postgres', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    await seedUnitTree(t.db);
  });
  afterAll(() => t.close());

  it('loads back exactly what was saved, raw numbers and hostile text included', async () => {
    const dossier = buildDossier();
    const saved = await t.db.transaction((tx) => saveDossierIn(tx, TEST_ACTOR, dossier));
    const loaded = await loadDossier(t.db, saved.resolutionId);
    expect(withDossierIds(loaded, saved.targetIds)).toEqual(dossier);
    expect(loaded.targets.find((x) => x.code === '5')?.name).toBe(
      "'; drop table targets; -- Đảng bộ xếp loại",
    );
    expect(await t.db.query('select count(*)::int as n from targets')).toEqual([
      { n: dossier.targets.length },
    ]);
  });

  it('gives only the latest revision of each figure when asked, and the state at an earlier instant', async () => {
    const dossier = buildDossier({ title: 'Nghị quyết thử revisions' });
    const id = await saveDossier(t.db, TEST_ACTOR, dossier);
    const current = await loadDossier(t.db, id, { revisions: 'current' });
    const growth2022 = current.observations.filter((o) => o.period === '2022' && o.value === 25100.75);
    expect(growth2022).toHaveLength(1);
    expect(current.observations).toHaveLength(dossier.observations.length - 1);
    const before = await loadDossier(t.db, id, { asOfRecordedAt: '2023-01-01T00:00:00.000Z' });
    expect(before.observations.map((o) => o.value)).toEqual([22345.6, 25012.3]);
  });

  it('gives the figure in force as the current one: an official figure stays beside a later estimate', async () => {
    const dossier = buildDossier({ title: 'Nghị quyết thử số liệu hiệu lực' });
    const t1 = dossier.targets[0]?.id ?? '';
    dossier.observations = [
      { targetId: t1, period: '2024', value: 1.5, status: 'official', revision: 1 },
      { targetId: t1, period: '2024', value: 2.5, status: 'estimate', revision: 2 },
    ];
    const id = await saveDossier(t.db, TEST_ACTOR, dossier);
    const current = await loadDossier(t.db, id, { revisions: 'current' });
    expect(current.observations.filter((o) => o.period === '2024')).toEqual([
      expect.objectContaining({ value: 1.5, status: 'official', revision: 1 }),
    ]);
  });

  it("keeps a hedged figure, a plan's phrasing and rounding, and a target's phrasing", async () => {
    const dossier = buildDossier({ title: 'Nghị quyết thử cách viết' });
    const first = dossier.targets[0] as Target;
    dossier.targets[0] = {
      ...first,
      rounding: 'truncate',
      phrasing: { plan: 'exceed', againstGoal: 'fraction' },
    };
    dossier.observations = [
      { targetId: first.id, period: '2024', value: 5000, status: 'estimate', revision: 1, hedge: 'over' },
    ];
    dossier.plans = [
      {
        targetId: first.id,
        period: '2024',
        kind: 'budget-estimate',
        source: 'tinh-giao',
        label: 'dự toán tỉnh giao',
        value: 4000,
        rounding: 'truncate',
        phrasing: 'exceed',
      },
    ];
    const id = await saveDossier(t.db, TEST_ACTOR, dossier);
    const loaded = await loadDossier(t.db, id);
    expect(loaded.targets[0]).toMatchObject({
      rounding: 'truncate',
      phrasing: { plan: 'exceed', againstGoal: 'fraction' },
    });
    expect(loaded.observations[0]).toMatchObject({ hedge: 'over', value: 5000 });
    expect(loaded.plans[0]).toMatchObject({ rounding: 'truncate', phrasing: 'exceed' });
  });

  it('refuses an inconsistent dossier with every issue and writes nothing', async () => {
    const dossier = buildDossier({ title: 'Nghị quyết lỗi' });
    dossier.observations.push({
      targetId: 'khong-co',
      period: '2023',
      value: 1,
      status: 'official',
      revision: 1,
    });
    dossier.observations.push({
      targetId: 't1',
      period: '2023-Q5',
      value: Number.POSITIVE_INFINITY,
      status: 'official',
      revision: 1,
    });
    dossier.plans.push({ ...dossier.plans[0]! });
    const before = await t.db.query('select count(*)::int as n from audit_log');
    const error = await saveDossier(t.db, TEST_ACTOR, dossier).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('validation_failed');
    expect(appError.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        'observations.7.targetId',
        'observations.8.period',
        'observations.8.value',
        'plans.2',
      ]),
    );
    expect(await findResolution(t.db, '381', 11, 'Nghị quyết lỗi')).toBeNull();
    expect(await t.db.query('select count(*)::int as n from audit_log')).toEqual(before);
  });

  it('rolls everything back when a write fails half-way (same title twice)', async () => {
    const dossier = buildDossier({ title: 'Nghị quyết trùng' });
    await saveDossier(t.db, TEST_ACTOR, dossier);
    const targets = await t.db.query('select count(*)::int as n from targets');
    await expect(saveDossier(t.db, TEST_ACTOR, dossier)).rejects.toMatchObject({ code: 'conflict' });
    expect(await t.db.query('select count(*)::int as n from targets')).toEqual(targets);
  });

  it('creates a missing unit under an existing parent, and refuses an unknown parent', async () => {
    const unit = { code: '382', name: 'huyện Hà Trung', level: 'district' as const, parentCode: '38' };
    const id = await saveDossier(t.db, TEST_ACTOR, buildDossier({ unit, title: 'NQ Hà Trung' }));
    expect((await loadDossier(t.db, id)).unit).toEqual(unit);
    const orphan = { code: '999', name: 'huyện Không Có', level: 'district' as const, parentCode: '99' };
    await expect(saveDossier(t.db, TEST_ACTOR, buildDossier({ unit: orphan }))).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ path: 'unit.parentCode' })],
    });
  });

  it('writes nothing when the database fails half-way through a save', async () => {
    // A trigger that fails on the last figure stands in for any failure after the first writes.
    await t.db.exec(`create function fail_on_boom() returns trigger language plpgsql as $$
      begin if new.comment = 'boom' then raise exception 'boom'; end if; return new; end; $$;
      create trigger fail_on_boom before insert on observation_revisions for each row execute function fail_on_boom();`);
    try {
      const dossier = buildDossier({ title: 'Nghị quyết hỏng giữa chừng' });
      dossier.observations.push({
        targetId: 't1',
        period: '2023',
        value: 1,
        status: 'official',
        revision: 1,
        comment: 'boom',
      });
      const counts = async () =>
        t.db.query(
          `select (select count(*) from resolutions)::int as r, (select count(*) from targets)::int as t,
                  (select count(*) from observation_revisions)::int as o, (select count(*) from audit_log)::int as a,
                  (select count(*) from committees)::int as c`,
        );
      const before = await counts();
      await expect(saveDossier(t.db, TEST_ACTOR, dossier)).rejects.toThrow('boom');
      expect(await counts()).toEqual(before);
    } finally {
      await t.db.exec('drop trigger fail_on_boom on observation_revisions; drop function fail_on_boom();');
    }
  });

  it('refuses text the database cannot hold (NUL) with its path', async () => {
    const dossier = buildDossier({ title: 'Nghị quyết\u0000' });
    await expect(saveDossier(t.db, TEST_ACTOR, dossier)).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ path: 'title' })],
    });
  });

  it('lets only one of two concurrent saves of the same new resolution succeed', async () => {
    const second = t.url ? await openDatabase({ url: t.url }) : t.db;
    try {
      const dossier = buildDossier({
        unit: { code: '383', name: 'huyện Đồng thời', level: 'district', parentCode: '38' },
        title: 'Nghị quyết lưu đồng thời',
      });
      const results = await Promise.allSettled([
        saveDossier(t.db, TEST_ACTOR, dossier),
        saveDossier(second, TEST_ACTOR, dossier),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({
        code: 'conflict',
      });
      const rows = await t.db.query(
        `select u.code from resolutions r join units u on u.id = r.unit_id where r.title = $1`,
        [dossier.title],
      );
      expect(rows).toEqual([{ code: '383' }]);
    } finally {
      if (second !== t.db) await second.close();
    }
  });

  it('keeps target attributes it has no column for yet', async () => {
    const dossier = buildDossier({ title: 'Nghị quyết thuộc tính mới' });
    const [first, ...rest] = dossier.targets;
    const extended = { ...first, futureAttribute: { weight: 0.25, label: 'mới' } } as Target;
    const id = await saveDossier(t.db, TEST_ACTOR, { ...dossier, targets: [extended, ...rest] });
    const [loaded] = (await loadDossier(t.db, id)).targets;
    expect(loaded).toMatchObject({
      futureAttribute: { weight: 0.25, label: 'mới' },
      levelUnit: 'tỷ đồng',
      aggregation: 'flow',
    });
  });

  it('refuses dates the database would not take, with their paths', async () => {
    const dossier = buildDossier({ title: 'Nghị quyết ngày sai' });
    dossier.congress = { ...dossier.congress, date: '2024-02-30' };
    dossier.observations[0] = { ...dossier.observations[0]!, recordedAt: 'hôm qua' };
    dossier.adjustments[0] = { ...dossier.adjustments[0]!, date: '2023-06-31' };
    await expect(saveDossier(t.db, TEST_ACTOR, dossier)).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [
        expect.objectContaining({ path: 'congress.date' }),
        expect.objectContaining({ path: 'observations.0.recordedAt' }),
        expect.objectContaining({ path: 'adjustments.0.date' }),
      ],
    });
    await expect(loadDossier(t.db, 'x', { asOfRecordedAt: 'never' })).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });

  it('answers not_found for an unknown resolution', async () => {
    await expect(loadDossier(t.db, 'khong-co')).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe.each(BACKENDS)('approval in the loaded dossier on %s Postgres', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    await seedUnitTree(t.db);
  });
  afterAll(() => t.close());

  it('carries the approved periods where approval is followed, and the view says so', async () => {
    const { takeApprovalStepIn } = await import('./approval.service');
    const { evaluateDossier } = await import('../core');
    const id = await saveDossier(t.db, TEST_ACTOR, buildDossier({ title: 'Nghị quyết thử phê duyệt' }));
    expect((await loadDossier(t.db, id)).approvedPeriods).toBeUndefined();
    await t.db.transaction((tx) =>
      takeApprovalStepIn(tx, TEST_ACTOR, { resolutionId: id, period: '2022', action: 'submit' }),
    );
    expect((await loadDossier(t.db, id)).approvedPeriods).toEqual([]);
    await t.db.transaction((tx) =>
      takeApprovalStepIn(tx, TEST_ACTOR, { resolutionId: id, period: '2022', action: 'approve' }),
    );
    const loaded = await loadDossier(t.db, id);
    expect(loaded.approvedPeriods).toEqual(['2022']);
    const views = evaluateDossier(loaded, { asOf: '2022' }).targets.map((e) => e.view?.actual);
    expect(views.some((v) => v?.period === '2022' && v.approved === true)).toBe(true);
  });
});
