/**
 * The domain model of Về Đích: the targets of a Congress resolution, the figures reported for
 * them, the plans beside them and the judgements made on them. Plain data, no behaviour: every
 * layer (core computations, database, HTTP, documents, UI) speaks these types.
 *
 * Glossary (Vietnamese words kept where English loses meaning):
 * - chỉ tiêu: a target of the resolution. lĩnh vực: the field it belongs to.
 * - ước / sơ bộ / chính thức: estimate / preliminary / official status of a figure.
 * - dự toán tỉnh giao / dự toán HĐND giao: budget estimate assigned by the province / set by the
 *   local council; each is a {@link Plan} with its own `source` and `label`.
 * - nhiệm kỳ: the five-year term, e.g. "2020-2025".
 */

import type { RoundingMode } from './vi-number';

/** A period code. One string form per kind, parsed and printed by `periods.ts`:
 * month `2023-07`, quarter `2022-Q1`, first half `2023-H1`, second half `2023-H2`,
 * nine months `2023-9M`, year `2023`, whole term `2020-2025`. */
export type PeriodCode = string;

/** An ISO calendar date `YYYY-MM-DD` (no time zone: dates of documents and decisions). */
export type IsoDate = string;

/** Fields of a resolution, in the order reports list them. */
export const FIELDS = [
  'kinh-te',
  'van-hoa-xa-hoi',
  'moi-truong',
  'quoc-phong-an-ninh',
  'xay-dung-dang',
] as const;
/** A field of the resolution. */
export type Field = (typeof FIELDS)[number];

/** Targets in the order of {@link FIELDS}, each field's targets in their own order: every table
 * under field headings lists them so (a target moved to another field joins that field). */
export function inFieldOrder<T extends { field: Field }>(targets: readonly T[]): T[] {
  return FIELDS.flatMap((field) => targets.filter((t) => t.field === field));
}

/** Kinds of target, all seen in real resolutions (see DOMAIN.md). */
export const TARGET_KINDS = [
  'average-growth', // average annual growth over the term, compound (%/năm)
  'end-level', // level reached in the target year (thu nhập bình quân 100 triệu năm 2025)
  'cumulative-total', // total over the term (vốn đầu tư 2021-2025: 180.000 tỷ)
  'annual-threshold', // every year's value against a threshold (≥ 90% đảng viên HTTNV mỗi năm)
  'ratio', // a share in % (lao động qua đào tạo ≥ 65%; tỷ lệ hộ nghèo ≤ 1%)
  'count', // a count, level or cumulative (kết nạp 640 đảng viên)
  'range', // inside a range (tăng trưởng 7,5-8,0%/năm)
  'milestone', // yes/no (thành phố được công nhận đô thị loại I)
  'grade', // a grade on an ordered scale (hoàn thành tốt nhiệm vụ trở lên)
  'structure', // shares of a whole (cơ cấu kinh tế 75/20/5%)
] as const;
/** A kind of target (see TARGET_KINDS). */
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Whether more is better (income) or less is better (poverty rate). */
export type Direction = 'higher-is-better' | 'lower-is-better';

/** The qualifier written beside the number: "trở lên" (at-least), "trên" (more-than),
 * "dưới" (less-than), "không quá"/"tối đa" (at-most), "khoảng" (about), none (exactly as stated). */
export type Qualifier = 'at-least' | 'more-than' | 'less-than' | 'at-most' | 'about' | 'none';

/** How the figures of a growth target are entered: as levels (giá trị sản xuất, tỷ đồng) from
 * which growth is computed, or directly as annual growth rates (%). */
export type SeriesBasis = 'level' | 'growth-rate';

/** For a count target: whether the figures are a running level or additions per period. */
export type Accumulation = 'level' | 'additions';

