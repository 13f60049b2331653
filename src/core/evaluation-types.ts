/**
 * What the core computes for a target as of a period: the results every edge shows.
 * Expected gaps are values ({@link Gap}), never exceptions.
 */
import type {
  Adjustment,
  Aggregation,
  Band,
  Field,
  Hedge,
  Light,
  Observation,
  PeriodCode,
  Target,
  TargetGoal,
  ValueStatus,
  Verdict,
} from './model';

import type { TargetView } from './present-target';
import type { RoundingMode } from './vi-number';

/** Why something could not be computed: shown to the user, not thrown. */
export type Gap =
  | { code: 'no-data'; what: string } // no figure for the period
  | { code: 'no-base'; what: string } // growth or linear forecast without a base value
  | { code: 'no-plan'; what: string }
  | { code: 'zero-base'; what: string } // division by a zero base
  | { code: 'negative-base'; what: string } // growth from a negative level
  | { code: 'method-unsuited'; what: string } // e.g. a rate target fed to the SDG measure
  // the same period of last year has no figure: reported for a part of a year (a quarter, 6 or 9
  // months, a month), where reports always state "so với cùng kỳ"; not for whole years
  | { code: 'no-previous-period'; what: string }
  // a stretch of the term with no figure before later figures: a sum over it would leave it out
  // silently, so it is said ("chưa có số liệu năm 2022") and the sum is not judged
  | { code: 'missing-period'; what: string; period?: PeriodCode };

/** A value with its origin, as used in a computation. */
export interface UsedValue {
  period: PeriodCode;
  value: number;
  status: ValueStatus;
  revision: number;
  /** The hedge written beside the figure, kept as entered ("trên 5.000 tỷ"). */
  hedge?: Hedge;
}

/** Actual against one plan ("đạt 32% dự toán tỉnh giao"). Ratios are raw (0.32), not %. */
export interface PlanComparison {
  /** The annual plan (kế hoạch năm) or a budget estimate (dự toán). */
  kind?: 'annual-plan' | 'budget-estimate';
  source: string;
  label: string;
  period: PeriodCode;
  plan: number;
  actual: number;
  /** actual / plan. */
  ratio: number;
  /** Decimals of the percentage printed, when the plan sets them. */
  percentDecimals?: number;
  /** Rounding of the percentage printed, when the plan sets it. */
  rounding?: RoundingMode;
  /** "đạt X%" or "vượt X%", when the plan sets it. */
  phrasing?: 'reach' | 'exceed';
}

/** Against the same period of last year ("tăng 67,8% so với cùng kỳ"). */
export interface YearOnYear {
  previousPeriod: PeriodCode;
  previous: number;
  current: number;
  /** current / previous ("bằng 116,1%" → 1.161). */
  index: number;
  /** index - 1 ("tăng 16,1%" → 0.161). */
  change: number;
  /** current - previous ("tăng 4,58 triệu"). */
  absoluteChange: number;
}

/** How a forecast was made: trend so far (compound), linear, the user's scenario, already reached, or the latest value held. */
export type ForecastMethod = 'trend' | 'linear' | 'scenario' | 'reached' | 'latest';

/** A forecast of the target measure at the end of the term, with the method named. */
export interface Forecast {
  method: ForecastMethod;
  /** The forecast value of the target's measure at the end of the term (growth % for growth
   * targets, total for cumulative ones, level otherwise). */
  value: number;
  /** Forecast achievement against the term target (same convention as `achievement.ratio`). */
  ratio?: number;
  /** Values forecast per remaining year. */
  path: { period: PeriodCode; value: number }[];
  /** Whether the forecast value meets the goal with its qualifier (at display precision). */
  met?: boolean;
}

/** Achievement against the term target. */
export interface Achievement {
  /** The measure compared: the average growth so far for growth targets, the sum so far for
   * totals, the latest value for levels and ratios. */
  actual: number;
  goal: number;
  /** actual / goal (for growth targets: the ratio of rates, "10,71% bằng 71,4% mục tiêu").
   * For lower-is-better targets, goal / actual (capped semantics are left to assessment). */
  ratio: number;
  /** Whether the goal is met now, with its qualifier (3,1 against "dưới 4" is met). */
  met: boolean;
  /** For ratio targets: actual - goal in percentage points. */
  pointsDifference?: number;
  /** ratio × 100 rounded half away from zero at the configured percent decimals: the number
   * shown ("71,4%") and the one banded (round before banding). */
  percent?: number;
  /** What `actual` is: the average growth so far, the sum so far, or the latest value. */
  measure?: 'average-growth' | 'sum-so-far' | 'latest';
  /** The figure the measure rests on: the latest value compared (for a flow, the latest whole
   * year, which may differ from `TargetEvaluation.latest`, a quarter), the last year of an
   * average growth, the last amount of a sum. Sentences state this figure beside `percent`. */
  basis?: UsedValue;
}

/** One year of an annual-threshold target, checked against the threshold. */
export interface AnnualCheck {
  period: PeriodCode;
  value: number;
  met: boolean;
}

