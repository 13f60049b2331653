/**
 * Export to Excel: the template filled in (Nghị quyết, Chỉ tiêu, Số liệu, Kế hoạch), so the file
 * can be imported again, plus the "Đánh giá" sheet as of the requested period. Numbers are
 * number cells with a Vietnamese-friendly format; text is neutralised against formula injection.
 */
import type ExcelJS from 'exceljs';
import type { DossierEvaluation } from '../core';
import type { PeriodCode, ResolutionDossier } from '../core';
import { formatPeriodVi } from '../core';
import { evaluationRows } from './evaluation-rows';
import {
  adjustmentRows,
  benchmarkRows,
  figureRows,
  planRows,
  resolutionItems,
  targetRows,
  type OutRow,
} from './export-rows';
import {
  ADJUSTMENT_COLUMNS,
  BENCHMARK_COLUMNS,
  EVALUATION_HEADERS,
  FIGURE_COLUMNS,
  numberFormatFor,
  percentFormat,
  PLAN_COLUMNS,
  precisionFormat,
  RESOLUTION_FIELDS,
  SHEET_EVALUATION,
  TARGET_COLUMNS,
  type Column,
} from './layout';
import { addDataSheet, cellValue } from './sheet-writer';
import { createTemplateShell } from './template';

/** One unit's resolution and, for the evaluation sheet, the core's evaluation of it. */
export interface ExportSource {
  dossier: ResolutionDossier;
  evaluation?: DossierEvaluation;
}

function writeRows(sheet: ExcelJS.Worksheet, columns: Column[], rows: OutRow[]): void {
  rows.forEach((row, i) => {
    const excelRow = sheet.getRow(i + 2);
    columns.forEach((column, c) => {
      const cell = excelRow.getCell(c + 1);
      const value = row[column.key];
      cell.value = cellValue(value);
      if (typeof value === 'number') cell.numFmt = column.kind === 'integer' ? '0' : numberFormatFor(value);
    });
  });
}

/** The export workbook of one or more units' resolutions (a subtree), as .xlsx bytes. */
export async function writeExportXlsx(
  sources: ExportSource[],
  options: { asOf?: PeriodCode } = {},
): Promise<Buffer> {
  const rowsOf = {
    targets: sources.flatMap((s) => targetRows(s.dossier)),
    figures: sources.flatMap((s) => figureRows(s.dossier).map((f) => f.row)),
    plans: sources.flatMap((s) => planRows(s.dossier)),
    benchmarks: sources.flatMap((s) => benchmarkRows(s.dossier)),
    adjustments: sources.flatMap((s) => adjustmentRows(s.dossier)),
  };
  const most = Math.max(rowsOf.targets.length, rowsOf.figures.length, rowsOf.plans.length);
  const shell = createTemplateShell({ rows: most });
  const first = sources[0];
  if (first) {
    const items = resolutionItems(first.dossier);
    RESOLUTION_FIELDS.forEach((field, i) => {
      const cell = shell.resolution.getCell(i + 1, 2);
      cell.value = cellValue(items[field.key]);
    });
  }
  writeRows(shell.targets, TARGET_COLUMNS, rowsOf.targets);
  writeRows(shell.figures, FIGURE_COLUMNS, rowsOf.figures);
  writeRows(shell.plans, PLAN_COLUMNS, rowsOf.plans);
  writeRows(shell.benchmarks, BENCHMARK_COLUMNS, rowsOf.benchmarks);
  writeRows(shell.adjustments, ADJUSTMENT_COLUMNS, rowsOf.adjustments);
  const evaluated = sources.filter((s) => s.evaluation);
  if (evaluated.length)
    addEvaluationSheet(shell.workbook, evaluated, options.asOf ?? evaluated[0]?.evaluation?.asOf);
  return Buffer.from(await shell.workbook.xlsx.writeBuffer());
}

function addEvaluationSheet(
  workbook: ExcelJS.Workbook,
  sources: ExportSource[],
  asOf: PeriodCode | undefined,
): void {
  const sheet = addDataSheet(workbook, SHEET_EVALUATION, [...EVALUATION_HEADERS]);
  let r = 2;
  for (const { dossier, evaluation } of sources) {
    if (!evaluation) continue;
    for (const row of evaluationRows(dossier, evaluation)) {
      const values = [
        row.unitCode,
        row.unitName,
        row.code,
        row.name,
        row.unit,
        row.goal,
        row.actual,
        row.period,
        row.percent === undefined ? undefined : row.percent.value / 100,
        row.verdict,
        row.band,
        row.note,
      ];
      const excelRow = sheet.getRow(r);
      values.forEach((value, c) => {
        const cell = excelRow.getCell(c + 1);
        cell.value = cellValue(value);
        if (typeof value === 'number')
          cell.numFmt = c === 8 ? percentFormat(row.percent?.decimals ?? 1) : precisionFormat(row.precision);
      });
      r += 1;
    }
  }
  if (asOf) {
    sheet.headerFooter.oddHeader = `&CĐánh giá thực hiện chỉ tiêu đến ${formatPeriodVi(asOf)}`;
  }
}
