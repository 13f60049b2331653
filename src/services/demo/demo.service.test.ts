import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolutionDossier } from '../../core';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../../test/databases';
import { SYSTEM_ACTOR } from '../app-error';
import { findResolution, loadDossier } from '../dossier.service';
import { listResolutions } from '../resolution.service';
import { getUnit, isUnitWithin, unitLineage } from '../unit.service';
import { loadDemo, readDemoDatasets, type DemoDataset, type DemoReport } from './demo.service';

/** A dossier with target ids replaced by target codes, so saved and loaded compare. */
function byCode(withApproval: ResolutionDossier): ResolutionDossier {
  // The approval steps the demo records are the database's own state, not part of the file.
  const { approvedPeriods: _approved, ...d } = withApproval;
  const code = new Map(d.targets.map((t) => [t.id, t.code]));
  const c = (id: string) => code.get(id) ?? `?${id}`;
  // Storage orders records by target, then period and key; the order of a file is not kept.
  const re = <T extends { targetId: string }>(xs: T[], drop?: keyof T) =>
    xs
      .map((x) => ({ ...x, targetId: c(x.targetId), ...(drop ? { [drop]: undefined } : {}) }))
      .map((x) => JSON.parse(JSON.stringify(x)) as T)
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return {
    ...d,
    targets: d.targets.map((t) => ({
      ...t,
      id: c(t.id),
      ...(t.parentId ? { parentId: c(t.parentId) } : {}),
    })),
    observations: re(d.observations, 'recordedAt'),
    plans: re(d.plans),
    benchmarks: re(d.benchmarks),
    adjustments: re(d.adjustments),
    scenarios: re(d.scenarios),
    overrides: re(d.overrides, 'decidedAt'),
  };
}

describe.each(BACKENDS)('demo data on %s Postgres', (backend) => {
  let t: TestDatabase;
  let datasets: DemoDataset[];
  let first: DemoReport;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    datasets = await readDemoDatasets();
    first = await loadDemo(t.db, SYSTEM_ACTOR);
  });
  afterAll(() => t.close());

  it("loads Thanh Hóa's official units old and new with their lineage, and the illustrative merge of Hải Dương", async () => {
    expect(first.unitsCreated).toBeGreaterThanOrEqual(750);
    expect(await isUnitWithin(t.db, '381', '38')).toBe(true);
    expect(await isUnitWithin(t.db, '290', '30')).toBe(true);
    expect((await getUnit(t.db, '381'))?.validTo).toBe('2025-07-01');
    const bimSon = await unitLineage(t.db, '381');
    expect(bimSon.successors.map((l) => [l.toName, l.kind, l.illustrative])).toContainEqual([
      'phường Bỉm Sơn',
      'split',
      false,
    ]);
    expect((await unitLineage(t.db, '30')).successors).toEqual([
      expect.objectContaining({ toCode: '31', kind: 'merge' }),
    ]);
  });

  it('stores every example dataset so that it loads back as given', async () => {
    expect(datasets.length).toBeGreaterThanOrEqual(1);
    expect(first.resolutions.every((r) => r.created)).toBe(true);
    for (const { dossier } of datasets) {
      const id = await findResolution(t.db, dossier.unit.code, dossier.congress.number, dossier.title);
      expect(id, dossier.title).not.toBeNull();
      const loaded = await loadDossier(t.db, id as string);
      expect(byCode(loaded)).toEqual(byCode(dossier));
    }
  });

  it('gives the comparison screens and the province view every district and a dozen new communes with figures', async () => {
    const units = new Set((await listResolutions(t.db, '38', { subtree: true })).map((r) => r.unitCode));
    for (const code of ['380', '381', '382', '407', '384', '406']) expect(units).toContain(code);
    const districts = [...units].filter((c) => c.length === 3);
    expect(districts).toHaveLength(27);
    expect([...units].filter((c) => c.length === 5)).toHaveLength(12);
    const steps = await t.db.query<{ state: string }>('select distinct state from period_approvals');
    expect(steps.map((s) => s.state).sort()).toEqual(['approved', 'returned', 'submitted']);
  });

  it('adds nothing when run again', async () => {
    const count = async () =>
      (await t.db.query<{ n: number }>('select count(*)::int as n from observation_revisions'))[0]?.n;
    const before = [await count(), await t.db.query('select count(*)::int as n from audit_log')];
    const again = await loadDemo(t.db, SYSTEM_ACTOR);
    expect(again.unitsCreated + again.lineageCreated).toBe(0);
    expect(again.resolutions.some((r) => r.created)).toBe(false);
    expect([await count(), await t.db.query('select count(*)::int as n from audit_log')]).toEqual(before);
  });
});