/**
 * How the figures of a target add up over the periods of a year.
 * - 'flow': an amount over a span (revenue, production value, retail sales, exports, investment,
 *   land cleared): a quarter is a part of its year, quarters add up to the year. A figure for a
 *   part of a year is compared with that year's plans ("đạt 32% dự toán") and with the same period
 *   of last year, but never with a goal set for a whole year: the achievement against the Congress
 *   target, the band and the verdict rest on whole-year figures only (for a total: the whole years
 *   plus the year to date, a true part of the term's total). As of a quarter with no whole year
 *   yet, the band and the verdict are 'not-assessable'; with one, they come from the latest whole
 *   year. A year that has ended with its quarters (or halves) entered but no figure of its own is
 *   their sum.
 * - 'stock': a level or a rate at a point in time (poverty rate, trained labour, population,
 *   communes at new-rural standard): the latest figure, of any period, is the level reached.
 *
 * Default (`defaultAggregation` in aggregation.ts): 'flow' for cumulative totals, counts of additions, growth
 * targets entered as levels, and end-level or annual-threshold targets in money (đồng, USD);
 * 'stock' otherwise.
 */
export type Aggregation = 'flow' | 'stock';

/** Price basis of money values: constant 2010 prices, current prices, none. */
export type PriceBasis = 'constant-2010' | 'current' | 'none';

/** How sentences state a target's figures, chosen per target where the office writes otherwise
 * than the usual form (each field's default first):
 * - plan: "đạt 122% kế hoạch" ('reach') or "vượt 22% kế hoạch" ('exceed', actual / plan - 1);
 * - yearOnYear: "tăng 16,1% so với cùng kỳ" ('change') or "bằng 116,1% so với cùng kỳ" ('index');
 * - againstGoal: "bằng 52,15% kế hoạch cả nhiệm kỳ" ('percent') or "93.867/180.000 tỷ đồng"
 *   ('fraction', actual/target);
 * - baseDifference: also the absolute change on the base year ("tăng 14,67 triệu đồng so với năm
 *   2020"). */
export interface Phrasing {
  plan?: 'reach' | 'exceed';
  yearOnYear?: 'change' | 'index';
  againstGoal?: 'percent' | 'fraction';
  baseDifference?: boolean;
}

/** A hedge written beside a figure and kept as entered: "trên 5.000 tỷ" ('over'), "gần 95%"
 * ('nearly'), "khoảng 30 ha" ('about'). The value is computed with as written. */
export type Hedge = 'over' | 'nearly' | 'about';

/** The goal a target sets. One shape per family of kinds. */
export type TargetGoal =
  | { type: 'number'; value: number } // growth %, level, total, threshold, ratio, count
  | { type: 'range'; min: number; max: number }
  | { type: 'milestone' } // done or not
  | { type: 'grade'; scale: string[]; required: string } // scale from worst to best
  | { type: 'structure'; shares: { name: string; value: number }[] };

/** A target (chỉ tiêu) of the resolution. */
export interface Target {
  id: string;
  /** Number as printed in the resolution: "1", "2.3", "15a". */
  code: string;
  name: string;
  /** Key of the common indicator this target measures ("thu-nhap-binh-quan-dau-nguoi"), so that
   * units with different resolutions can be compared and rolled up. */
  indicator?: string;
  field: Field;
  kind: TargetKind;
  direction: Direction;
  qualifier: Qualifier;
  /** Unit of measure as written: "%", "tỷ đồng", "triệu đồng", "ha", "người", "xã". */
  unit: string;
  /** Decimals shown in reports (0-3). Raw values are never rounded in storage. */
  precision: number;
  /** Decimals of percentages of achievement shown for this target ("71,4%": 1); the rounded
   * percentage is also the one banded. Defaults to the assessment config's `percentDecimals`. */
  percentDecimals?: number;
  /** How its figures are cut to the decimals printed: half away from zero (default) or
   * truncation where the office prints that way. Applied once, the same in every sentence and
   * table; stored values are never rounded. */
  rounding?: RoundingMode;
  /** How sentences state its figures (see {@link Phrasing}); the usual forms when absent. */
  phrasing?: Phrasing;
  goal: TargetGoal;
  /** First year of the term the target counts from (usually the congress year). */
  baseYear?: number;
  /** The value in the base year, needed for growth and linear forecasts. */
  baseValue?: number;
  /** The year the goal is for (usually the last year of the term). */
  targetYear?: number;
  seriesBasis?: SeriesBasis;
  /** Unit of the levels of a growth target entered as levels ("tỷ đồng" for production value
   * whose goal is a growth rate in %): shown beside the levels, never beside the rate. */
  levelUnit?: string;
  accumulation?: Accumulation;
  /** Whether figures are amounts over a span ('flow') or levels at a point ('stock'); see
   * {@link Aggregation}. Absent: `defaultAggregation`. */
  aggregation?: Aggregation;
  priceBasis?: PriceBasis;
  /** A stated count beside a ratio: "50% (8 xã)". */
  statedCount?: { value: number; unit: string };
  /** Id of the parent target for sub-targets (chỉ tiêu thành phần). */
  parentId?: string;
  /** Set when the target was taken out of the plan by a recorded decision. */
  dropped?: { decision: string; date: IsoDate; reason: string };
  note?: string;
}

