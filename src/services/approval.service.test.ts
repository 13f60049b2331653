/**
 * Approval steps and the lock of approved periods through every write path (grid save, figure
 * deletion, import), on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { buildDossier, seedUnitTree, TEST_ACTOR } from '../../test/factories';
import { exportUnit } from '../excel/export.service';
import { importFile } from '../excel/import.service';
import { figureKey, selectCurrentRevisions } from '../db/observation.repository';
import {
  bulkApprove,
  currentApprovals,
  requestFigures,
  requestsTo,
  setDeadline,
  takeApprovalStep,
} from './approval.service';
import { saveDossier } from './dossier.service';
import { recordObservations } from './observation.service';
import { loadDossier } from './dossier.service';

describe.each(BACKENDS)('approval and locks (%s)', (backend) => {
  let t: TestDatabase;
  let rid: string;
  let t1: string;
  const revisionOf = async (period: string) =>
    (await selectCurrentRevisions(t.db, [{ targetId: t1, period }])).get(figureKey(t1, period))?.revision ??
    0;
  const count = async (table: string) =>
    (await t.db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n ?? 0;

  beforeAll(async () => {
    t = await openTestDatabase(backend);
    await seedUnitTree(t.db);
    rid = await saveDossier(t.db, TEST_ACTOR, buildDossier());
    const dossier = await loadDossier(t.db, rid);
    t1 = dossier.targets.find((x) => x.code === '1')?.id as string;
  });
  afterAll(async () => t.close());

  it('refuses steps out of order and a return without a reason', async () => {
    await expect(
      takeApprovalStep(t.db, TEST_ACTOR, { resolutionId: rid, period: '2022', action: 'approve' }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    await takeApprovalStep(t.db, TEST_ACTOR, { resolutionId: rid, period: '2022', action: 'submit' });
    await expect(
      takeApprovalStep(t.db, TEST_ACTOR, { resolutionId: rid, period: '2022', action: 'return' }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
    });
    const returned = await takeApprovalStep(t.db, TEST_ACTOR, {
      resolutionId: rid,
      period: '2022',
      action: 'return',
      reason: 'Thiếu số liệu quý IV',
    });
    expect(returned).toMatchObject({ state: 'returned', reason: 'Thiếu số liệu quý IV', revision: 2 });
  });

  it('locks an approved period for grid saves, deletions and imports; nothing is written', async () => {
    await takeApprovalStep(t.db, TEST_ACTOR, { resolutionId: rid, period: '2022', action: 'submit' });
    const { approved, skipped } = await bulkApprove(t.db, TEST_ACTOR, [
      { resolutionId: rid, period: '2022' },
      { resolutionId: rid, period: '2023' },
    ]);
    expect(approved.map((a) => a.period)).toEqual(['2022']);
    expect(skipped).toEqual([{ resolutionId: rid, period: '2023', state: 'open' }]);
    const before = [await count('observation_revisions'), await count('audit_log')];
    const rev = await revisionOf('2022');
    await expect(
      recordObservations(t.db, TEST_ACTOR, rid, [
        { targetId: t1, period: '2022', value: 1, status: 'official', expectedRevision: rev },
      ]),
    ).rejects.toMatchObject({ code: 'locked', issues: [{ path: 'items.0.period' }] });
    await expect(
      recordObservations(t.db, TEST_ACTOR, rid, [
        { targetId: t1, period: '2022-Q3', value: 1, status: 'estimate', expectedRevision: 0 },
      ]),
    ).rejects.toMatchObject({ code: 'locked' });
    await expect(
      recordObservations(t.db, TEST_ACTOR, rid, [
        { targetId: t1, period: '2022', delete: true, expectedRevision: rev, comment: 'xóa' },
      ]),
    ).rejects.toMatchObject({ code: 'locked' });
    // An import of the unit's own export with the 2022 figure changed.
    const exported = JSON.parse(
      new TextDecoder().decode((await exportUnit(t.db, { unitCode: '381' }, 'json')).bytes),
    ) as {
      dossiers?: { observations: { period: string; value: unknown; targetId: string }[] }[];
      observations?: { period: string; value: unknown; targetId: string }[];
    };
    const observations = exported.observations ?? exported.dossiers?.[0]?.observations ?? [];
    const changed = observations.filter((o) => o.period === '2022' && typeof o.value === 'number');
    expect(changed.length).toBeGreaterThan(0);
    for (const o of changed) o.value = (o.value as number) + 1;
    await expect(
      importFile(t.db, TEST_ACTOR, {
        unitCode: '381',
        resolutionId: rid,
        bytes: new TextEncoder().encode(JSON.stringify(exported)),
        filename: 'so-lieu.json',
      }),
    ).rejects.toMatchObject({ code: 'locked' });
    expect([await count('observation_revisions'), await count('audit_log')]).toEqual(before);
    // Another period stays open.
    await recordObservations(t.db, TEST_ACTOR, rid, [
      {
        targetId: t1,
        period: '2024',
        value: 5,
        status: 'estimate',
        expectedRevision: await revisionOf('2024'),
      },
    ]);
  });

  it('reopens for a correction with a reason, and counts the figures changed since approval', async () => {
    await expect(
      takeApprovalStep(t.db, TEST_ACTOR, { resolutionId: rid, period: '2022', action: 'reopen' }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await takeApprovalStep(t.db, TEST_ACTOR, {
      resolutionId: rid,
      period: '2022',
      action: 'reopen',
      reason: 'Cục Thống kê công bố số chính thức',
    });
    const rev = await revisionOf('2022');
    await expect(
      recordObservations(t.db, TEST_ACTOR, rid, [
        { targetId: t1, period: '2022', value: 1, status: 'official', expectedRevision: rev },
      ]),
    ).rejects.toMatchObject({ code: 'validation_failed', issues: [{ path: 'items.0.comment' }] });
    await recordObservations(t.db, TEST_ACTOR, rid, [
      {
        targetId: t1,
        period: '2022',
        value: 30000,
        status: 'official',
        expectedRevision: rev,
        comment: 'Số chính thức của Cục Thống kê',
      },
    ]);
    const [approval] = (await currentApprovals(t.db, [rid])).filter((a) => a.period === '2022');
    expect(approval).toMatchObject({
      state: 'reopened',
      changedSinceApproval: 1,
      changedText: 'đã sửa 1 số liệu sau khi phê duyệt',
    });
    const steps = await t.db.query<{ action: string }>(
      "select action from audit_log where action like 'approval.%' order by id",
    );
    expect(steps.map((s) => s.action)).toEqual([
      'approval.submit',
      'approval.return',
      'approval.submit',
      'approval.approve',
      'approval.reopen',
    ]);
  });

  it('records deadlines as revisions and requests to a unit, audited', async () => {
    expect(
      (await setDeadline(t.db, TEST_ACTOR, { unitCode: '38', period: '2023', dueDate: '2024-01-20' }))
        .revision,
    ).toBe(1);
    expect(
      (await setDeadline(t.db, TEST_ACTOR, { unitCode: '38', period: '2023', dueDate: '2024-01-25' }))
        .revision,
    ).toBe(2);
    await requestFigures(t.db, TEST_ACTOR, {
      unitCode: '381',
      fromUnitCode: '38',
      resolutionId: rid,
      period: '2023',
      message: 'Đề nghị cập nhật số liệu năm 2023.',
    });
    const requests = await requestsTo(t.db, '381');
    expect(requests[0]).toMatchObject({ period: '2023', fromUnitCode: '38', kind: 'reminder' });
  });
});
