/** The official units of Thanh Hóa (old and new) with their lineage, on both backends. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/databases';
import { openTestDatabase, type TestDatabase } from '../../../test/databases';
import { seedUnitTree, TEST_ACTOR } from '../../../test/factories';
import { getUnit, unitLineage } from '../unit.service';
import { setLineageShare } from './lineage-share.service';
import { importOfficialUnits } from './units-import.service';

describe.each(BACKENDS)('importOfficialUnits (%s)', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    await seedUnitTree(t.db); // 38, 380, 381 already there: they become the official rows
  });
  afterAll(async () => t.close());

  it('loads Thanh Hóa before and after 1 July 2025, keeping the units already there', async () => {
    const r = await importOfficialUnits(t.db, TEST_ACTOR, { province: '38' });
    expect(r.counts).toMatchObject({ oldDistricts: 27, newCommunes: 166, newProvinces: 1 });
    expect(r.unitsKept).toBe(3);
    expect(r.unitsCreated).toBe(r.counts.oldDistricts + r.counts.oldCommunes + r.counts.newCommunes + 1 - 3);
    expect(r.flagsRecorded).toBeGreaterThan(0);
    const province = await getUnit(t.db, '38');
    expect(province?.validTo).toBeUndefined();
    const [row] = await t.db.query<{ unit_type: string; flags: string[] }>(
      "select unit_type, flags from units where code = '381'",
    );
    expect(row?.unit_type).toBe('thi-xa');
    const [counts] = await t.db.query<{ n: number }>(
      "select count(*)::int as n from units where level = 'commune' and valid_from = '2025-07-01'",
    );
    expect(counts?.n).toBe(166);
    const audit = await t.db.query("select 1 from audit_log where action = 'units.import'");
    expect(audit).toHaveLength(1);
  });

  it('links Bỉm Sơn to the new wards it went to, and a new ward to the communes merged into it', async () => {
    const bimSon = await unitLineage(t.db, '381');
    const wards = bimSon.successors.map((l) => l.toName);
    expect(wards).toContain('phường Bỉm Sơn');
    expect(bimSon.successors.every((l) => l.kind === 'split' && l.share === undefined)).toBe(true);
    const hacThanh = await unitLineage(t.db, '14797');
    expect(hacThanh.predecessors.filter((l) => l.kind === 'merge').length).toBeGreaterThan(1);
  });

  it('adds nothing twice', async () => {
    const again = await importOfficialUnits(t.db, TEST_ACTOR, { province: '38' });
    expect(again.unitsCreated).toBe(0);
    expect(again.linksCreated).toBe(0);
  });

  it('records the share of a split with its basis, audited', async () => {
    await setLineageShare(t.db, TEST_ACTOR, {
      fromCode: '381',
      toCode: '14812',
      share: 0.6,
      basis: 'population',
    });
    const link = (await unitLineage(t.db, '381')).successors.find((l) => l.toCode === '14812');
    expect(link?.share).toBe(0.6);
    await expect(
      setLineageShare(t.db, TEST_ACTOR, { fromCode: '381', toCode: '14812', share: 1.5, basis: 'area' }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    const audit = await t.db.query("select 1 from audit_log where action = 'unit.lineage.share'");
    expect(audit).toHaveLength(1);
  });
});
