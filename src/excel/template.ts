/**
 * The import template the server gives (`GET /api/templates/import.xlsx`): a guide sheet in
 * Vietnamese, the resolution sheet, and the three data sheets (targets, figures, plans) with
 * frozen headers, widths, number formats and drop-down lists. Exports use the same shell, so an
 * export is a filled-in template.
 */
import ExcelJS from 'exceljs';
import { labelsOf } from './labels';
import {
  ADJUSTMENT_COLUMNS,
  BENCHMARK_COLUMNS,
  SHEET_ADJUSTMENTS,
  SHEET_BENCHMARKS,
  FIGURE_COLUMNS,
  PLAN_COLUMNS,
  RESOLUTION_FIELDS,
  SHEET_FIGURES,
  SHEET_GUIDE,
  SHEET_PLANS,
  SHEET_RESOLUTION,
  SHEET_TARGETS,
  TARGET_COLUMNS,
  type Column,
} from './layout';
import { addDataSheet, addListSheet, formatDataColumns } from './sheet-writer';

/** The sheets of a workbook in the template's layout. */
export interface TemplateShell {
  workbook: ExcelJS.Workbook;
  resolution: ExcelJS.Worksheet;
  targets: ExcelJS.Worksheet;
  figures: ExcelJS.Worksheet;
  plans: ExcelJS.Worksheet;
  benchmarks: ExcelJS.Worksheet;
  adjustments: ExcelJS.Worksheet;
}

/** Rows prepared with drop-downs in an empty template. */
export const TEMPLATE_ROWS = 1000;

/** A workbook with the guide, the resolution sheet and empty data sheets; `rows` data rows get
 * drop-downs (at least {@link TEMPLATE_ROWS}). */
export function createTemplateShell(options: { rows?: number } = {}): TemplateShell {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Về Đích';
  workbook.created = new Date(0);
  addGuideSheet(workbook);
  const resolution = workbook.addWorksheet(SHEET_RESOLUTION);
  resolution.columns = [{ width: 28 }, { width: 60 }];
  const targets = addDataSheet(workbook, SHEET_TARGETS, TARGET_COLUMNS);
  const figures = addDataSheet(workbook, SHEET_FIGURES, FIGURE_COLUMNS);
  const plans = addDataSheet(workbook, SHEET_PLANS, PLAN_COLUMNS);
  const benchmarks = addDataSheet(workbook, SHEET_BENCHMARKS, BENCHMARK_COLUMNS);
  const adjustments = addDataSheet(workbook, SHEET_ADJUSTMENTS, ADJUSTMENT_COLUMNS);
  const lists = addListSheet(workbook, [TARGET_COLUMNS, FIGURE_COLUMNS, PLAN_COLUMNS, RESOLUTION_FIELDS]);
  const lastRow = Math.max(TEMPLATE_ROWS, (options.rows ?? 0) + 200) + 1;
  formatDataColumns(targets, TARGET_COLUMNS, lists, lastRow);
  formatDataColumns(figures, FIGURE_COLUMNS, lists, lastRow);
  formatDataColumns(plans, PLAN_COLUMNS, lists, lastRow);
  formatDataColumns(benchmarks, BENCHMARK_COLUMNS, lists, lastRow);
  formatDataColumns(adjustments, ADJUSTMENT_COLUMNS, lists, lastRow);
  RESOLUTION_FIELDS.forEach((field, i) => {
    const row = resolution.getRow(i + 1);
    row.getCell(1).value = field.header;
    row.getCell(1).font = { bold: true };
    row.getCell(2).numFmt = field.kind === 'integer' ? '0' : '@';
    const range = field.list ? lists.get(field.list) : undefined;
    if (range) row.getCell(2).dataValidation = { type: 'list', allowBlank: false, formulae: [range] };
  });
  return { workbook, resolution, targets, figures, plans, benchmarks, adjustments };
}

