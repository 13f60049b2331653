/**
 * Vietnamese messages for validation problems: a zod error map that states the reason, and the
 * way a zod issue becomes an {@link Issue} that names the JSON path and the field.
 */
import type { z } from 'zod';
import type { Issue } from '../services/app-error';

/** Vietnamese names of the fields of the interchange format, shown beside the path. */
const FIELD_LABELS: Record<string, string> = {
  format: 'định dạng',
  documents: 'danh sách văn kiện',
  illustrative: 'đánh dấu số liệu minh họa',
  notes: 'ghi chú',
  sources: 'nguồn',
  unit: 'đơn vị hành chính',
  issuer: 'cơ quan ban hành',
  congress: 'Đại hội',
  title: 'tên nghị quyết',
  targets: 'chỉ tiêu',
  observations: 'số liệu',
  plans: 'kế hoạch, dự toán',
  benchmarks: 'số liệu so sánh',
  adjustments: 'điều chỉnh chỉ tiêu',
  scenarios: 'kịch bản',
  overrides: 'đánh giá của cấp ủy',
  id: 'mã',
  code: 'số thứ tự / mã',
  name: 'tên',
  indicator: 'mã chỉ số',
  field: 'lĩnh vực',
  kind: 'loại chỉ tiêu',
  direction: 'chiều đánh giá',
  qualifier: 'từ hạn định (trở lên, dưới…)',
  precision: 'số chữ số thập phân',
  goal: 'mục tiêu',
  type: 'kiểu',
  value: 'giá trị',
  min: 'cận dưới',
  max: 'cận trên',
  scale: 'thang xếp loại',
  required: 'mức yêu cầu',
  shares: 'tỷ trọng',
  baseYear: 'năm gốc',
  baseValue: 'giá trị năm gốc',
  targetYear: 'năm đích',
  seriesBasis: 'cách nhập số liệu tăng trưởng',
  levelUnit: 'đơn vị của giá trị',
  percentDecimals: 'số chữ số thập phân của tỷ lệ %',
  accumulation: 'cách cộng dồn',
  aggregation: 'số liệu theo kỳ (cộng dồn hay thời điểm)',
  priceBasis: 'giá so sánh',
  statedCount: 'số lượng kèm theo',
  parentId: 'chỉ tiêu cha',
  dropped: 'đưa ra ngoài kế hoạch',
  decision: 'quyết định',
  date: 'ngày',
  reason: 'lý do',
  note: 'ghi chú',
  targetId: 'mã chỉ tiêu',
  period: 'kỳ',
  status: 'trạng thái số liệu',
  revision: 'lần sửa',
  expectedRevision: 'lần sửa đang xem',
  recordedAt: 'thời điểm ghi nhận',
  source: 'nguồn',
  comment: 'ghi chú',
  label: 'tên gọi',
  rank: 'thứ hạng',
  position: 'vị trí',
  of: 'trên tổng số',
  scope: 'phạm vi',
  oldGoal: 'mục tiêu cũ',
  newGoal: 'mục tiêu mới',
  recordedBy: 'người ghi nhận',
  growthRate: 'tốc độ tăng',
  values: 'các giá trị',
  scheme: 'thang đánh giá',
  decidedBy: 'người quyết định',
  decidedAt: 'thời điểm quyết định',
  causes: 'nguyên nhân',
  owner: 'người, đơn vị chịu trách nhiệm',
  level: 'cấp',
  parentCode: 'mã đơn vị cấp trên',
  superior: 'cơ quan cấp trên',
  place: 'địa danh',
  symbol: 'ký hiệu văn bản',
  number: 'lần thứ',
  term: 'nhiệm kỳ',
  committee: 'Đảng bộ',
  url: 'địa chỉ',
  items: 'danh sách',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi văn bản',
  number: 'số',
  int: 'số nguyên',
  boolean: 'giá trị đúng/sai (true/false)',
  array: 'danh sách (mảng)',
  object: 'đối tượng',
  null: 'null',
  undefined: 'không có giá trị',
  nan: 'NaN',
};

