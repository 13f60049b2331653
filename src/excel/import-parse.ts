/**
 * Reading an imported file into checked rows: an Excel workbook in the template's layout, or a
 * CSV file holding one of its tables (recognised by its header row). Every problem is collected;
 * nothing here touches the database.
 */
import { normaliseLabel } from './labels';
import {
  ADJUSTMENT_COLUMNS,
  BENCHMARK_COLUMNS,
  FIGURE_COLUMNS,
  PLAN_COLUMNS,
  SHEET_ADJUSTMENTS,
  SHEET_BENCHMARKS,
  SHEET_FIGURES,
  SHEET_PLANS,
  SHEET_RESOLUTION,
  SHEET_TARGETS,
  TARGET_COLUMNS,
} from './layout';
import { parseAdjustmentSheet, parseBenchmarkSheet } from './parse-records';
import type { IssueList } from './issues';
import type { NumberLocale } from './number-text';
import { parseFigureSheet, parsePlanSheet } from './parse-figures';
import { parseResolutionSheet } from './parse-resolution';
import { parseTargetSheet } from './parse-targets';
import type { ResolutionDossier } from '../core';
import { parseJsonFile } from './import-json';
import type { ParsedFile } from './parsed-file';
import { readCsv, type CsvOptions } from './read-csv';
import { readXlsx } from './read-xlsx';
import type { RawTable } from './table';

export type ImportFormat = 'xlsx' | 'csv' | 'json';

/** The format of a file, from its name, else from its first bytes (zip → xlsx, '{' → JSON). */
export function detectFormat(filename: string | undefined, bytes: Uint8Array): ImportFormat {
  const ext = filename?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === 'xlsx' || ext === 'csv' || ext === 'json') return ext;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('{') ? 'json' : 'csv';
}

/** What reading a file needs: its bytes and how to read them (plain data, sent to the reader's
 * worker thread as is). */
export interface ImportFileInput {
  unitCode: string;
  bytes: Uint8Array;
  filename?: string;
  format?: ImportFormat;
  csv?: CsvOptions;
}

/** The rows of a file of any format, and the interchange document itself for a JSON file. */
export async function readImportFile(
  input: ImportFileInput,
  issues: IssueList,
): Promise<{ parsed: ParsedFile; wholeDossier?: ResolutionDossier }> {
  const format = input.format ?? detectFormat(input.filename, input.bytes);
  if (format === 'xlsx') return { parsed: await parseWorkbook(input.bytes, issues) };
  const text = decodeText(input.bytes, issues);
  if (format === 'csv') return { parsed: parseCsvFile(text, issues, input.csv) };
  const json = parseJsonFile(text, input.unitCode, issues);
  return { parsed: json.parsed, ...(json.dossier ? { wholeDossier: json.dossier } : {}) };
}

function decodeText(bytes: Uint8Array, issues: IssueList): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    issues.add({ sheet: '(tệp)', row: 0 }, 'tệp không phải văn bản UTF-8 (hãy lưu CSV dạng "CSV UTF-8")');
    return '';
  }
}

/** The rows of an Excel workbook (sheets Nghị quyết, Chỉ tiêu, Số liệu, Kế hoạch; others ignored). */
export async function parseWorkbook(bytes: Uint8Array, issues: IssueList): Promise<ParsedFile> {
  const parsed: ParsedFile = { targets: [], figures: [], plans: [] };
  const wanted = [
    SHEET_RESOLUTION,
    SHEET_TARGETS,
    SHEET_FIGURES,
    SHEET_PLANS,
    SHEET_BENCHMARKS,
    SHEET_ADJUSTMENTS,
  ];
  const tables = await readXlsx(bytes, issues, wanted);
  if (!tables) return parsed;
  if (![SHEET_TARGETS, SHEET_FIGURES, SHEET_PLANS].some((s) => tables.has(s)) && !issues.any) {
    issues.add(
      { sheet: '(tệp)', row: 0 },
      `không có sheet nào tên '${SHEET_TARGETS}', '${SHEET_FIGURES}' hoặc '${SHEET_PLANS}' (hãy dùng mẫu nhập liệu)`,
    );
  }
  return fromTables(tables, issues, 'vi');
}

function fromTables(tables: Map<string, RawTable>, issues: IssueList, locale: NumberLocale): ParsedFile {
  const resolutionTable = tables.get(SHEET_RESOLUTION);
  const targetTable = tables.get(SHEET_TARGETS);
  const figureTable = tables.get(SHEET_FIGURES);
  const planTable = tables.get(SHEET_PLANS);
  const benchmarkTable = tables.get(SHEET_BENCHMARKS);
  const adjustmentTable = tables.get(SHEET_ADJUSTMENTS);
  const resolution = resolutionTable ? parseResolutionSheet(resolutionTable, issues, locale) : undefined;
  const failedTargetCodes = new Set<string>();
  return {
    ...(resolution ? { resolution } : {}),
    failedTargetCodes,
    targets: targetTable ? parseTargetSheet(targetTable, issues, locale, failedTargetCodes) : [],
    figures: figureTable ? parseFigureSheet(figureTable, issues, locale) : [],
    plans: planTable ? parsePlanSheet(planTable, issues, locale) : [],
    benchmarks: benchmarkTable ? parseBenchmarkSheet(benchmarkTable, issues, locale) : [],
    adjustments: adjustmentTable ? parseAdjustmentSheet(adjustmentTable, issues, locale) : [],
  };
}

/** The rows of a CSV file holding the targets, the figures or the plans table. */
export function parseCsvFile(text: string, issues: IssueList, options: CsvOptions = {}): ParsedFile {
  const read = readCsv(text, 'CSV', issues, options);
  if (!read) return { targets: [], figures: [], plans: [] };
  const headers = new Set(read.table.header.map((c) => (c.type === 'text' ? normaliseLabel(c.value) : '')));
  const has = (header: string) => headers.has(normaliseLabel(header));
  const header = (key: string, columns: typeof TARGET_COLUMNS) =>
    columns.find((c) => c.key === key)?.header ?? key;
  let sheet: string | undefined;
  if (has(header('name', TARGET_COLUMNS))) sheet = SHEET_TARGETS;
  else if (has(header('kind', PLAN_COLUMNS))) sheet = SHEET_PLANS;
  else if (has(header('label', BENCHMARK_COLUMNS))) sheet = SHEET_BENCHMARKS;
  else if (has(header('newGoal', ADJUSTMENT_COLUMNS))) sheet = SHEET_ADJUSTMENTS;
  else if (has(header('status', FIGURE_COLUMNS))) sheet = SHEET_FIGURES;
  if (!sheet) {
    issues.add(
      { sheet: 'CSV', row: read.table.headerRow },
      'không nhận ra bảng: dòng tiêu đề phải là tiêu đề của sheet Chỉ tiêu, Số liệu, Kế hoạch, So sánh hoặc Điều chỉnh trong mẫu nhập liệu',
    );
    return { targets: [], figures: [], plans: [] };
  }
  // Messages name the table the CSV holds, as for a sheet.
  const table: RawTable = { ...read.table, sheet: `${sheet} (CSV)` };
  return fromTables(new Map([[sheet, table]]), issues, read.locale);
}
