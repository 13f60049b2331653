/**
 * Builds small workbooks for tests: sheets given as rows of cell values (the first row is the
 * header), written to .xlsx bytes exactly as a user's Excel would save them.
 */
import ExcelJS from 'exceljs';
import { FIGURE_COLUMNS, PLAN_COLUMNS, TARGET_COLUMNS, type Column } from './layout';

/** .xlsx bytes of the given sheets. */
export async function workbookBytes(sheets: Record<string, ExcelJS.CellValue[][]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((cells, r) => cells.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value)));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A row in the layout's column order from values by key. */
export function rowOf(columns: Column[], values: Record<string, ExcelJS.CellValue>): ExcelJS.CellValue[] {
  return columns.map((c) => values[c.key] ?? null);
}

/** Header rows of the three data sheets. */
export const HEADERS = {
  targets: TARGET_COLUMNS.map((c) => c.header),
  figures: FIGURE_COLUMNS.map((c) => c.header),
  plans: PLAN_COLUMNS.map((c) => c.header),
};