/** The Vietnamese name of a JSON value's type, for "nhận được …". */
function typeOf(input: unknown): string {
  if (input === undefined) return 'không có giá trị';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'danh sách (mảng)';
  if (typeof input === 'number') return Number.isFinite(input) ? 'số' : 'số không hữu hạn';
  return TYPE_NAMES[typeof input] ?? typeof input;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/** The zod error map in Vietnamese: the reason only; the field is named by {@link toIssues}. */
export const viErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'thiếu trường bắt buộc';
      return `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}, nhận được ${typeOf(issue.input)}`;
    case 'invalid_value':
      if (issue.values.length === 1)
        return `phải là ${show(issue.values[0])}, nhận được ${show(issue.input)}`;
      return `phải là một trong các giá trị ${issue.values.map(show).join(', ')}; nhận được ${show(issue.input)}`;
    case 'too_small': {
      const bound = String(issue.minimum);
      if (issue.origin === 'string') return `không được để trống (tối thiểu ${bound} ký tự)`;
      if (issue.origin === 'array') return `phải có ít nhất ${bound} phần tử`;
      return issue.inclusive ? `phải lớn hơn hoặc bằng ${bound}` : `phải lớn hơn ${bound}`;
    }
    case 'too_big': {
      const bound = String(issue.maximum);
      if (issue.origin === 'string') return `dài quá ${bound} ký tự`;
      if (issue.origin === 'array') return `có nhiều hơn ${bound} phần tử`;
      return issue.inclusive ? `phải nhỏ hơn hoặc bằng ${bound}` : `phải nhỏ hơn ${bound}`;
    }
    case 'invalid_format':
      if (issue.format === 'date')
        return `phải là ngày dạng YYYY-MM-DD (ví dụ 2023-07-26), nhận được ${show(issue.input)}`;
      if (issue.format === 'datetime')
        return `phải là thời điểm ISO 8601 (ví dụ 2023-07-26T08:00:00Z), nhận được ${show(issue.input)}`;
      if (issue.format === 'url') return `phải là địa chỉ web hợp lệ, nhận được ${show(issue.input)}`;
      return `không đúng khuôn dạng, nhận được ${show(issue.input)}`;
    case 'not_multiple_of':
      return `phải là số nguyên`;
    case 'unrecognized_keys':
      return `có trường không được định dạng vedich/1 cho phép: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      if ('discriminator' in issue && typeof issue.discriminator === 'string') {
        return `trường "${issue.discriminator}" không hợp lệ: phải là một trong ${(Array.isArray(issue.options) ? issue.options : []).map(show).join(', ')}`;
      }
      return `không khớp kiểu nào được phép`;
    case 'invalid_key':
      return `có khóa không hợp lệ`;
    case 'invalid_element':
      return `có phần tử không hợp lệ`;
    default:
      return `không hợp lệ`;
  }
};

/** Formats a path the way a reader finds it in the file: `targets[3].goal.value`. */
export function formatPath(path: readonly PropertyKey[], style: 'brackets' | 'dots' = 'brackets'): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += style === 'brackets' ? `[${key}]` : `${out ? '.' : ''}${key}`;
    else out += `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(gốc)';
}

/** The label of a key; `unit` of a target is its unit of measure, not the administrative unit. */
function labelOf(key: string, parents: readonly PropertyKey[]): string {
  if (key === 'unit' && (parents.at(-1) === 'statedCount' || parents.at(-2) === 'targets'))
    return 'đơn vị tính';
  return FIELD_LABELS[key] ?? key;
}

/** "chỉ tiêu thứ 4 › mục tiêu › giá trị": the path in Vietnamese words, 1-based positions. */
export function describePath(path: readonly PropertyKey[]): string {
  const words: string[] = [];
  path.forEach((key, index) => {
    if (typeof key === 'number') {
      const last = words.length - 1;
      if (last >= 0) words[last] = `${words[last]} thứ ${key + 1}`;
      else words.push(`phần tử thứ ${key + 1}`);
    } else {
      words.push(labelOf(String(key), path.slice(0, index)));
    }
  });
  return words.length ? words.join(' › ') : 'tệp';
}

/** Builds one issue: the path, and a message that names the field then the reason. */
export function makeIssue(
  path: readonly PropertyKey[],
  reason: string,
  style: 'brackets' | 'dots' = 'brackets',
): Issue {
  const where = describePath(path);
  return { path: formatPath(path, style), message: `${capitalize(where)}: ${reason}.` };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Turns zod issues into {@link Issue}s with Vietnamese messages. Messages set by our own checks
 * are kept; zod's defaults are replaced by {@link viErrorMap}. Union failures are reported by the
 * branch that got furthest, so the reader sees the real reason. */
export function toIssues(
  issues: readonly z.core.$ZodIssue[],
  style: 'brackets' | 'dots' = 'brackets',
): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = closestBranch(issue.errors);
      if (best) {
        out.push(
          ...toIssues(
            best.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })),
            style,
          ),
        );
        continue;
      }
    }
    out.push(makeIssue(issue.path, issue.message, style));
  }
  return out;
}

/** The union branch whose errors lie deepest (it matched the most), unless all fail at the top. */
function closestBranch(
  branches: readonly (readonly z.core.$ZodIssue[])[],
): readonly z.core.$ZodIssue[] | undefined {
  let best: readonly z.core.$ZodIssue[] | undefined;
  let bestDepth = 0;
  for (const branch of branches) {
    const depth = Math.min(...branch.map((i) => i.path.length));
    if (depth > bestDepth) {
      best = branch;
      bestDepth = depth;
    }
  }
  return best;
}
