import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { buildDossier, saveTestDossier, seedUnitTree, TEST_ACTOR } from '../../test/factories';
import { backupDatabase, restoreDatabase, type Backup } from './backup.service';
import { loadDossier } from './dossier.service';
import { recordObservations } from './observation.service';
import { setOverride } from './override.service';
import { setPlans } from './plan.service';
import { recordLineage } from './unit.service';

describe.each(BACKENDS)('backup and restore on %s Postgres', (backend) => {
  let source: TestDatabase;
  let target: TestDatabase;
  let backup: Backup;
  let resolutionId: string;
  beforeAll(async () => {
    source = await openTestDatabase(backend);
    target = await openTestDatabase(backend);
    const saved = await saveTestDossier(source.db);
    resolutionId = saved.resolutionId;
    const poverty = saved.targetIds.t2 as string;
    await recordObservations(source.db, TEST_ACTOR, resolutionId, [
      {
        targetId: poverty,
        period: '2022',
        value: 1.0999999999999999,
        status: 'official',
        expectedRevision: 1,
      },
    ]);
    await setPlans(source.db, TEST_ACTOR, poverty, [
      { period: '2024', kind: 'annual-plan', source: 'ke-hoach-nam', label: 'kế hoạch năm', value: 0.9 },
    ]);
    await setOverride(source.db, TEST_ACTOR, poverty, {
      scheme: 'band',
      label: 'above-80',
      reason: 'Đã đạt',
    });
    await recordLineage(source.db, TEST_ACTOR, [
      { fromCode: '380', toCode: '381', kind: 'merge', effectiveDate: '2025-07-01', share: 0.25 },
    ]);
    backup = await backupDatabase(source.db);
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  it('takes every table, revisions and audit included', () => {
    expect(backup.format).toBe('vedich-backup');
    expect(backup.migrations.length).toBeGreaterThan(0);
    expect(backup.tables.observation_revisions?.rows.length).toBe(buildDossier().observations.length + 1);
    expect(backup.tables.audit_log?.rows.length).toBeGreaterThan(10);
    expect(Object.keys(backup.tables)).toEqual(
      expect.arrayContaining(['units', 'unit_lineage', 'targets', 'assessments']),
    );
  });

  it('restores into an empty database and gives back identical data', async () => {
    const text = JSON.stringify(backup);
    const result = await restoreDatabase(target.db, JSON.parse(text));
    expect(result.rows).toBe(Object.values(backup.tables).reduce((n, t) => n + t.rows.length, 0));
    const again = await backupDatabase(target.db);
    expect(again.tables).toEqual(backup.tables);
    expect(again.migrations).toEqual(backup.migrations);
    expect(await loadDossier(target.db, resolutionId)).toEqual(await loadDossier(source.db, resolutionId));
  });

  it('keeps writing after a restore (sequences moved past restored ids) and the audit log still refuses edits', async () => {
    const [before] = await target.db.query<{ n: number }>('select max(id)::int as n from audit_log');
    await seedUnitTree(target.db, TEST_ACTOR, [
      { code: '382', name: 'huyện Hà Trung', level: 'district', parentCode: '38' },
    ]);
    const [after] = await target.db.query<{ n: number }>('select max(id)::int as n from audit_log');
    expect(after?.n).toBeGreaterThan(before?.n ?? Infinity);
    await expect(target.db.query('delete from audit_log')).rejects.toThrow(/append-only/);
  });

  it('refuses to restore into a database that has data, and changes nothing', async () => {
    const [count] = await target.db.query<{ n: number }>('select count(*)::int as n from units');
    await expect(restoreDatabase(target.db, backup)).rejects.toMatchObject({ code: 'conflict' });
    expect(await target.db.query('select count(*)::int as n from units')).toEqual([count]);
  });

  it('refuses a document that is not a backup', async () => {
    await expect(restoreDatabase(target.db, { hello: 'world' })).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });
});
