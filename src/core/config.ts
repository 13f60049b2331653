/**
 * The knobs of the assessment schemes. Every field has a documented default; callers pass a
 * partial config and get the rest from {@link DEFAULT_ASSESSMENT_CONFIG}.
 */

import type { RoundingMode } from './vi-number';

/** How a ratio that sits exactly on a band threshold is banded. */
export type BandEdges = 'inclusive' | 'exclusive';

/** Settings of the assessment schemes (bands, rounding, tolerances, forecast, SDG). */
export interface AssessmentConfig {
  /** Band thresholds in percent of the Congress target: above `high` / above `low` / below. */
  bandThresholds: { high: number; low: number };
  /**
   * 'inclusive' (default): a ratio equal to a threshold is in the upper band (80% exactly →
   * 'above-80'; 50% exactly → 'above-50'). Reports say "đạt trên 80%", "trên 50%", "dưới 50%"
   * and the three counts always add up to the total (Bỉm Sơn: 23 + 3 + 3 = 29), so "dưới 50%"
   * is strict and the bands above it start at their threshold: "trên" is used as "từ … trở lên".
   * 'exclusive': only strictly above a threshold is in the upper band.
   */
  bandEdges: BandEdges;
  /** Decimals of the percentage (ratio × 100) shown, and used before banding and judging:
   * round first, then compare (288,8 of 361 is 80%, and 79,996% shows and counts as 80%). */
  percentDecimals: number;
  /** How figures are cut to the decimals printed (a target or plan may set its own). */
  rounding: RoundingMode;
  /** "khoảng" (about): relative tolerance on the unfavourable side (0.02 = 2% of the goal). */
  aboutTolerance: number;
  /** Structure targets: largest gap in percentage points for a share to count as met. */
  structureTolerancePoints: number;
  /** Default forecast method; the other is used when the first cannot be computed. A scenario
   * given for a target always wins. */
  forecastMethod: 'trend' | 'linear';
  /** UN/Open SDG progress thresholds. */
  sdgThresholds: { substantial: number; moderate: number };
  /** Suggest 'propose-adjust' when the forecast ratio (in %) is below this; off when undefined. */
  proposeAdjustBelowPercent?: number;
  /** Once the term is over, a target not met whose achievement (in %, rounded) is at least this
   * is "cơ bản đạt" (basically met); below it, "không đạt". */
  basicallyMetPercent: number;
  /** How sentences state a figure against the same period of last year: 'change' (default,
   * "tăng 16,1% so với cùng kỳ") or 'index' ("bằng 116,1% so với cùng kỳ"). Shares in % always
   * change in percentage points. */
  yearOnYearStyle?: 'change' | 'index';
}

/** Defaults: bands 80 / 50 inclusive, 2 decimals of percent, "khoảng" ± 2%, structure ± 1 point,
 * trend forecast, SDG 0.95 / 0.6, basically met from 90%. */
export const DEFAULT_ASSESSMENT_CONFIG: AssessmentConfig = {
  bandThresholds: { high: 80, low: 50 },
  bandEdges: 'inclusive',
  percentDecimals: 2,
  rounding: 'half-away-from-zero',
  aboutTolerance: 0.02,
  structureTolerancePoints: 1,
  forecastMethod: 'trend',
  sdgThresholds: { substantial: 0.95, moderate: 0.6 },
  basicallyMetPercent: 90,
};

/** A config with every field filled from the defaults. */
export function resolveConfig(partial: Partial<AssessmentConfig> = {}): AssessmentConfig {
  return {
    ...DEFAULT_ASSESSMENT_CONFIG,
    ...partial,
    bandThresholds: { ...DEFAULT_ASSESSMENT_CONFIG.bandThresholds, ...partial.bandThresholds },
    sdgThresholds: { ...DEFAULT_ASSESSMENT_CONFIG.sdgThresholds, ...partial.sdgThresholds },
  };
}
