import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { buildDossier, seedUnitTree, TEST_ACTOR } from '../../test/factories';
import { AppError } from '../services/app-error';
import { loadDossier, saveDossier } from '../services/dossier.service';
import { exportUnit } from './export.service';
import { importFile } from './import.service';
import { randomUUID } from 'node:crypto';
import { buildChangeSet } from './change-set';
import { parseWorkbook } from './import-parse';
import { IssueList } from './issues';
import { writeChangeSet } from './write-change-set';
import {
  ADJUSTMENT_COLUMNS,
  FIGURE_COLUMNS,
  SHEET_ADJUSTMENTS,
  SHEET_FIGURES,
  SHEET_PLANS,
  SHEET_TARGETS,
  TARGET_COLUMNS,
} from './layout';
import { rowOf } from './test-workbook';

async function counts(t: TestDatabase): Promise<number[]> {
  const out: number[] = [];
  for (const table of ['targets', 'observation_revisions', 'plan_revisions', 'audit_log']) {
    const [row] = await t.db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
    out.push(row?.n ?? -1);
  }
  return out;
}

async function edit(bytes: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  change(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function lastRow(sheet: ExcelJS.Worksheet): number {
  let last = 1;
  sheet.getColumn(1).eachCell((cell, row) => {
    if (cell.value !== null && cell.value !== '') last = row;
  });
  return last;
}

describe.each(BACKENDS)('importing into a stored resolution on %s Postgres', (backend) => {
  let t: TestDatabase;
  let resolutionId: string;
  let exported: Buffer;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    await seedUnitTree(t.db);
    resolutionId = await saveDossier(t.db, TEST_ACTOR, buildDossier());
    exported = (await exportUnit(t.db, { unitCode: '381' }, 'xlsx')).bytes;
  });
  afterAll(() => t.close());

  it('adds and corrects targets, sets plans and records figures as new revisions, keeping the old ones', async () => {
    const before = await loadDossier(t.db, resolutionId, { revisions: 'current' });
    const bytes = await edit(exported, (wb) => {
      const targets = wb.getWorksheet(SHEET_TARGETS) as ExcelJS.Worksheet;
      targets.getCell('B2').value = 'Tốc độ tăng giá trị sản xuất bình quân (giá so sánh 2010)';
      targets.getRow(lastRow(targets) + 1).values = rowOf(TARGET_COLUMNS, {
        code: '6',
        name: 'Số xã đạt chuẩn nông thôn mới nâng cao',
        field: 'Kinh tế',
        kind: 'Số lượng',
        direction: 'Càng cao càng tốt',
        unit: 'xã',
        precision: 0,
        goal: 5,
        parentCode: '1',
      });
      const figures = wb.getWorksheet(SHEET_FIGURES) as ExcelJS.Worksheet;
      figures.getCell('C2').value = 20000.25;
      figures.getRow(lastRow(figures) + 1).values = rowOf(FIGURE_COLUMNS, {
        targetCode: '6',
        period: 'năm 2023',
        value: 3,
        status: 'Ước',
      });
      const plans = wb.getWorksheet(SHEET_PLANS) as ExcelJS.Worksheet;
      plans.getCell('F2').value = 123456.5;
    });
    const result = await importFile(t.db, TEST_ACTOR, { unitCode: '381', bytes, filename: 'sua.xlsx' });
    expect(result).toMatchObject({
      createdResolution: false,
      targetsAdded: 1,
      targetsUpdated: 1,
      plansSet: 1,
      figuresRecorded: 2,
    });
    const after = await loadDossier(t.db, resolutionId);
    const added = after.targets.find((x) => x.code === '6');
    expect(added?.parentId).toBe(after.targets.find((x) => x.code === '1')?.id);
    expect(after.targets.find((x) => x.code === '1')?.name).toContain('giá so sánh 2010');
    expect(after.plans).toHaveLength(before.plans.length);
    expect(after.plans.map((p) => p.value)).toContain(123456.5);
    const growth = before.targets.find((x) => x.code === '1')?.id;
    const firstFigure = before.observations.find((o) => o.targetId === growth && o.period === '2021');
    const history = after.observations.filter((o) => o.targetId === growth && o.period === '2021');
    expect(history.map((o) => [o.revision, o.value])).toEqual([
      [firstFigure?.revision, firstFigure?.value],
      [(firstFigure?.revision ?? 0) + 1, 20000.25],
    ]);
  });

  it('keeps plans a figures-only CSV does not mention', async () => {
    const plansBefore = (await loadDossier(t.db, resolutionId)).plans.length;
    const csv = 'Mã chỉ tiêu;Kỳ;Giá trị;Trạng thái\n1;quý I/2024;5.100,5;Ước\n';
    const result = await importFile(t.db, TEST_ACTOR, {
      unitCode: '381',
      bytes: Buffer.from(csv),
      filename: 'a.csv',
    });
    expect(result.figuresRecorded).toBe(1);
    expect((await loadDossier(t.db, resolutionId)).plans).toHaveLength(plansBefore);
  });

  it('writes nothing when any row is wrong, even rows that were right', async () => {
    const before = await counts(t);
    const bytes = await edit(exported, (wb) => {
      const figures = wb.getWorksheet(SHEET_FIGURES) as ExcelJS.Worksheet;
      figures.getCell('C2').value = 30000;
      figures.getCell('C3').value = Number.MAX_VALUE;
      (wb.getWorksheet(SHEET_PLANS) as ExcelJS.Worksheet).getCell('F2').value = '1.2.3';
    });
    const error = await importFile(t.db, TEST_ACTOR, { unitCode: '381', bytes, filename: 'x.xlsx' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('import_invalid');
    expect((error as AppError).issues.map((i) => `${i.sheet}!${i.column}${i.row}`)).toEqual([
      `${SHEET_PLANS}!F2`,
      `${SHEET_FIGURES}!C3`,
    ]);
    expect(await counts(t)).toEqual(before);
  });

  it('rolls back the whole import when a write fails midway (someone saved the same figure in between)', async () => {
    const before = await counts(t);
    const stored = await loadDossier(t.db, resolutionId, { revisions: 'current' });
    // The file was checked against a view without the figures: as if someone saved them since.
    const stale = { ...stored, observations: [] };
    const bytes = await edit(exported, (wb) => {
      const targets = wb.getWorksheet(SHEET_TARGETS) as ExcelJS.Worksheet;
      targets.getRow(lastRow(targets) + 1).values = rowOf(TARGET_COLUMNS, {
        code: '7',
        name: 'Chỉ tiêu mới',
        field: 'Kinh tế',
        kind: 'Tỷ lệ',
        direction: 'Càng cao càng tốt',
        unit: '%',
        goal: 50,
      });
      (wb.getWorksheet(SHEET_FIGURES) as ExcelJS.Worksheet).getCell('C2').value = 1;
    });
    const issues = new IssueList();
    const change = buildChangeSet(await parseWorkbook(bytes, issues), stale, '381', issues, () =>
      randomUUID(),
    );
    expect(issues.list()).toEqual([]);
    expect(change.addTargets).toHaveLength(1);
    const error = await t.db
      .transaction((tx) =>
        writeChangeSet(tx, TEST_ACTOR, change, resolutionId, undefined, stored, () => undefined),
      )
      .catch((e: unknown) => e);
    expect((error as AppError).code).toBe('revision_conflict');
    expect(await counts(t)).toEqual(before);
    expect((await loadDossier(t.db, resolutionId)).targets.map((x) => x.code)).not.toContain('7');
  });

  it('records an adjustment from the Điều chỉnh sheet and puts its goal in force; refuses a wrong old goal', async () => {
    const current = await loadDossier(t.db, resolutionId, { revisions: 'current' });
    const share = current.targets.find((x) => x.goal.type === 'number' && x.code !== '1' && x.code !== '6');
    expect(share).toBeDefined();
    const oldValue = share?.goal.type === 'number' ? share.goal.value : 0;
    const fresh = (await exportUnit(t.db, { unitCode: '381' }, 'xlsx')).bytes;
    const withAdjustment = (old: number) =>
      edit(fresh, (wb) => {
        const targets = wb.getWorksheet(SHEET_TARGETS) as ExcelJS.Worksheet;
        targets.getColumn(1).eachCell((cell, row) => {
          if (cell.value === share?.code) targets.getCell(`I${row}`).value = oldValue + 1;
        });
        const sheet = wb.getWorksheet(SHEET_ADJUSTMENTS) as ExcelJS.Worksheet;
        sheet.getRow(lastRow(sheet) + 1).values = rowOf(ADJUSTMENT_COLUMNS, {
          targetCode: share?.code,
          oldGoal: old,
          newGoal: oldValue + 1,
          decision: 'Nghị quyết số 99-NQ/TU',
          date: '2024-03-15',
        });
      });
    const wrong = await importFile(t.db, TEST_ACTOR, {
      unitCode: '381',
      bytes: await withAdjustment(oldValue + 7),
      filename: 'x.xlsx',
    }).catch((e: unknown) => e);
    expect((wrong as AppError).issues.map((i) => i.message).join(' ')).toContain(
      'mục tiêu cũ khác mục tiêu đang áp dụng',
    );
    const result = await importFile(t.db, TEST_ACTOR, {
      unitCode: '381',
      bytes: await withAdjustment(oldValue),
      filename: 'x.xlsx',
    });
    expect(result.targetsUpdated).toBe(0);
    const after = await loadDossier(t.db, resolutionId);
    expect(after.targets.find((x) => x.id === share?.id)?.goal).toEqual({
      type: 'number',
      value: oldValue + 1,
    });
    expect(after.adjustments.find((a) => a.decision === 'Nghị quyết số 99-NQ/TU')).toMatchObject({
      oldGoal: { type: 'number', value: oldValue },
      newGoal: { type: 'number', value: oldValue + 1 },
      date: '2024-03-15',
    });
  });

  it('imports the interchange JSON of a stored resolution as no change, and refuses it for another unit', async () => {
    const json = (await exportUnit(t.db, { unitCode: '381' }, 'json')).bytes;
    const result = await importFile(t.db, TEST_ACTOR, { unitCode: '381', bytes: json, filename: 'x.json' });
    expect(result).toMatchObject({ targetsAdded: 0, targetsUpdated: 0, plansSet: 0, figuresRecorded: 0 });
    const other = await importFile(t.db, TEST_ACTOR, {
      unitCode: '290',
      bytes: json,
      filename: 'x.json',
    }).catch((e: unknown) => e);
    expect((other as AppError).issues[0]?.message).toContain('không có nghị quyết của đơn vị 290');
  });
});
