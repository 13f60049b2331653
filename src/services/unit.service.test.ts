import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { seedUnitTree, TEST_ACTOR } from '../../test/factories';
import { listAudit } from './audit.service';
import {
  ancestorCodes,
  createUnit,
  getUnit,
  isUnitWithin,
  listUnits,
  recordLineage,
  subtreeCodes,
  unitLineage,
} from './unit.service';

describe.each(BACKENDS)('units on %s Postgres', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    await seedUnitTree(t.db);
    await createUnit(t.db, TEST_ACTOR, {
      code: '38101',
      name: 'phường Ba Đình',
      level: 'commune',
      parentCode: '381',
    });
  });
  afterAll(() => t.close());

  it('walks the tree down and up', async () => {
    expect(await subtreeCodes(t.db, '38')).toEqual(['38', '380', '381', '38101']);
    expect(await subtreeCodes(t.db, '290')).toEqual(['290']);
    expect(await subtreeCodes(t.db, '99')).toEqual([]);
    expect(await ancestorCodes(t.db, '38101')).toEqual(['38101', '381', '38']);
    expect((await getUnit(t.db, '381'))?.parentCode).toBe('38');
  });

  it('tells whether a unit lies within a scope (the access rule)', async () => {
    expect(await isUnitWithin(t.db, '38101', '38')).toBe(true);
    expect(await isUnitWithin(t.db, '381', '381')).toBe(true);
    expect(await isUnitWithin(t.db, '290', '381')).toBe(false);
    expect(await isUnitWithin(t.db, '381', '290')).toBe(false);
    expect(await isUnitWithin(t.db, '38', '381')).toBe(false);
    expect(await isUnitWithin(t.db, '99', '99')).toBe(false);
  });

  it('keeps a code unique per validity and lets a code be reused after the unit ended', async () => {
    await expect(
      createUnit(t.db, TEST_ACTOR, { code: '380', name: 'trùng', level: 'district', parentCode: '38' }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    await createUnit(t.db, TEST_ACTOR, {
      code: '383',
      name: 'huyện cũ',
      level: 'district',
      parentCode: '38',
      validTo: '2025-07-01',
    });
    await createUnit(t.db, TEST_ACTOR, {
      code: '383',
      name: 'đơn vị mới',
      level: 'district',
      parentCode: '38',
      validFrom: '2025-07-01',
    });
    expect((await getUnit(t.db, '383'))?.name).toBe('đơn vị mới');
    expect((await getUnit(t.db, '383', { on: '2024-01-01' }))?.name).toBe('huyện cũ');
    expect((await listUnits(t.db, { on: '2024-01-01' })).filter((u) => u.code === '383')).toHaveLength(1);
  });

  it('refuses a malformed date instead of failing in the database', async () => {
    await expect(listUnits(t.db, { on: '2024-13-45' })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(getUnit(t.db, '38', { on: "'; drop table units; --" })).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });

  it('refuses malformed units with paths', async () => {
    await expect(
      createUnit(t.db, TEST_ACTOR, {
        code: '12a',
        name: ' ',
        level: 'district',
        parentCode: '38',
        validFrom: '2025-13',
      }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [
        expect.objectContaining({ path: 'code' }),
        expect.objectContaining({ path: 'name' }),
        expect.objectContaining({ path: 'validFrom' }),
      ],
    });
  });

  it('records a merge and a partial split, both readable from either side', async () => {
    await createUnit(t.db, TEST_ACTOR, { code: '31', name: 'thành phố Hải Phòng', level: 'province' });
    await createUnit(t.db, TEST_ACTOR, {
      code: '38102',
      name: 'phường Quang Trung',
      level: 'commune',
      parentCode: '38',
      validFrom: '2025-07-01',
    });
    await createUnit(t.db, TEST_ACTOR, {
      code: '38103',
      name: 'phường Bỉm Sơn',
      level: 'commune',
      parentCode: '38',
      validFrom: '2025-07-01',
    });
    const written = await recordLineage(t.db, TEST_ACTOR, [
      { fromCode: '30', toCode: '31', kind: 'merge', effectiveDate: '2025-07-01', illustrative: true },
      { fromCode: '381', toCode: '38102', kind: 'split', share: 0.4, effectiveDate: '2025-07-01' },
      {
        fromCode: '381',
        toCode: '38103',
        kind: 'split',
        share: 0.6,
        effectiveDate: '2025-07-01',
        notes: "'; drop table units; --",
      },
    ]);
    expect(written).toBe(3);
    expect(
      await recordLineage(t.db, TEST_ACTOR, [
        { fromCode: '30', toCode: '31', kind: 'merge', effectiveDate: '2025-07-01' },
      ]),
    ).toBe(0);
    const bimSon = await unitLineage(t.db, '381');
    expect(bimSon.successors.map((l) => [l.toCode, l.kind, l.share])).toEqual([
      ['38102', 'split', 0.4],
      ['38103', 'split', 0.6],
    ]);
    expect(bimSon.successors[1]?.notes).toBe("'; drop table units; --");
    expect((await unitLineage(t.db, '31')).predecessors).toEqual([
      expect.objectContaining({
        fromCode: '30',
        fromName: 'tỉnh Hải Dương',
        kind: 'merge',
        illustrative: true,
      }),
    ]);
    await expect(
      recordLineage(t.db, TEST_ACTOR, [
        { fromCode: '381', toCode: '38102', kind: 'split', share: 1.5, effectiveDate: '2025-07-01' },
      ]),
    ).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });

  it('writes an audit row for every unit created', async () => {
    const audit = await listAudit(t.db, { unitCode: '38', subtree: true, entity: 'unit', limit: 100 });
    const created = (await listUnits(t.db)).filter((u) => u.code.startsWith('38'));
    expect(audit.map((a) => a.entityId).sort()).toEqual(created.map((u) => u.id).sort());
  });
});