/** Statuses of a figure, weakest first. */
export const VALUE_STATUSES = ['estimate', 'preliminary', 'official'] as const;
/** ước (estimate) < sơ bộ (preliminary) < chính thức (official). */
export type ValueStatus = (typeof VALUE_STATUSES)[number];

/** A figure as reported: kept with its status and revision; a later one supersedes it for
 * computation but never erases it. */
export interface Observation {
  targetId: string;
  period: PeriodCode;
  /** number for measured kinds, boolean for milestones, a grade's name for grades,
   * shares (same order as the goal) for structures. */
  value: number | boolean | string | number[];
  status: ValueStatus;
  /** Increases with every correction of the same target and period (1 = first entry). */
  revision: number;
  /** When it was recorded (ISO timestamp), given by the caller; orders revisions. */
  recordedAt?: string;
  /** A hedge written beside the figure ("trên 5.000 tỷ"), kept and printed as entered. */
  hedge?: Hedge;
  source?: string;
  comment?: string;
}

/** A plan beside the term target: the annual plan, or a budget estimate from one source. */
export interface Plan {
  targetId: string;
  /** The period the plan is for, usually a year: "2023". */
  period: PeriodCode;
  kind: 'annual-plan' | 'budget-estimate';
  /** Stable key of the source: "tinh-giao", "hdnd-giao", "ke-hoach-nam". */
  source: string;
  /** As written in sentences: "dự toán tỉnh giao", "dự toán thành phố giao", "kế hoạch năm". */
  label: string;
  value: number;
  /** Decimals of the percentage printed for this comparison ("đạt 32%": 0; "25,7%": 1).
   * Defaults to the assessment config's `percentDecimals`. */
  percentDecimals?: number;
  /** Rounding of the percentage printed for this comparison (default: the target's). */
  rounding?: RoundingMode;
  /** "đạt 122% dự toán" ('reach', default: the target's) or "vượt 22% dự toán" ('exceed'). */
  phrasing?: 'reach' | 'exceed';
}

/** A value of another unit to compare with ("gấp 1,53 lần bình quân chung của tỉnh"). */
export interface Benchmark {
  targetId: string;
  period: PeriodCode;
  /** As written: "bình quân chung của tỉnh". */
  label: string;
  value: number;
  /** Rank of this unit among its siblings, if known ("xếp thứ 4 toàn tỉnh"). */
  rank?: { position: number; of: number; scope: string };
}

/** A recorded change of a target by a decision (điều chỉnh chỉ tiêu). */
export interface Adjustment {
  targetId: string;
  oldGoal: TargetGoal;
  newGoal: TargetGoal;
  decision: string; // "Nghị quyết số 15-NQ/TU"
  date: IsoDate;
  reason?: string;
  recordedBy?: string;
}

