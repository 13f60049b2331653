/**
 * The set-based write of an import's figures, on both databases: a 20.000-figure file round-trips
 * exactly through importFile, a conflict on one figure far into the set rolls back every figure
 * and the audit, and the audit shows the import with its count and the revisions it wrote.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolutionDossier, Target } from '../core';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { buildDossier, saveTestDossier, TEST_ACTOR } from '../../test/factories';
import { importFile } from '../excel/import.service';
import { AppError } from './app-error';
import { listAudit } from './audit.service';
import { loadDossier } from './dossier.service';
import { recordImportedFigures, type ImportedFigure } from './figure-import.service';
import { recordObservations, type RevisionConflict } from './observation.service';

const TARGETS = 20;
const MONTHS = 1000;

/** Twenty number targets (copies of the factory's first one with their own codes). */
function manyTargets(): ResolutionDossier {
  const base = buildDossier();
  const first = base.targets[0] as Target;
  const targets = Array.from({ length: TARGETS }, (_, i): Target => {
    const { parentId: _p, ...rest } = first;
    return { ...rest, id: `n${i}`, code: `N${i + 1}`, name: `Chỉ tiêu số ${i + 1}` };
  });
  return {
    ...base,
    targets,
    observations: [],
    plans: [],
    benchmarks: [],
    adjustments: [],
    scenarios: [],
    overrides: [],
  };
}

/** Month `m` (from 0) of the series: 1950-01, 1950-02… */
function month(m: number): string {
  return `${1950 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

/** A value with two decimals that differs for every figure. */
function valueOf(t: number, m: number): number {
  return ((t * 7919 + m * 104729) % 1_000_000) / 100 + 0.01;
}

async function count(t: TestDatabase, table: string): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return row?.n ?? -1;
}

describe.each(BACKENDS)('figures of an import written as a set on %s Postgres', (backend) => {
  let t: TestDatabase;
  let resolutionId: string;
  let targetIds: Map<string, string>;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    const saved = await saveTestDossier(t.db, manyTargets());
    resolutionId = saved.resolutionId;
    targetIds = new Map(Object.entries(saved.targetIds));
  });
  afterAll(() => t.close());

  it('round-trips a 20.000-figure CSV exactly, with one audit row naming the import', async () => {
    const lines = ['Mã chỉ tiêu;Kỳ;Giá trị;Trạng thái;Nguồn'];
    for (let i = 0; i < TARGETS; i++)
      for (let m = 0; m < MONTHS; m++)
        lines.push(
          `N${i + 1};${month(m)};${String(valueOf(i, m)).replace('.', ',')};${m % 2 ? 'Chính thức' : 'Ước'};Cục Thống kê`,
        );
    const importId = 'import-20k';
    const result = await importFile(t.db, TEST_ACTOR, {
      unitCode: '381',
      bytes: Buffer.from(lines.join('\n')),
      filename: 'so-lieu.csv',
      importId,
    });
    expect(result.figuresRecorded).toBe(TARGETS * MONTHS);

    const dossier = await loadDossier(t.db, resolutionId);
    const byTarget = new Map([...targetIds].map(([k, v]) => [v, Number(k.slice(1))]));
    const read = dossier.observations
      .map((o) => [byTarget.get(o.targetId), o.period, o.value, o.status, o.source, o.revision])
      .sort((a, b) => (String(a[0]).padStart(3) + a[1] < String(b[0]).padStart(3) + b[1] ? -1 : 1));
    const expected = [];
    for (let i = 0; i < TARGETS; i++)
      for (let m = 0; m < MONTHS; m++)
        expected.push([i, month(m), valueOf(i, m), m % 2 ? 'official' : 'estimate', 'Cục Thống kê', 1]);
    expect(read).toEqual(expected);

    const [audit, ...more] = await listAudit(t.db, { unitCode: '381', entity: 'import' });
    expect(more).toEqual([]);
    expect(audit).toMatchObject({
      action: 'observation.import',
      entityId: importId,
      actorName: TEST_ACTOR.username,
      after: {
        resolutionId,
        figures: TARGETS * MONTHS,
        firstRevisionId: `${importId}-0000001`,
        lastRevisionId: `${importId}-0020000`,
        filename: 'so-lieu.csv',
      },
    });
    const [named] = await t.db.query<{ n: number; by: string }>(
      `select count(*)::int as n, min(recorded_by) as by from observation_revisions
       where id between $1 and $2`,
      [`${importId}-0000001`, `${importId}-0020000`],
    );
    expect(named).toEqual({ n: TARGETS * MONTHS, by: TEST_ACTOR.userId });
  });

  it('rolls back every figure and the audit when one figure far into the set was changed meanwhile', async () => {
    const target = targetIds.get('n3') as string;
    const [saved] = await recordObservations(t.db, TEST_ACTOR, resolutionId, [
      { targetId: target, period: '2034-01', value: 1, status: 'estimate', expectedRevision: 0 },
    ]);
    const figures: ImportedFigure[] = [];
    for (let i = 0; i < TARGETS; i++)
      for (let m = 960; m < MONTHS + 12; m++)
        figures.push({
          targetId: targetIds.get(`n${i}`) as string,
          period: month(m),
          value: m,
          status: 'preliminary',
          // The file was checked before the figure of 2034-01 was saved.
          expectedRevision: m < MONTHS ? 1 : 0,
        });
    const at = figures.findIndex((f) => f.targetId === target && f.period === '2034-01');
    expect(at).toBeGreaterThan(100);
    const before = [await count(t, 'observation_revisions'), await count(t, 'audit_log')];
    const error = await t.db
      .transaction((tx) => recordImportedFigures(tx, TEST_ACTOR, resolutionId, figures, 'import-conflict'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('revision_conflict');
    const { conflicts } = (error as AppError).details as { conflicts: RevisionConflict[] };
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ targetId: target, period: '2034-01', expectedRevision: 0 });
    expect(conflicts[0]?.current).toMatchObject({ id: saved?.id, revision: 1, value: 1 });
    expect([await count(t, 'observation_revisions'), await count(t, 'audit_log')]).toEqual(before);
  });

  it('refuses a figure of a target of another resolution, naming its row, and writes nothing', async () => {
    const other = await saveTestDossier(t.db, { ...buildDossier(), title: 'Nghị quyết khác' });
    const before = await count(t, 'observation_revisions');
    const figures: ImportedFigure[] = [
      {
        targetId: targetIds.get('n0') as string,
        period: '2031-01',
        value: 1,
        status: 'estimate',
        expectedRevision: 0,
      },
      {
        targetId: Object.values(other.targetIds)[0] as string,
        period: '2031-01',
        value: 1,
        status: 'estimate',
        expectedRevision: 0,
      },
    ];
    const error = await t.db
      .transaction((tx) => recordImportedFigures(tx, TEST_ACTOR, resolutionId, figures, 'import-other'))
      .catch((e: unknown) => e);
    expect((error as AppError).code).toBe('validation_failed');
    expect((error as AppError).issues.map((i) => i.path)).toEqual(['items.1.targetId']);
    expect(await count(t, 'observation_revisions')).toBe(before);
  });
});