/** Where a value stands against a range goal. */
export interface RangePosition {
  position: 'inside' | 'above' | 'below';
  min: number;
  max: number;
  actual: number;
}

/** One share of a structure target against its goal (percentage points). */
export interface StructureShare {
  name: string;
  goal: number;
  actual: number;
  /** actual - goal, in percentage points. */
  difference: number;
  met: boolean;
}

/** What is still needed to reach the goal on time. */
export interface Requirement {
  remainingYears: number;
  /** Growth per remaining year needed (%, for growth and level targets). */
  growthPerYear?: number;
  /** Amount per remaining year needed (for totals and cumulative counts). */
  amountPerYear?: number;
}

/** The UN/Open SDG progress measure and its category. */
export interface SdgProgress {
  /** Actual compound growth / required compound growth. */
  measure: number;
  category: 'substantial' | 'moderate' | 'limited' | 'deterioration';
}

/** Where the measure should be by now on the way to the goal (see pace.ts). */
export interface Pace {
  /** How the expected value is drawn: a straight line, a compound path from the base value, or
   * (growth targets) the goal's own rate. */
  method: 'linear' | 'compound' | 'rate';
  /** The measure reached (the sum so far, the latest level, the rate so far). */
  actual: number;
  /** Where the measure should be by now. */
  expected: number;
  /** actual / expected (lower-is-better: expected / actual). */
  ratio: number;
  /** Whether the measure is at or ahead of where it should be, at display precision. */
  onPace: boolean;
  /** Years of the term elapsed at the figure judged (2026-H1 in 2025-2030: 0,5). */
  elapsedYears: number;
}

/** The labels the system proposes from the numbers. */
export interface Suggestions {
  band: Band;
  verdict: Verdict;
  light: Light;
  /** The UN/Open SDG measure, where the target suits it. */
  sdg: SdgProgress | Gap;
}

/** The final label of each scheme: the suggestion, or the committee's override with its reason. */
export interface FinalAssessment {
  band: Band;
  verdict: Verdict;
  light: Light;
  overridden: { scheme: 'verdict' | 'band' | 'light'; reason: string }[];
}

/** Everything computed for one target as of a period. */
export interface TargetEvaluation {
  target: Target;
  asOf: PeriodCode;
  /** The latest figure used (highest status, then revision, for the latest period ≤ as-of). */
  latest?: UsedValue;
  achievement?: Achievement;
  plans: PlanComparison[];
  yearOnYear?: YearOnYear;
  /** Average annual growth so far (compound), in % (10.71). */
  averageGrowth?: number;
  requirement?: Requirement;
  forecast?: Forecast;
  /** Multiples of benchmarks ("gấp 1,53 lần bình quân chung của tỉnh"). */
  benchmarks: {
    label: string;
    period: PeriodCode;
    value: number;
    multiple: number;
    rank?: { position: number; of: number; scope: string };
  }[];
  suggestions: Suggestions;
  final: FinalAssessment;
  gaps: Gap[];
  /** The goal in force as of the period (after recorded adjustments); absent if unchanged. */
  goal?: TargetGoal;
  /** Adjustments applied to reach `goal`, oldest first. */
  appliedAdjustments?: Adjustment[];
  /** The figure in force (any value type: boolean for milestones, grade names, shares). */
  latestObservation?: Observation;
  /** Every figure for the latest period, the one in force first: kept for the record. */
  history?: Observation[];
  /** Annual-threshold targets: each year of the term so far. */
  annualChecks?: AnnualCheck[];
  /** Range targets: inside, above or below. */
  range?: RangePosition;
  /** Structure targets: each share against its goal. */
  structure?: StructureShare[];
  /** Every forecast that could be computed (the chosen one is `forecast`). */
  forecasts?: Forecast[];
  /** Whether a total (or milestone) is already reached before the end of the term. */
  metEarly?: boolean;
  /** Where the measure should be by now, and whether it is there. */
  pace?: Pace;
  /** How every surface shows this evaluation (texts and rounded numbers, the one rule). Absent
   * when the evaluation was asked without presentation (roll-ups over many units). */
  view?: TargetView;
  /** Whether the figures are flows or stocks (the target's own, or the default). */
  aggregation?: Aggregation;
}

/** How many targets carry a label. */
export interface CountOf<L extends string> {
  label: L;
  count: number;
}

/** Counts over a resolution (final labels), overall and per field; every list adds up to its total. */
export interface Summary {
  total: number;
  bands: CountOf<Band>[];
  verdicts: CountOf<Verdict>[];
  lights: CountOf<Light>[];
  byField: { field: Field; total: number; bands: CountOf<Band>[]; verdicts: CountOf<Verdict>[] }[];
}

/** A whole resolution evaluated as of a period. */
export interface DossierEvaluation {
  asOf: PeriodCode;
  targets: TargetEvaluation[];
  summary: Summary;
  /** Vietnamese narrative paragraphs, in the register of the seed reports. */
  narrative: string[];
}
