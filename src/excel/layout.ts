/**
 * The layout of the workbook Về Đích gives and takes: sheet names, columns, headers, widths and
 * cell kinds. The template, the importer and the exporter all read this one description, so a
 * file the server exports can always be imported again (round trip).
 */
import {
  ACCUMULATION_LABELS,
  AGGREGATION_LABELS,
  DIRECTION_LABELS,
  FIELD_LABELS,
  ISSUER_KIND_LABELS,
  KIND_LABELS,
  PLAN_KIND_LABELS,
  PRICE_BASIS_LABELS,
  QUALIFIER_LABELS,
  SERIES_BASIS_LABELS,
  STATUS_LABELS,
  UNIT_LEVEL_LABELS,
  type LabelTable,
} from './labels';

export const SHEET_GUIDE = 'Hướng dẫn';
export const SHEET_RESOLUTION = 'Nghị quyết';
export const SHEET_TARGETS = 'Chỉ tiêu';
export const SHEET_FIGURES = 'Số liệu';
export const SHEET_PLANS = 'Kế hoạch';
export const SHEET_EVALUATION = 'Đánh giá';
export const SHEET_BENCHMARKS = 'So sánh';
export const SHEET_ADJUSTMENTS = 'Điều chỉnh';
export const SHEET_LISTS = 'Danh mục';

/** How a cell is read and written. */
export type CellKind =
  | 'text' // free text, stored as typed
  | 'code' // a short identifier (mã): text, no line breaks
  | 'number' // a real number (number cell or Vietnamese text "9.710,8")
  | 'integer'
  | 'enum' // one label of `list`
  | 'period' // a period code or Vietnamese period text
  | 'value' // a figure: number, Đạt/Chưa đạt, a grade name, or shares "75; 20; 5"
  | 'goal' // a number goal, or a range "7,5 - 8"
  | 'date'; // a date cell or YYYY-MM-DD

export interface Column {
  /** Key used by the importer and exporter. */
  key: string;
  /** Header as printed in row 1. */
  header: string;
  kind: CellKind;
  width: number;
  required?: boolean;
  list?: LabelTable<string>;
  /** A short hint for the guide sheet. */
  hint?: string;
}

/** Number format of empty number columns: Excel prints it with the user's separators (9.710,8
 * in vi-VN). Filled cells get {@link numberFormatFor} so that no value shows rounded and no
 * whole number shows a trailing separator ("12," is what '#,##0.###' prints for 12). */
export const NUMBER_FORMAT = '#,##0.###';

/** The format showing a value with all its decimals (at most 6), thousands grouped. */
export function numberFormatFor(value: number): string {
  const decimals = Math.min(6, (String(value).split('.')[1] ?? '').replace(/e.*$/, '').length);
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** The format of a value shown with a target's display precision (0-3 decimals). */
export function precisionFormat(precision: number): string {
  return precision > 0 ? `#,##0.${'0'.repeat(Math.min(3, precision))}` : '#,##0';
}
export const INTEGER_FORMAT = '0';
export const PERCENT_FORMAT = '0.0%';

/** The percentage format showing exactly `decimals` decimals: the figure the core prints. */
export function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
}

