/**
 * Opens an .xlsx file as raw tables, one per known sheet, with the limits that keep a hostile
 * file from exhausting the server: bytes, uncompressed size (zip bombs), rows per sheet.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { formatNumberVi } from '../core';
import type { IssueList } from './issues';
import { LIMITS } from './layout';
import { rawFromExcel, type RawCell } from './raw-cell';
import type { RawTable } from './table';

/** Largest total uncompressed size of the parts of an .xlsx (a 10 MB file of text inflates ~10x). */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

/** The sheets of the workbook by name, or undefined (with an issue) when it cannot be opened. */
export async function readXlsx(
  bytes: Uint8Array,
  issues: IssueList,
  wanted: string[],
  maxUncompressed = MAX_UNCOMPRESSED_BYTES,
): Promise<Map<string, RawTable> | undefined> {
  const where = { sheet: '(tệp)', row: 0 };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    issues.add(where, 'tệp không phải là tệp Excel .xlsx hợp lệ (không mở được)');
    return undefined;
  }
  let total = 0;
  zip.forEach((_path, entry) => {
    // JSZip keeps the size announced by the zip's central directory.
    const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    total += size;
  });
  if (total > maxUncompressed) {
    issues.add(
      where,
      `nội dung giải nén quá lớn (${(total / 1048576).toFixed(1).replace('.', ',')} MB, tối đa ${(maxUncompressed / 1048576).toFixed(1).replace('.', ',')} MB)`,
    );
    return undefined;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    issues.add(where, 'tệp Excel bị hỏng hoặc không đúng định dạng .xlsx');
    return undefined;
  }
  const tables = new Map<string, RawTable>();
  for (const sheet of workbook.worksheets) {
    if (!wanted.includes(sheet.name)) continue;
    if (sheet.actualRowCount > LIMITS.rows + 1) {
      issues.add(
        { sheet: sheet.name, row: 0 },
        `có ${sheet.actualRowCount} dòng, vượt giới hạn ${formatNumberVi(LIMITS.rows)} dòng mỗi sheet`,
      );
      continue;
    }
    tables.set(sheet.name, toTable(sheet));
  }
  return tables;
}

function toTable(sheet: ExcelJS.Worksheet): RawTable {
  const rowCells = (row: ExcelJS.Row): RawCell[] => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = rawFromExcel(cell.value);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= { type: 'empty' };
    return cells;
  };
  const table: RawTable = { sheet: sheet.name, headerRow: 1, header: rowCells(sheet.getRow(1)), rows: [] };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > 1) table.rows.push({ row: rowNumber, cells: rowCells(row) });
  });
  return table;
}
