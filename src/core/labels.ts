/**
 * Labels of the core's enums in Vietnamese (the language of the documents) and English (offered
 * by the web app). One table per language; the `…LabelVi` helpers read the Vietnamese one.
 */
import type { SdgProgress, ForecastMethod, Gap } from './evaluation-types';
import type { RecognisedPart } from './recognise/read-statement';
import type { Band, Direction, Field, Light, Qualifier, TargetKind, ValueStatus, Verdict } from './model';

/** Languages with label tables. */
export type Lang = 'vi' | 'en';

/** Labels of every core enum in one language. */
export interface LabelTable {
  verdict: Record<Verdict, string>;
  /** Short words after a count ("9 vượt, 15 hoàn thành, …"), as the seed reports write. */
  verdictCount: Record<Verdict, string>;
  band: Record<Band, string>;
  light: Record<Light, string>;
  status: Record<ValueStatus, string>;
  field: Record<Field, string>;
  kind: Record<TargetKind, string>;
  qualifier: Record<Qualifier, string>;
  direction: Record<Direction, string>;
  sdg: Record<SdgProgress['category'], string>;
  forecastMethod: Record<ForecastMethod, string>;
  gap: Record<Gap['code'], string>;
  /** Parts of a recognised target that were only guessed. */
  recognisedPart: Record<RecognisedPart, string>;
}

const vi: LabelTable = {
  verdict: {
    exceed: 'Vượt kế hoạch',
    meet: 'Hoàn thành kế hoạch',
    'very-high-effort': 'Phải phấn đấu, nỗ lực rất cao',
    'propose-adjust': 'Đề nghị điều chỉnh, đưa ra ngoài kế hoạch',
    'met-early': 'Đạt sớm',
    'not-assessable': 'Chưa đánh giá được',
    'on-track': 'Đang trong lộ trình',
    'not-due': 'Chưa đến hạn',
    'basically-met': 'Cơ bản đạt',
    'not-met': 'Không đạt',
  },
  verdictCount: {
    exceed: 'vượt',
    meet: 'hoàn thành',
    'very-high-effort': 'phải phấn đấu rất cao',
    'propose-adjust': 'đề nghị điều chỉnh',
    'met-early': 'đạt sớm',
    'not-assessable': 'chưa đánh giá được',
    'on-track': 'đang trong lộ trình',
    'not-due': 'chưa đến hạn',
    'basically-met': 'cơ bản đạt',
    'not-met': 'không đạt',
  },
  band: {
    'above-80': 'Đạt trên 80% mục tiêu',
    'above-50': 'Đạt trên 50% mục tiêu',
    'below-50': 'Đạt dưới 50% mục tiêu',
    'not-assessable': 'Chưa đánh giá được',
  },
  light: { red: 'Đỏ', orange: 'Cam', green: 'Xanh', grey: 'Xám (chưa đánh giá được)' },
  status: { estimate: 'Ước', preliminary: 'Sơ bộ', official: 'Chính thức' },
  field: {
    'kinh-te': 'Kinh tế',
    'van-hoa-xa-hoi': 'Văn hóa - xã hội',
    'moi-truong': 'Môi trường',
    'quoc-phong-an-ninh': 'Quốc phòng - an ninh',
    'xay-dung-dang': 'Xây dựng Đảng và hệ thống chính trị',
  },
  kind: {
    'average-growth': 'Tăng trưởng bình quân',
    'end-level': 'Mức đạt cuối nhiệm kỳ',
    'cumulative-total': 'Tổng cả nhiệm kỳ',
    'annual-threshold': 'Ngưỡng hằng năm',
    ratio: 'Tỷ lệ',
    count: 'Số lượng',
    range: 'Khoảng',
    milestone: 'Mốc hoàn thành',
    grade: 'Mức xếp loại',
    structure: 'Cơ cấu',
  },
  qualifier: {
    'at-least': 'trở lên',
    'more-than': 'trên',
    'less-than': 'dưới',
    'at-most': 'không quá',
    about: 'khoảng',
    none: '',
  },
  direction: { 'higher-is-better': 'Càng cao càng tốt', 'lower-is-better': 'Càng thấp càng tốt' },
  sdg: {
    substantial: 'Tiến bộ đáng kể',
    moderate: 'Tiến bộ vừa phải',
    limited: 'Tiến bộ hạn chế',
    deterioration: 'Đi xuống',
  },
  forecastMethod: {
    trend: 'Theo xu hướng (tăng bình quân)',
    linear: 'Tuyến tính',
    scenario: 'Theo kịch bản',
    reached: 'Đã đạt',
    latest: 'Giữ mức hiện tại',
  },
  gap: {
    'no-data': 'Chưa có số liệu',
    'no-base': 'Chưa có số liệu năm gốc',
    'no-plan': 'Chưa có kế hoạch',
    'zero-base': 'Giá trị gốc bằng 0',
    'negative-base': 'Giá trị gốc âm',
    'method-unsuited': 'Phương pháp không phù hợp',
    'no-previous-period': 'Chưa có số liệu cùng kỳ',
    'missing-period': 'Chưa có số liệu',
  },
  recognisedPart: {
    kind: 'loại chỉ tiêu',
    direction: 'chiều',
    qualifier: 'mức',
    value: 'giá trị',
    unit: 'đơn vị tính',
    year: 'năm',
    field: 'lĩnh vực',
  },
};