/** Columns of the "Chỉ tiêu" sheet (targets). */
export const TARGET_COLUMNS: Column[] = [
  {
    key: 'code',
    header: 'Mã chỉ tiêu',
    kind: 'code',
    width: 10,
    required: true,
    hint: 'Số thứ tự như trong nghị quyết: 1, 2.3, 15a',
  },
  { key: 'name', header: 'Tên chỉ tiêu', kind: 'text', width: 48, required: true },
  { key: 'field', header: 'Lĩnh vực', kind: 'enum', width: 22, required: true, list: FIELD_LABELS },
  { key: 'kind', header: 'Loại chỉ tiêu', kind: 'enum', width: 22, required: true, list: KIND_LABELS },
  { key: 'direction', header: 'Chiều', kind: 'enum', width: 18, required: true, list: DIRECTION_LABELS },
  {
    key: 'qualifier',
    header: 'Bổ ngữ',
    kind: 'enum',
    width: 12,
    list: QUALIFIER_LABELS,
    hint: 'Để trống = Không có',
  },
  {
    key: 'unit',
    header: 'Đơn vị tính',
    kind: 'text',
    width: 12,
    hint: 'Có thể để trống cho chỉ tiêu mốc, xếp loại',
  },
  {
    key: 'precision',
    header: 'Số chữ số thập phân',
    kind: 'integer',
    width: 10,
    hint: '0 đến 3; để trống = 1',
  },
  {
    key: 'goal',
    header: 'Mục tiêu',
    kind: 'number',
    width: 14,
    hint: 'Giá trị mục tiêu (trừ loại Khoảng, Mốc, Xếp loại, Cơ cấu)',
  },
  { key: 'min', header: 'Từ', kind: 'number', width: 10, hint: 'Cận dưới, cho loại Khoảng' },
  { key: 'max', header: 'Đến', kind: 'number', width: 10, hint: 'Cận trên, cho loại Khoảng' },
  {
    key: 'scale',
    header: 'Thang xếp loại / Cơ cấu',
    kind: 'text',
    width: 30,
    hint: 'Xếp loại: các mức từ thấp đến cao cách nhau bởi ";". Cơ cấu: "Nông nghiệp: 5; Công nghiệp: 20; Dịch vụ: 75"',
  },
  {
    key: 'required',
    header: 'Mức phải đạt',
    kind: 'text',
    width: 16,
    hint: 'Cho loại Xếp loại: tên mức phải đạt',
  },
  { key: 'baseYear', header: 'Năm gốc', kind: 'integer', width: 9 },
  { key: 'baseValue', header: 'Giá trị năm gốc', kind: 'number', width: 14 },
  { key: 'targetYear', header: 'Năm mục tiêu', kind: 'integer', width: 9 },
  {
    key: 'seriesBasis',
    header: 'Cách nhập số liệu',
    kind: 'enum',
    width: 18,
    list: SERIES_BASIS_LABELS,
    hint: 'Cho chỉ tiêu tăng trưởng',
  },
  {
    key: 'accumulation',
    header: 'Cách tính số lượng',
    kind: 'enum',
    width: 18,
    list: ACCUMULATION_LABELS,
    hint: 'Cho chỉ tiêu số lượng',
  },
  { key: 'priceBasis', header: 'Giá tính', kind: 'enum', width: 18, list: PRICE_BASIS_LABELS },
  {
    key: 'indicator',
    header: 'Mã chỉ số',
    kind: 'code',
    width: 26,
    hint: 'Khóa chỉ số chung để so sánh giữa các đơn vị',
  },
  { key: 'parentCode', header: 'Mã chỉ tiêu cha', kind: 'code', width: 10, hint: 'Cho chỉ tiêu thành phần' },
  {
    key: 'statedCount',
    header: 'Số kèm theo',
    kind: 'number',
    width: 10,
    hint: 'Ví dụ 8 trong "50% (8 xã)"',
  },
  { key: 'statedCountUnit', header: 'ĐVT số kèm theo', kind: 'text', width: 10 },
  {
    key: 'percentDecimals',
    header: 'Số thập phân của %',
    kind: 'integer',
    width: 10,
    hint: 'Số chữ số thập phân của % thực hiện so với mục tiêu (0 đến 3); để trống = theo cấu hình chung',
  },
  {
    key: 'levelUnit',
    header: 'ĐVT giá trị tuyệt đối',
    kind: 'text',
    width: 12,
    hint: 'Cho chỉ tiêu tăng trưởng nhập bằng giá trị tuyệt đối: "tỷ đồng"',
  },
  {
    key: 'aggregation',
    header: 'Tính chất số liệu',
    kind: 'enum',
    width: 18,
    list: AGGREGATION_LABELS,
    hint: 'Lượng trong kỳ (doanh thu, vốn đầu tư: các quý cộng lại thành năm) hay mức tại thời điểm (tỷ lệ, dân số); để trống = tự xác định',
  },
  { key: 'note', header: 'Ghi chú', kind: 'text', width: 30 },
  { key: 'unitCode', header: 'Mã đơn vị', kind: 'code', width: 10, hint: 'Để trống: đơn vị đang nhập' },
];

