import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { buildDossier, seedUnitTree, TEST_ACTOR } from '../../test/factories';
import { openDatabase, type Database } from '../db/database';
import { AppError } from './app-error';
import { listAudit } from './audit.service';
import { loadDossier, saveDossierIn, type SavedDossier } from './dossier.service';
import {
  observationHistory,
  recordObservations,
  recordObservation,
  type RevisionConflict,
} from './observation.service';

const OTHER = { userId: '00000000-0000-4000-8000-000000000002', username: 'nguoikhac', origin: '10.0.0.2' };

async function count(db: Database, table: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return row?.n ?? -1;
}

describe.each(BACKENDS)('figures on %s Postgres', (backend) => {
  let t: TestDatabase;
  let saved: SavedDossier;
  let growth: string;
  let poverty: string;
  let milestone: string;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    await seedUnitTree(t.db);
    saved = await t.db.transaction((tx) => saveDossierIn(tx, TEST_ACTOR, buildDossier()));
    growth = saved.targetIds.t1 as string;
    poverty = saved.targetIds.t2 as string;
    milestone = saved.targetIds.t3 as string;
  });
  afterAll(() => t.close());

  it('keeps the old value when a figure is corrected, and shows both with who and when', async () => {
    const [first] = await recordObservations(t.db, TEST_ACTOR, saved.resolutionId, [
      {
        targetId: poverty,
        period: '2023',
        value: 0.95,
        status: 'estimate',
        source: 'UBND',
        expectedRevision: 0,
      },
    ]);
    expect(first).toMatchObject({ revision: 1, value: 0.95, recordedByName: 'kiemthu' });
    const second = await recordObservation(t.db, OTHER, {
      targetId: poverty,
      period: '2023',
      value: 0.87,
      status: 'official',
      comment: 'Số chính thức của Cục Thống kê',
      expectedRevision: 1,
    });
    expect(second.revision).toBe(2);
    const history = await observationHistory(t.db, poverty, '2023');
    expect(history.map((h) => [h.revision, h.value, h.status, h.recordedByName])).toEqual([
      [1, 0.95, 'estimate', 'kiemthu'],
      [2, 0.87, 'official', 'nguoikhac'],
    ]);
    expect(history[1]?.comment).toBe('Số chính thức của Cục Thống kê');
    expect(history.every((h) => typeof h.recordedAt === 'string' && !h.deleted)).toBe(true);
    const dossier = await loadDossier(t.db, saved.resolutionId);
    expect(
      dossier.observations.filter((o) => o.targetId === poverty && o.period === '2023').map((o) => o.value),
    ).toEqual([0.95, 0.87]);
  });

  it('records a deletion as a revision: the figure leaves the dossier, its history stays', async () => {
    await recordObservations(t.db, TEST_ACTOR, saved.resolutionId, [
      { targetId: milestone, period: '2024', value: true, status: 'estimate', expectedRevision: 0 },
    ]);
    await recordObservations(t.db, TEST_ACTOR, saved.resolutionId, [
      { targetId: milestone, period: '2024', expectedRevision: 1, delete: true },
    ]);
    const history = await observationHistory(t.db, milestone, '2024');
    expect(history.map((h) => [h.revision, h.deleted])).toEqual([
      [1, false],
      [2, true],
    ]);
    const dossier = await loadDossier(t.db, saved.resolutionId);
    expect(dossier.observations.some((o) => o.targetId === milestone && o.period === '2024')).toBe(false);
    await expect(
      recordObservations(t.db, TEST_ACTOR, saved.resolutionId, [
        { targetId: milestone, period: '2024', expectedRevision: 2, delete: true },
      ]),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ path: 'items.0.delete' })],
    });
    const [again] = await recordObservations(t.db, TEST_ACTOR, saved.resolutionId, [
      { targetId: milestone, period: '2024', value: true, status: 'official', expectedRevision: 2 },
    ]);
    expect(again?.revision).toBe(3);
  });

  it('refuses a stale expectedRevision, names the conflict with the current value, writes nothing', async () => {
    const before = [await count(t.db, 'observation_revisions'), await count(t.db, 'audit_log')];
    const error = (await recordObservations(t.db, OTHER, saved.resolutionId, [
      { targetId: growth, period: '2023', value: 27000, status: 'estimate', expectedRevision: 0 },
      { targetId: poverty, period: '2023', value: 0.8, status: 'official', expectedRevision: 1 },
    ]).catch((e: unknown) => e)) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('revision_conflict');
    const conflicts = (error.details as { conflicts: RevisionConflict[] }).conflicts;
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      targetId: poverty,
      period: '2023',
      current: { revision: 2, value: 0.87 },
    });
    expect([await count(t.db, 'observation_revisions'), await count(t.db, 'audit_log')]).toEqual(before);
  });

  it('refuses a batch with one bad item with paths per item, and writes nothing', async () => {
    const before = await count(t.db, 'observation_revisions');
    const error = (await recordObservations(t.db, TEST_ACTOR, saved.resolutionId, [
      { targetId: growth, period: '2024', value: 30000, status: 'estimate', expectedRevision: 0 },
      { targetId: growth, period: '2024-Q9', value: 1, status: 'estimate', expectedRevision: 0 },
      { targetId: milestone, period: '2025', value: 'yes', status: 'estimate', expectedRevision: 0 },
      { targetId: growth, period: '2025', value: 1e300, status: 'guess' as never, expectedRevision: 0 },
      { targetId: 'not-a-target', period: '2025', value: 1, status: 'official', expectedRevision: 0 },
    ]).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('validation_failed');
    expect(error.issues.map((i) => i.path)).toEqual([
      'items.1.period',
      'items.2.value',
      'items.3.value',
      'items.3.status',
      'items.4.targetId',
    ]);
    expect(await count(t.db, 'observation_revisions')).toBe(before);
  });

  it('writes an audit row with before and after for every saved figure', async () => {
    const rows = await recordObservations(t.db, OTHER, saved.resolutionId, [
      { targetId: growth, period: '2023', value: 27500.125, status: 'estimate', expectedRevision: 0 },
      { targetId: growth, period: '2022', value: 25200, status: 'official', expectedRevision: 2 },
    ]);
    const audit = await listAudit(t.db, { unitCode: '381', entity: 'observation', limit: 2 });
    expect(audit.map((a) => a.entityId).sort()).toEqual(rows.map((r) => r.id).sort());
    const correction = audit.find((a) => a.entityId === rows[1]?.id);
    expect(correction).toMatchObject({
      actorUserId: OTHER.userId,
      actorName: 'nguoikhac',
      origin: '10.0.0.2',
    });
    expect(correction?.before).toMatchObject({ revision: 2, value: 25100.75 });
    expect(correction?.after).toMatchObject({ revision: 3, value: 25200 });
  });

  it('lets only one of two concurrent saves of the same figure succeed', async () => {
    const second = t.url ? await openDatabase({ url: t.url }) : t.db;
    try {
      const save = (db: Database, value: number) =>
        recordObservations(db, value === 1 ? TEST_ACTOR : OTHER, saved.resolutionId, [
          { targetId: poverty, period: '2021', value, status: 'official', expectedRevision: 0 },
        ]);
      const results = await Promise.allSettled([save(t.db, 1), save(second, 2)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(rejected.reason).toMatchObject({ code: 'revision_conflict' });
      expect((await observationHistory(t.db, poverty, '2021')).map((h) => h.revision)).toEqual([1]);
    } finally {
      if (second !== t.db) await second.close();
    }
  });
});
