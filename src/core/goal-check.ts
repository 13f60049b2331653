/**
 * Comparing a value with a numeric goal, the way a committee reads the resolution: the
 * qualifier decides the comparison ("dưới 4" is < 4; "trở lên" is ≥), the direction decides it
 * when there is none, and the value is first rounded at the target's display precision.
 */
import type { AssessmentConfig } from './config';
import type { Gap } from './evaluation-types';
import type { Direction, Qualifier, Target } from './model';
import { roundAt, roundHalfAwayFromZero } from './vi-number';

type GoalSubject = Pick<Target, 'direction' | 'qualifier' | 'precision'>;

/** Whether `actual` meets `goal` under the target's qualifier and direction. */
export function meetsGoal(actual: number, goal: number, t: GoalSubject, config: AssessmentConfig): boolean {
  const { a, g } = atPrecision(actual, goal, t.precision);
  goal = g;
  switch (t.qualifier) {
    case 'at-least':
      return a >= goal;
    case 'more-than':
      return a > goal;
    case 'less-than':
      return a < goal;
    case 'at-most':
      return a <= goal;
    case 'about': {
      const slack = Math.abs(goal) * config.aboutTolerance;
      return t.direction === 'lower-is-better' ? a <= goal + slack : a >= goal - slack;
    }
    case 'none':
      return t.direction === 'lower-is-better' ? a <= goal : a >= goal;
  }
}

/** Decimals written in a number (float noise removed, at most 10). */
function decimalsOf(x: number): number {
  if (Number.isInteger(x)) return 0;
  const known = goalDecimals.get(x);
  if (known !== undefined) return known;
  const s = String(Number(x.toPrecision(12)));
  const i = s.indexOf('.');
  const decimals = s.includes('e') ? 10 : i < 0 ? 0 : Math.min(10, s.length - i - 1);
  // Goals are few and read for every comparison: their decimals are computed once.
  if (goalDecimals.size >= 10_000) goalDecimals.clear();
  goalDecimals.set(x, decimals);
  return decimals;
}

const goalDecimals = new Map<number, number>();

/** Value and goal rounded at the display precision, or at the goal's own decimals when the goal
 * is written finer (a goal of 4,653 is compared at 3 decimals). */
function atPrecision(actual: number, goal: number, precision: number): { a: number; g: number } {
  const d = Math.max(precision, decimalsOf(goal));
  return { a: roundHalfAwayFromZero(actual, d), g: roundHalfAwayFromZero(goal, d) };
}

/** Whether a met value goes beyond the goal enough to be called "vượt": only for
 * higher-is-better targets, strictly above the goal at display precision, and never for
 * "khoảng" or lower-is-better targets (3,1 against "dưới 4" is met, not exceeded). */
export function exceedsGoal(actual: number, goal: number, t: GoalSubject, config: AssessmentConfig): boolean {
  if (t.direction === 'lower-is-better' || t.qualifier === 'about' || t.qualifier === 'less-than')
    return false;
  if (t.qualifier === 'at-most') return false;
  const { a, g } = atPrecision(actual, goal, t.precision);
  return meetsGoal(actual, goal, t, config) && a > g;
}

/** Whether a goal sits at the physical bound of a share in % (100% of households, 0% of poor
 * households): it can be met, never exceeded. Growth rates in % (average growth, ranges of
 * growth) have no such bound. */
export function isGoalAtBound(goal: number, t: Pick<Target, 'unit' | 'kind' | 'direction'>): boolean {
  if (t.unit.trim() !== '%' || t.kind === 'average-growth' || t.kind === 'range') return false;
  return t.direction === 'higher-is-better' ? goal >= 100 : goal <= 0;
}

/**
 * Achievement ratio of a value against a goal. Higher is better: actual / goal. Lower is better:
 * goal / actual (a value at or below zero that meets the goal counts as 1). A zero goal for a
 * higher-is-better target cannot be divided by: a Gap.
 */
export function goalRatio(actual: number, goal: number, direction: Direction, what: string): number | Gap {
  if (direction === 'higher-is-better') {
    if (goal === 0) return { code: 'zero-base', what };
    return actual / goal;
  }
  if (actual <= 0) return goal >= actual ? 1 : 0;
  return goal / actual;
}

/** ratio × 100 rounded at the configured decimals in the configured mode: the percentage shown
 * and banded. */
export function ratioPercent(ratio: number, config: AssessmentConfig): number {
  return roundAt(ratio * 100, config.percentDecimals, config.rounding);
}

/** Type guard for Gap values mixed with results. */
export function isGap(x: unknown): x is Gap {
  return typeof x === 'object' && x !== null && 'code' in x && 'what' in x;
}

/** The qualifier as words around a value: ("at-least", "65%") → "65% trở lên"; "dưới 4%". */
export function qualifiedVi(q: Qualifier, text: string): string {
  switch (q) {
    case 'at-least':
      return `${text} trở lên`;
    case 'more-than':
      return `trên ${text}`;
    case 'less-than':
      return `dưới ${text}`;
    case 'at-most':
      return `không quá ${text}`;
    case 'about':
      return `khoảng ${text}`;
    case 'none':
      return text;
  }
}
