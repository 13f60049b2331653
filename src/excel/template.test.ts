import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseWorkbook } from './import-parse';
import { IssueList } from './issues';
import {
  FIGURE_COLUMNS,
  SHEET_FIGURES,
  SHEET_GUIDE,
  SHEET_LISTS,
  SHEET_TARGETS,
  TARGET_COLUMNS,
} from './layout';
import { writeTemplate } from './template';

describe('the import template', () => {
  it('has the guide, frozen bold headers, widths, and drop-downs of Vietnamese labels', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeTemplate()) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet(SHEET_GUIDE)?.getCell('A1').value).toBe(
      'MẪU NHẬP LIỆU VỀ ĐÍCH: CHỈ TIÊU, SỐ LIỆU VÀ KẾ HOẠCH',
    );
    const targets = workbook.getWorksheet(SHEET_TARGETS) as ExcelJS.Worksheet;
    expect(targets.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(targets.getRow(1).values).toEqual([undefined, ...TARGET_COLUMNS.map((c) => c.header)]);
    expect(targets.getCell('B1').font?.bold).toBe(true);
    expect(targets.getColumn(2).width).toBe(48);
    const kind = targets.getCell('D2').dataValidation;
    expect(kind).toMatchObject({ type: 'list' });
    const range = String(kind.formulae?.[0]);
    expect(range).toMatch(/^'Danh mục'!\$[A-Z]+\$2:\$[A-Z]+\$11$/);
    const lists = workbook.getWorksheet(SHEET_LISTS) as ExcelJS.Worksheet;
    expect(lists.state).toBe('hidden');
    const column = range.match(/\$([A-Z]+)\$2/)?.[1] ?? '';
    expect(lists.getCell(`${column}2`).value).toBe('Tăng trưởng bình quân');
    const figures = workbook.getWorksheet(SHEET_FIGURES) as ExcelJS.Worksheet;
    expect(figures.getCell('D1000').dataValidation?.type).toBe('list');
    expect(figures.getColumn(FIGURE_COLUMNS.findIndex((c) => c.key === 'value') + 1).numFmt).toBe(
      '#,##0.###',
    );
  });

  it('reads back as an empty, valid file', async () => {
    const issues = new IssueList();
    const parsed = await parseWorkbook(new Uint8Array(await writeTemplate()), issues);
    expect(issues.list()).toEqual([]);
    expect(parsed).toMatchObject({ targets: [], figures: [], plans: [] });
    expect(parsed.resolution).toBeUndefined();
  });
});
