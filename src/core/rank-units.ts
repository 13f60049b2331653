/**
 * Competition ranking of sibling units on one value ("xếp thứ 4 toàn tỉnh"): 1 is the best, equal
 * values share a rank and the next rank skips (1-2-2-4). What the values are compared against
 * (the parent's figure, a weighted mean, a sum) is `compareUnits`' business, not the ranking's.
 */
import type { Direction } from './model';
import { roundHalfAwayFromZero } from './vi-number';

/** One unit's value of the indicator. */
export interface UnitValue {
  unitCode: string;
  unitName: string;
  value: number;
  period: string;
}

/** A ranked unit: 1 = best (highest when higher is better, lowest when lower is better). */
export type RankedUnit<V extends UnitValue = UnitValue> = V & { rank: number };

/**
 * Ranks the values, best first (competition ranking, 1-2-2-4; equal values ordered by unit
 * code). With `decimals`, values are compared as shown (rounded half away from zero there), so
 * two units printed alike share their rank.
 */
export function rankUnits<V extends UnitValue>(
  values: readonly V[],
  direction: Direction,
  decimals?: number,
): RankedUnit<V>[] {
  const shown = (v: number): number => (decimals === undefined ? v : roundHalfAwayFromZero(v, decimals));
  const better = (a: number, b: number): number => (direction === 'lower-is-better' ? a - b : b - a);
  const sorted = [...values].sort(
    (a, b) => better(shown(a.value), shown(b.value)) || a.unitCode.localeCompare(b.unitCode),
  );
  return sorted.map((v) => ({
    ...v,
    rank: sorted.findIndex((w) => shown(w.value) === shown(v.value)) + 1,
  }));
}