/** Columns of the "Số liệu" sheet (figures by period). */
export const FIGURE_COLUMNS: Column[] = [
  { key: 'targetCode', header: 'Mã chỉ tiêu', kind: 'code', width: 10, required: true },
  {
    key: 'period',
    header: 'Kỳ',
    kind: 'period',
    width: 22,
    required: true,
    hint: 'Ví dụ: năm 2023, quý I/2023, 6 tháng đầu năm 2023, 9 tháng năm 2023, tháng 7/2023; hoặc mã 2023, 2023-Q1, 2023-H1, 2023-9M, 2023-07',
  },
  {
    key: 'value',
    header: 'Giá trị',
    kind: 'value',
    width: 14,
    required: true,
    hint: 'Số (ô số, hoặc chữ như 9.710,8); Đạt/Chưa đạt cho mốc; tên mức cho xếp loại; các tỷ trọng cách nhau bởi ";" cho cơ cấu',
  },
  { key: 'status', header: 'Trạng thái', kind: 'enum', width: 12, required: true, list: STATUS_LABELS },
  { key: 'source', header: 'Nguồn', kind: 'text', width: 30 },
  { key: 'comment', header: 'Ghi chú', kind: 'text', width: 30 },
  {
    key: 'unitCode',
    header: 'Mã đơn vị',
    kind: 'code',
    width: 10,
    hint: 'Để trống: đơn vị đang nhập. Bảng xuất nhiều đơn vị ghi mã từng đơn vị',
  },
];

/** Columns of the "Kế hoạch" sheet (annual plans and budget estimates by source). */
export const PLAN_COLUMNS: Column[] = [
  { key: 'targetCode', header: 'Mã chỉ tiêu', kind: 'code', width: 10, required: true },
  { key: 'period', header: 'Kỳ', kind: 'period', width: 14, required: true },
  { key: 'kind', header: 'Loại kế hoạch', kind: 'enum', width: 16, required: true, list: PLAN_KIND_LABELS },
  {
    key: 'source',
    header: 'Mã nguồn',
    kind: 'code',
    width: 16,
    required: true,
    hint: 'Khóa ổn định: tinh-giao, hdnd-giao, ke-hoach-nam',
  },
  {
    key: 'label',
    header: 'Tên gọi',
    kind: 'text',
    width: 30,
    required: true,
    hint: 'Như viết trong báo cáo: "dự toán tỉnh giao"',
  },
  { key: 'value', header: 'Giá trị', kind: 'number', width: 14, required: true },
  {
    key: 'percentDecimals',
    header: 'Số thập phân của %',
    kind: 'integer',
    width: 10,
    hint: 'Ví dụ "đạt 32%": 0',
  },
  { key: 'unitCode', header: 'Mã đơn vị', kind: 'code', width: 10 },
];

/** Columns of the "So sánh" sheet (values of other units to compare with). */
export const BENCHMARK_COLUMNS: Column[] = [
  { key: 'targetCode', header: 'Mã chỉ tiêu', kind: 'code', width: 10, required: true },
  { key: 'period', header: 'Kỳ', kind: 'period', width: 14, required: true },
  {
    key: 'label',
    header: 'So với',
    kind: 'text',
    width: 36,
    required: true,
    hint: 'Như viết trong báo cáo: "bình quân chung của tỉnh"',
  },
  { key: 'value', header: 'Giá trị so sánh', kind: 'number', width: 14, required: true },
  { key: 'rankPosition', header: 'Xếp thứ', kind: 'integer', width: 9 },
  { key: 'rankOf', header: 'Trên tổng số', kind: 'integer', width: 9 },
  { key: 'rankScope', header: 'Phạm vi xếp hạng', kind: 'text', width: 16, hint: 'Ví dụ "toàn tỉnh"' },
  { key: 'unitCode', header: 'Mã đơn vị', kind: 'code', width: 10 },
];