const en: LabelTable = {
  verdict: {
    exceed: 'Exceeds the plan',
    meet: 'Meets the plan',
    'very-high-effort': 'Needs very high effort',
    'propose-adjust': 'Propose to adjust or drop',
    'met-early': 'Met early',
    'not-assessable': 'Not assessable',
    'on-track': 'On track',
    'not-due': 'Not due yet',
    'basically-met': 'Basically met',
    'not-met': 'Not met',
  },
  verdictCount: {
    exceed: 'exceed',
    meet: 'meet',
    'very-high-effort': 'need very high effort',
    'propose-adjust': 'proposed for adjustment',
    'met-early': 'met early',
    'not-assessable': 'not assessable',
    'on-track': 'on track',
    'not-due': 'not due yet',
    'basically-met': 'basically met',
    'not-met': 'not met',
  },
  band: {
    'above-80': 'Above 80% of the target',
    'above-50': 'Above 50% of the target',
    'below-50': 'Below 50% of the target',
    'not-assessable': 'Not assessable',
  },
  light: { red: 'Red', orange: 'Orange', green: 'Green', grey: 'Grey (not assessable)' },
  status: { estimate: 'Estimate', preliminary: 'Preliminary', official: 'Official' },
  field: {
    'kinh-te': 'Economy',
    'van-hoa-xa-hoi': 'Culture and society',
    'moi-truong': 'Environment',
    'quoc-phong-an-ninh': 'Defence and security',
    'xay-dung-dang': 'Party building and the political system',
  },
  kind: {
    'average-growth': 'Average annual growth',
    'end-level': 'End-of-term level',
    'cumulative-total': 'Cumulative total',
    'annual-threshold': 'Annual threshold',
    ratio: 'Ratio',
    count: 'Count',
    range: 'Range',
    milestone: 'Milestone',
    grade: 'Grade',
    structure: 'Structure',
  },
  qualifier: {
    'at-least': 'at least',
    'more-than': 'more than',
    'less-than': 'less than',
    'at-most': 'at most',
    about: 'about',
    none: '',
  },
  direction: { 'higher-is-better': 'Higher is better', 'lower-is-better': 'Lower is better' },
  sdg: {
    substantial: 'Substantial progress',
    moderate: 'Moderate progress',
    limited: 'Limited progress',
    deterioration: 'Deterioration',
  },
  forecastMethod: {
    trend: 'Trend so far (compound)',
    linear: 'Linear',
    scenario: 'Scenario',
    reached: 'Already reached',
    latest: 'Latest value held',
  },
  gap: {
    'no-data': 'No data',
    'no-base': 'No base-year value',
    'no-plan': 'No plan',
    'zero-base': 'Zero base',
    'negative-base': 'Negative base',
    'method-unsuited': 'Method unsuited',
    'no-previous-period': 'No figure for the same period last year',
    'missing-period': 'No figure for',
  },
  recognisedPart: {
    kind: 'kind',
    direction: 'direction',
    qualifier: 'qualifier',
    value: 'value',
    unit: 'unit',
    year: 'year',
    field: 'field',
  },
};

/** Label tables per language. */
export const LABELS: Record<Lang, LabelTable> = { vi, en };

/** The label table of a language. */
export function labelsFor(lang: Lang): LabelTable {
  return LABELS[lang];
}

/** "Vượt kế hoạch", "Hoàn thành kế hoạch", … */
export const verdictLabelVi = (v: Verdict): string => vi.verdict[v];
/** "Đạt trên 80% mục tiêu", … (default thresholds; see `bandLabel` in assessment for others). */
export const bandLabelVi = (b: Band): string => vi.band[b];
/** "Đỏ", "Cam", "Xanh", "Xám (chưa đánh giá được)". */
export const lightLabelVi = (l: Light): string => vi.light[l];
/** "Ước", "Sơ bộ", "Chính thức". */
export const statusLabelVi = (s: ValueStatus): string => vi.status[s];
/** "Kinh tế", "Văn hóa - xã hội", … */
export const fieldLabelVi = (f: Field): string => vi.field[f];
/** "Tăng trưởng bình quân", … */
export const kindLabelVi = (k: TargetKind): string => vi.kind[k];
/** "trở lên", "trên", "dưới", "không quá", "khoảng", "". */
export const qualifierLabelVi = (q: Qualifier): string => vi.qualifier[q];

/** The symbol a table writes before a goal for its qualifier ("≥ 65%", "< 4%"), with its space;
 * empty for a goal stated as it is. Reports, the web app and the command line share it. */
export const QUALIFIER_SYMBOLS: Record<Qualifier, string> = {
  'at-least': '≥ ',
  'more-than': '> ',
  'less-than': '< ',
  'at-most': '≤ ',
  about: '~ ',
  none: '',
};
