import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from './report-model';
import { numberFormat, renderXlsx } from './render-xlsx';
import { HAND_DOSSIER, HAND_EVALUATION } from './fixtures/hand-made';

const model = buildReportModel(HAND_DOSSIER, HAND_EVALUATION, {
  type: 'midterm',
  asOf: '2023',
  date: '2023-07-26',
  number: '12',
});

async function load(): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  const bytes = await renderXlsx(model);
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const ws = wb.getWorksheet('Phụ lục');
  if (!ws) throw new Error('sheet missing');
  return ws;
}

describe('renderXlsx', () => {
  it('number formats: grouped, fixed decimals, percent, qualifier prefix', () => {
    expect(numberFormat({ kind: 'number', value: 9710.8, decimals: 1 })).toBe('#,##0.0');
    expect(numberFormat({ kind: 'number', value: 93867, decimals: 0 })).toBe('#,##0');
    expect(numberFormat({ kind: 'number', value: 1.22, decimals: 1, percent: true })).toBe('0.0%');
    expect(numberFormat({ kind: 'number', value: 1, decimals: 2, prefix: '< ' })).toBe('"< "#,##0.00');
  });

  it('writes every column and row, numbers as numbers with their format', async () => {
    const ws = await load();
    expect(ws.getCell(1, 1).value).toBe('PHỤ LỤC');
    const header = model.appendix.columns.map((_c, i) => ws.getRow(5).getCell(i + 1).value);
    expect(header).toEqual(model.appendix.columns.map((c) => c.header));
    model.appendix.rows.forEach((row, r) => {
      row.cells.forEach((cell, i) => {
        const xc = ws.getRow(6 + r).getCell(i + 1);
        if (cell.kind === 'number') {
          expect(typeof xc.value).toBe('number');
          expect(xc.value).toBe(cell.value);
          expect(xc.numFmt).toBe(numberFormat(cell));
        } else if (cell.kind === 'text') expect(xc.value).toBe(cell.text);
        else expect(xc.value ?? null).toBeNull();
      });
    });
    // the budget row: 9.710,8 tỷ đồng is the number 9710.8; 122% of the province estimate is 1.22…
    const budget = ws.getRow(6 + model.appendix.rows.findIndex((r) => r.targetId === 't2'));
    expect(budget.getCell(7).value).toBe(9710.8);
    // the percentage shown by the core (122%), not the raw ratio printed at another precision
    expect(budget.getCell(9).value).toBe(1.22);
    expect(budget.getCell(9).numFmt).toBe('0%');
  });

  it('freezes the header', async () => {
    const ws = await load();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5, xSplit: 2 });
  });
});
