import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateDossier } from '../core';
import type { ResolutionDossier } from '../core';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { seedUnitTree, TEST_ACTOR } from '../../test/factories';
import { loadDossier } from '../services/dossier.service';
import { defaultAsOf, exportUnit } from './export.service';
import { importFile } from './import.service';
import { currentObservations } from './export-rows';
import { SHEET_EVALUATION, SHEET_FIGURES, SHEET_TARGETS } from './layout';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));

/** The dossier with target ids replaced by codes, current figures only, in a stable order:
 * what a workbook carries, comparable across databases. */
function comparable(d: ResolutionDossier) {
  const code = new Map(d.targets.map((t) => [t.id, t.code]));
  const by = (id: string) => code.get(id) ?? `?${id}`;
  return {
    unit: d.unit,
    issuer: d.issuer,
    congress: d.congress,
    title: d.title,
    targets: d.targets.map(({ id: _id, parentId, ...t }) => ({
      ...t,
      ...(parentId ? { parentId: by(parentId) } : {}),
    })),
    observations: currentObservations(d.observations)
      .map(({ revision: _r, recordedAt: _at, ...o }) => ({ ...o, targetId: by(o.targetId) }))
      .sort((a, b) => `${a.targetId}|${a.period}`.localeCompare(`${b.targetId}|${b.period}`)),
    benchmarks: d.benchmarks.map((b) => ({ ...b, targetId: by(b.targetId) })),
    adjustments: d.adjustments.map((a) => ({ ...a, targetId: by(a.targetId) })),
    plans: d.plans
      .map((p) => ({ ...p, targetId: by(p.targetId) }))
      .sort((a, b) =>
        `${a.targetId}|${a.period}|${a.source}`.localeCompare(`${b.targetId}|${b.period}|${b.source}`),
      ),
  };
}

describe.each(BACKENDS)('round trip of the examples on %s Postgres', (backend) => {
  // Two examples may be states of one resolution: each example gets fresh databases.
  let first: TestDatabase;
  let second: TestDatabase;
  beforeEach(async () => {
    first = await openTestDatabase(backend);
    second = await openTestDatabase(backend);
    await seedUnitTree(first.db);
    await seedUnitTree(second.db);
  });
  afterEach(async () => {
    await first?.close();
    await second?.close();
  });

  it.each(files)(
    '%s: import JSON, evaluate, export xlsx, import into a fresh database gives the same dossier',
    async (file) => {
      const bytes = readFileSync(join(EXAMPLES, file));
      const unitCode = (JSON.parse(bytes.toString('utf8')) as { unit: { code: string } }).unit.code;
      const progress: number[] = [];
      const imported = await importFile(first.db, TEST_ACTOR, { unitCode, bytes, filename: file }, (_s, p) =>
        progress.push(p),
      ).catch((e: unknown) => {
        throw new Error(JSON.stringify((e as { issues?: unknown }).issues ?? String(e), null, 1));
      });
      expect(imported.createdResolution).toBe(true);
      expect(progress[progress.length - 1]).toBe(100);
      const original = await loadDossier(first.db, imported.resolutionId);
      const evaluation = evaluateDossier(original, { asOf: defaultAsOf(original) });
      expect(evaluation.targets).toHaveLength(original.targets.length);

      const exported = await exportUnit(first.db, { unitCode }, 'xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(exported.bytes as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet(SHEET_EVALUATION);
      expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet?.actualRowCount).toBe(original.targets.length + 1);
      const figures = workbook.getWorksheet(SHEET_FIGURES);
      const numeric = figures?.getColumn(3).values.filter((v) => typeof v === 'number') ?? [];
      expect(numeric.length).toBeGreaterThan(0);
      expect(
        figures?.getCell('C2').type === ExcelJS.ValueType.Number ? figures.getCell('C2').numFmt : '#,##0',
      ).toMatch(/#,##0/);

      // Importing the export again into the same database changes nothing.
      const again = await importFile(first.db, TEST_ACTOR, {
        unitCode,
        bytes: exported.bytes,
        filename: 'x.xlsx',
      });
      expect(again).toMatchObject({
        createdResolution: false,
        targetsAdded: 0,
        targetsUpdated: 0,
        plansSet: 0,
        figuresRecorded: 0,
      });

      const copy = await importFile(second.db, TEST_ACTOR, {
        unitCode,
        bytes: exported.bytes,
        filename: 'x.xlsx',
      });
      expect(copy.createdResolution).toBe(true);
      const restored = await loadDossier(second.db, copy.resolutionId);
      expect(comparable(restored)).toEqual(comparable(original));
      const codes = workbook
        .getWorksheet(SHEET_TARGETS)
        ?.getColumn(1)
        .values.filter((v) => v !== undefined && v !== null);
      expect(codes).toHaveLength(original.targets.length + 1);
    },
  );
});
