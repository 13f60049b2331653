/**
 * Writing sheets in the template's layout: bold frozen header row, column widths, number
 * formats, drop-down lists for enumerations (from the hidden "Danh mục" sheet), autofilter.
 * Shared by the template and the export so both look and read the same.
 */
import type ExcelJS from 'exceljs';
import { labelsOf, type LabelTable } from './labels';
import { columnLetter, INTEGER_FORMAT, NUMBER_FORMAT, SHEET_LISTS, type Column } from './layout';
import { neutraliseText } from './text-safety';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/** Adds the hidden sheet holding every drop-down list, one list per column; returns where each is. */
export function addListSheet(
  workbook: ExcelJS.Workbook,
  columns: Column[][],
): Map<LabelTable<string>, string> {
  const sheet = workbook.addWorksheet(SHEET_LISTS, { state: 'hidden' });
  const where = new Map<LabelTable<string>, string>();
  let index = 0;
  for (const column of columns.flat()) {
    if (!column.list || where.has(column.list)) continue;
    const labels = labelsOf(column.list);
    const letter = columnLetter(index);
    sheet.getCell(`${letter}1`).value = column.header;
    labels.forEach((label, i) => (sheet.getCell(`${letter}${i + 2}`).value = label));
    where.set(column.list, `'${SHEET_LISTS}'!$${letter}$2:$${letter}$${labels.length + 1}`);
    index += 1;
  }
  return where;
}

/** Adds a data sheet: header row, widths, frozen header, autofilter. */
export function addDataSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: { header: string; width: number }[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 32;
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** Number formats and drop-downs on rows 2..`lastRow` of a sheet laid out by `columns`. */
export function formatDataColumns(
  sheet: ExcelJS.Worksheet,
  columns: Column[],
  lists: Map<LabelTable<string>, string>,
  lastRow: number,
): void {
  columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    if (column.kind === 'number' || column.kind === 'value') col.numFmt = NUMBER_FORMAT;
    if (column.kind === 'integer') col.numFmt = INTEGER_FORMAT;
    if (
      column.kind === 'text' ||
      column.kind === 'code' ||
      column.kind === 'enum' ||
      column.kind === 'period'
    )
      col.numFmt = '@';
    const range = column.list ? lists.get(column.list) : undefined;
    if (!range) return;
    for (let row = 2; row <= lastRow; row++) {
      sheet.getCell(row, i + 1).dataValidation = {
        type: 'list',
        allowBlank: !column.required,
        formulae: [range],
        showErrorMessage: true,
        errorTitle: column.header,
        error: `Chọn một giá trị trong danh sách ${column.header}.`,
      };
    }
  });
}

/** A cell value for export: numbers as numbers, text neutralised against formula injection. */
export function cellValue(value: string | number | boolean | undefined | null): ExcelJS.CellValue {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return neutraliseText(value);
  return value;
}