/** The empty import template as .xlsx bytes. */
export async function writeTemplate(): Promise<Buffer> {
  const { workbook } = createTemplateShell();
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const GUIDE_LINES = [
  'MẪU NHẬP LIỆU VỀ ĐÍCH: CHỈ TIÊU, SỐ LIỆU VÀ KẾ HOẠCH',
  '',
  'Cách dùng',
  '1. Sheet "Nghị quyết": chỉ cần điền khi đơn vị chưa có nghị quyết trong hệ thống (lần nhập đầu tiên).',
  '2. Sheet "Chỉ tiêu": mỗi dòng một chỉ tiêu của nghị quyết; cột có danh sách thì chọn trong danh sách.',
  '3. Sheet "Số liệu": mỗi dòng một số liệu của một chỉ tiêu trong một kỳ, kèm trạng thái ước / sơ bộ / chính thức.',
  '4. Sheet "Kế hoạch": kế hoạch năm và dự toán theo từng nguồn (dự toán tỉnh giao, dự toán HĐND giao...).',
  '   Sheet "So sánh": giá trị để so sánh (bình quân chung của tỉnh, thứ hạng). Sheet "Điều chỉnh": mục tiêu điều chỉnh theo văn bản.',
  '5. Không đổi tên sheet và dòng tiêu đề. Có thể thêm cột khác; hệ thống bỏ qua cột không có trong mẫu.',
  '',
  'Quy tắc',
  '- Số: nhập ô kiểu số, hoặc chữ theo kiểu Việt Nam: 9.710,8 (dấu chấm phân nhóm nghìn, dấu phẩy thập phân).',
  '- Số không được vượt quá ±1.000.000.000.000.000 (10^15).',
  '- Kỳ: năm 2023; quý I/2023; 6 tháng đầu năm 2023; 9 tháng năm 2023; tháng 7/2023; hoặc mã 2023, 2023-Q1, 2023-H1, 2023-9M, 2023-07.',
  '- Ô chữ không được chứa công thức (hệ thống không tính công thức). Ô số có công thức thì lấy kết quả Excel đã lưu.',
  "- Ô chữ bắt đầu bằng = + - @ khi xuất ra được thêm dấu nháy đơn (') phía trước; khi nhập lại dấu nháy đó được bỏ đi.",
  '- Nhập là "tất cả hoặc không": nếu có lỗi, không có gì được ghi và hệ thống liệt kê mọi lỗi theo sheet, dòng, cột.',
  '- Số liệu trùng với số liệu đã lưu được bỏ qua; số liệu khác được ghi thành lần sửa mới, giá trị cũ vẫn được giữ.',
  '- Mục tiêu của chỉ tiêu đã lưu không sửa qua tệp: điều chỉnh mục tiêu phải ghi quyết định điều chỉnh trong ứng dụng.',
  '- Giới hạn: tệp tối đa 10 MB, mỗi sheet tối đa 50.000 dòng.',
];

function addGuideSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(SHEET_GUIDE);
  sheet.columns = [{ width: 28 }, { width: 24 }, { width: 90 }];
  let row = 1;
  for (const line of GUIDE_LINES) {
    const cell = sheet.getCell(row, 1);
    cell.value = line;
    if (row === 1 || line === 'Cách dùng' || line === 'Quy tắc')
      cell.font = { bold: true, size: row === 1 ? 14 : 12 };
    row += 1;
  }
  const describe = (name: string, columns: Column[]) => {
    row += 1;
    sheet.getCell(row, 1).value = `Các cột của sheet "${name}"`;
    sheet.getCell(row, 1).font = { bold: true, size: 12 };
    row += 1;
    for (const column of columns) {
      sheet.getCell(row, 1).value = column.header;
      sheet.getCell(row, 2).value = column.required ? 'Bắt buộc' : 'Không bắt buộc';
      const list = column.list ? `Chọn: ${labelsOf(column.list).join('; ')}. ` : '';
      sheet.getCell(row, 3).value = `${list}${column.hint ?? ''}`.trim() || null;
      sheet.getCell(row, 3).alignment = { wrapText: true };
      row += 1;
    }
  };
  describe(SHEET_RESOLUTION, RESOLUTION_FIELDS);
  describe(SHEET_TARGETS, TARGET_COLUMNS);
  describe(SHEET_FIGURES, FIGURE_COLUMNS);
  describe(SHEET_PLANS, PLAN_COLUMNS);
  describe(SHEET_BENCHMARKS, BENCHMARK_COLUMNS);
  describe(SHEET_ADJUSTMENTS, ADJUSTMENT_COLUMNS);
}