/** Columns of the "Điều chỉnh" sheet (goals changed by a recorded decision). */
export const ADJUSTMENT_COLUMNS: Column[] = [
  { key: 'targetCode', header: 'Mã chỉ tiêu', kind: 'code', width: 10, required: true },
  {
    key: 'oldGoal',
    header: 'Mục tiêu cũ',
    kind: 'goal',
    width: 14,
    required: true,
    hint: 'Số, hoặc khoảng "7,5 - 8"',
  },
  {
    key: 'newGoal',
    header: 'Mục tiêu mới',
    kind: 'goal',
    width: 14,
    required: true,
    hint: 'Số, hoặc khoảng "7,5 - 8"',
  },
  { key: 'decision', header: 'Văn bản quyết định', kind: 'text', width: 40, required: true },
  {
    key: 'date',
    header: 'Ngày quyết định',
    kind: 'date',
    width: 14,
    required: true,
    hint: 'Ô ngày, hoặc YYYY-MM-DD',
  },
  { key: 'reason', header: 'Lý do', kind: 'text', width: 40 },
  { key: 'unitCode', header: 'Mã đơn vị', kind: 'code', width: 10 },
];

/** Rows of the "Nghị quyết" sheet (label in column A, value in column B). */
export const RESOLUTION_FIELDS: Column[] = [
  { key: 'unitCode', header: 'Mã đơn vị', kind: 'code', width: 0, required: true },
  { key: 'unitName', header: 'Tên đơn vị', kind: 'text', width: 0, required: true },
  { key: 'parentCode', header: 'Mã đơn vị cấp trên', kind: 'code', width: 0, hint: 'Để trống cho cấp tỉnh' },
  { key: 'unitLevel', header: 'Cấp đơn vị', kind: 'enum', width: 0, required: true, list: UNIT_LEVEL_LABELS },
  { key: 'title', header: 'Tên nghị quyết', kind: 'text', width: 0, required: true },
  { key: 'congressNumber', header: 'Đại hội lần thứ', kind: 'integer', width: 0, required: true },
  { key: 'term', header: 'Nhiệm kỳ', kind: 'code', width: 0, required: true, hint: 'Ví dụ 2020-2025' },
  {
    key: 'congressDate',
    header: 'Ngày đại hội',
    kind: 'code',
    width: 0,
    hint: 'ngày/tháng/năm (15/08/2025) hoặc YYYY-MM-DD',
  },
  { key: 'committee', header: 'Đảng bộ', kind: 'text', width: 0, required: true },
  {
    key: 'issuerKind',
    header: 'Loại cơ quan ban hành',
    kind: 'enum',
    width: 0,
    required: true,
    list: ISSUER_KIND_LABELS,
  },
  { key: 'issuerSuperior', header: 'Cơ quan cấp trên', kind: 'text', width: 0 },
  { key: 'issuerName', header: 'Cơ quan ban hành', kind: 'text', width: 0, required: true },
  { key: 'issuerPlace', header: 'Địa danh', kind: 'text', width: 0, required: true },
  { key: 'issuerSymbol', header: 'Ký hiệu văn bản', kind: 'text', width: 0 },
];

/** Columns of the "Đánh giá" sheet (export only). */
export const EVALUATION_HEADERS = [
  { header: 'Mã đơn vị', width: 10 },
  { header: 'Đơn vị', width: 24 },
  { header: 'Mã chỉ tiêu', width: 10 },
  { header: 'Chỉ tiêu', width: 48 },
  { header: 'ĐVT', width: 12 },
  { header: 'Mục tiêu', width: 14 },
  { header: 'Thực hiện', width: 14 },
  { header: 'Kỳ số liệu', width: 18 },
  { header: '% mục tiêu', width: 12 },
  { header: 'Đánh giá', width: 30 },
  { header: 'Mức đạt', width: 16 },
  { header: 'Ghi chú', width: 40 },
] as const;

/** Column letter of a 0-based index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Limits on imported files. */
export const LIMITS = {
  /** Bytes of an uploaded file. */
  fileBytes: 10 * 1024 * 1024,
  /** Data rows per sheet (or per CSV file). */
  rows: 50_000,
  /** Largest magnitude of a number. Beyond it a figure is surely a typing error. */
  maxAbs: 1e15,
  /** Characters of one text cell. */
  textChars: 4000,
} as const;
