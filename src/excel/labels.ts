/**
 * Vietnamese labels of the enumerations that appear in the Excel template and in CSV files, in
 * both directions. The template's drop-downs list these labels; import accepts a label (any case,
 * any spacing) or the model's code itself ("kinh-te"), so files written by other tools also work.
 * Labels never contain a comma, so they can sit in an Excel list validation.
 */
import { MILESTONE_WORDS, statusLabelVi, VALUE_STATUSES } from '../core';
import type {
  Accumulation,
  Aggregation,
  Direction,
  Field,
  PriceBasis,
  Qualifier,
  SeriesBasis,
  TargetKind,
  ValueStatus,
} from '../core';

/** One enumeration: code → label, in display order. */
export type LabelTable<C extends string> = readonly (readonly [C, string])[];

export const FIELD_LABELS: LabelTable<Field> = [
  ['kinh-te', 'Kinh tế'],
  ['van-hoa-xa-hoi', 'Văn hóa - xã hội'],
  ['moi-truong', 'Môi trường'],
  ['quoc-phong-an-ninh', 'Quốc phòng - an ninh'],
  ['xay-dung-dang', 'Xây dựng Đảng và hệ thống chính trị'],
];

export const KIND_LABELS: LabelTable<TargetKind> = [
  ['average-growth', 'Tăng trưởng bình quân'],
  ['end-level', 'Mức đạt cuối kỳ'],
  ['cumulative-total', 'Tổng cộng dồn'],
  ['annual-threshold', 'Ngưỡng hằng năm'],
  ['ratio', 'Tỷ lệ'],
  ['count', 'Số lượng'],
  ['range', 'Khoảng'],
  ['milestone', 'Mốc hoàn thành'],
  ['grade', 'Xếp loại'],
  ['structure', 'Cơ cấu'],
];

export const DIRECTION_LABELS: LabelTable<Direction> = [
  ['higher-is-better', 'Càng cao càng tốt'],
  ['lower-is-better', 'Càng thấp càng tốt'],
];

export const QUALIFIER_LABELS: LabelTable<Qualifier> = [
  ['none', 'Không có'],
  ['at-least', 'Trở lên'],
  ['more-than', 'Trên'],
  ['less-than', 'Dưới'],
  ['at-most', 'Không quá'],
  ['about', 'Khoảng'],
];

/** The core's words for statuses ("Ước", "Sơ bộ", "Chính thức"), weakest first. */
export const STATUS_LABELS: LabelTable<ValueStatus> = VALUE_STATUSES.map(
  (s) => [s, statusLabelVi(s)] as const,
);

export const SERIES_BASIS_LABELS: LabelTable<SeriesBasis> = [
  ['level', 'Giá trị tuyệt đối'],
  ['growth-rate', 'Tốc độ tăng (%)'],
];

export const ACCUMULATION_LABELS: LabelTable<Accumulation> = [
  ['level', 'Lũy kế'],
  ['additions', 'Phát sinh trong kỳ'],
];

export const PRICE_BASIS_LABELS: LabelTable<PriceBasis> = [
  ['constant-2010', 'Giá so sánh 2010'],
  ['current', 'Giá hiện hành'],
  ['none', 'Không áp dụng'],
];

export const AGGREGATION_LABELS: LabelTable<Aggregation> = [
  ['flow', 'Lượng trong kỳ'],
  ['stock', 'Mức tại thời điểm'],
];

export type PlanKind = 'annual-plan' | 'budget-estimate';

export const PLAN_KIND_LABELS: LabelTable<PlanKind> = [
  ['annual-plan', 'Kế hoạch năm'],
  ['budget-estimate', 'Dự toán'],
];

export const ISSUER_KIND_LABELS: LabelTable<'party' | 'state'> = [
  ['party', 'Cơ quan Đảng'],
  ['state', 'Cơ quan nhà nước'],
];

export const UNIT_LEVEL_LABELS: LabelTable<'province' | 'district' | 'commune'> = [
  ['province', 'Cấp tỉnh'],
  ['district', 'Cấp huyện'],
  ['commune', 'Cấp xã'],
];

/** Milestone values: done / not done, the core's words. */
export const MILESTONE_TRUE = MILESTONE_WORDS.reached;
export const MILESTONE_FALSE = MILESTONE_WORDS.notReached;

/** Lower case, single spaces, Unicode NFC: the form labels are compared in. */
export function normaliseLabel(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/** The label of a code (the code itself if unknown). */
export function labelOf<C extends string>(table: LabelTable<C>, code: C): string {
  return table.find(([c]) => c === code)?.[1] ?? code;
}

/** The code of a label or of a code written as is; undefined when neither. */
export function codeOf<C extends string>(table: LabelTable<C>, text: string): C | undefined {
  const wanted = normaliseLabel(text);
  for (const [code, label] of table) {
    if (normaliseLabel(label) === wanted || code === wanted) return code;
  }
  return undefined;
}

/** The labels of a table, in order, for drop-downs and messages. */
export function labelsOf<C extends string>(table: LabelTable<C>): string[] {
  return table.map(([, label]) => label);
}
