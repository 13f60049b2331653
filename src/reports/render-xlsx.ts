/**
 * Renders the appendix tables of a report to Excel (.xlsx) with exceljs: numbers stay numbers,
 * with number formats (thousands grouped, fixed decimals, percentages, the qualifier as a literal
 * prefix), the header row frozen, field rows bold. How the separators print follows the reader's
 * locale: in a Vietnamese Excel or LibreOffice "#,##0.0" shows as 9.710,8.
 */
import ExcelJS from 'exceljs';
import type { Cell, ReportDocument } from './report-types';

/** The Excel number format of a numeric cell. */
export function numberFormat(cell: Extract<Cell, { kind: 'number' }>): string {
  const decimals = cell.decimals > 0 ? `.${'0'.repeat(cell.decimals)}` : '';
  const core = cell.percent ? `0${decimals}%` : `#,##0${decimals}`;
  return cell.prefix ? `"${cell.prefix.replace(/"/g, '')}"${core}` : core;
}

function excelValue(cell: Cell): ExcelJS.CellValue {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'text':
      return cell.text;
    case 'number':
      return cell.value;
  }
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

/** Builds the workbook (exported for tests). */
export function buildWorkbook(doc: ReportDocument): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = doc.header.issuer;
  const ap = doc.appendix;
  const ws = wb.addWorksheet('Phụ lục', {
    pageSetup: {
      paperSize: 9,
      orientation: ap.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
    views: [{ state: 'frozen', xSplit: 2, ySplit: 5 }],
  });
  const font = { name: doc.layout.font, size: 11 };
  ws.columns = ap.columns.map((c) => ({ key: c.key, width: Math.max(6, c.width * 1.6) }));
  const last = ap.columns.length;
  const banner = (row: number, text: string, opts: Partial<ExcelJS.Font>) => {
    ws.mergeCells(row, 1, row, last);
    const c = ws.getCell(row, 1);
    c.value = text;
    c.font = { ...font, ...opts };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  banner(1, ap.heading, { bold: true, size: 13 });
  banner(2, ap.title, { bold: true, size: 13 });
  banner(3, ap.subtitle, { italic: true });
  const header = ws.getRow(5);
  ap.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...font, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
  });
  header.height = 48;
  ap.rows.forEach((row, r) => {
    const xr = ws.getRow(6 + r);
    row.cells.forEach((cell, i) => {
      const xc = xr.getCell(i + 1);
      xc.value = excelValue(cell);
      if (cell.kind === 'number') xc.numFmt = numberFormat(cell);
      xc.font = { ...font, bold: row.kind === 'group' };
      xc.border = THIN;
      xc.alignment = { horizontal: ap.columns[i]?.align ?? 'left', vertical: 'middle', wrapText: true };
    });
  });
  let noteRow = 6 + ap.rows.length + 1;
  for (const note of ap.notes) {
    ws.mergeCells(noteRow, 1, noteRow, last);
    const c = ws.getCell(noteRow, 1);
    c.value = note;
    c.font = { ...font, italic: true, size: 10 };
    noteRow++;
  }
  return wb;
}

/** Renders the report's appendix to the bytes of an .xlsx file. */
export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  const data = await buildWorkbook(doc).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