/** A scenario the user gives for the remaining years of the term. */
export interface Scenario {
  targetId: string;
  /** Growth rate (%) per remaining year, or the values per remaining year. */
  growthRate?: number;
  values?: { period: PeriodCode; value: number }[];
  note?: string;
}

/** End-of-term verdicts. */
export const VERDICTS = [
  'exceed',
  'meet',
  'very-high-effort',
  'propose-adjust',
  'met-early',
  'not-assessable',
  'on-track',
  'not-due',
  'basically-met',
  'not-met',
] as const;
/** Verdict: during the term, the forecast to its end: vượt kế hoạch / hoàn thành / phải phấn đấu,
 * nỗ lực rất cao / đề nghị điều chỉnh, đưa ra ngoài kế hoạch / đạt sớm / chưa đánh giá được; when
 * no forecast can be made yet, the pace: đang trong lộ trình (on-track) / chưa đến hạn (a
 * milestone not yet due: not-due); once the term is over, what was reached: vượt / hoàn thành /
 * cơ bản đạt (basically-met) / không đạt (not-met). */
export type Verdict = (typeof VERDICTS)[number];

/** Bands against the Congress target. */
export const BANDS = ['above-80', 'above-50', 'below-50', 'not-assessable'] as const;
/** Band against the Congress target (thresholds configurable, defaults 80 and 50). */
export type Band = (typeof BANDS)[number];

/** Traffic lights, red first. */
export const LIGHTS = ['red', 'orange', 'green', 'grey'] as const;
/** Traffic light; grey = not assessable. Red first. */
export type Light = (typeof LIGHTS)[number];

/** A committee's final judgement on a target, overriding the suggestion, with its reason. */
export interface AssessmentOverride {
  targetId: string;
  scheme: 'verdict' | 'band' | 'light';
  label: Verdict | Band | Light;
  reason: string;
  decidedBy?: string;
  decidedAt?: string;
  /** Causes, scenario and owners for low targets (nguyên nhân, kịch bản, trách nhiệm). */
  causes?: string;
  owner?: string;
}

/** Administrative level of a unit. */
export type UnitLevel = 'province' | 'district' | 'commune';

/** An administrative unit (đơn vị hành chính). */
export interface UnitRef {
  /** Statistics-office code: province 2 digits, district 3, commune 5. */
  code: string;
  name: string; // "thành phố Thanh Hóa"
  level: UnitLevel;
  parentCode?: string;
}

/** Who issues the documents: a Party committee (Hướng dẫn 36) or a state body (Nghị định 30). */
export interface Issuer {
  kind: 'party' | 'state';
  /** "ĐẢNG BỘ TỈNH THANH HÓA" / "UBND TỈNH THANH HÓA": the line above the issuing body. */
  superior?: string;
  /** "THÀNH ỦY THANH HÓA" / "UBND THÀNH PHỐ THANH HÓA". */
  name: string;
  /** Place for the dateline: "Thanh Hóa". */
  place: string;
  /** Symbol for document numbers: "BC/TU". */
  symbol?: string;
}

/** The Congress (Đại hội) whose resolution is followed. */
export interface Congress {
  /** 21 for "lần thứ XXI". */
  number: number;
  /** The term: "2020-2025". */
  term: PeriodCode;
  date?: IsoDate;
  committee: string; // "Đảng bộ thành phố Thanh Hóa"
}

/** One resolution with everything reported for it: the unit of work of a review. */
export interface ResolutionDossier {
  unit: UnitRef;
  issuer: Issuer;
  congress: Congress;
  title: string;
  targets: Target[];
  observations: Observation[];
  plans: Plan[];
  benchmarks: Benchmark[];
  adjustments: Adjustment[];
  scenarios: Scenario[];
  overrides: AssessmentOverride[];
  /** Periods whose figures the level above approved (or accepted): every view says whether the
   * figure it shows is approved. Absent where approval is not followed (interchange files). */
  approvedPeriods?: PeriodCode[];
}
