/**
 * Ranking of sibling units on one indicator ("xếp thứ 4 toàn tỉnh", "gấp 1,53 lần bình quân
 * chung"): the province's comparison of its units.
 */
import type { Direction } from './model';

/** One unit's value of the indicator. */
export interface UnitValue {
  unitCode: string;
  unitName: string;
  value: number;
  period: string;
}

/** A ranked unit. */
export interface RankedUnit extends UnitValue {
  /** 1 = best (highest when higher is better, lowest when lower is better); ties share a rank. */
  rank: number;
  /** value / reference (the parent's own value when known, else the siblings' average). */
  multiple: number | null;
}

/** The ranking, the siblings' average and the reference the multiples are taken against. */
export interface Ranking<V extends UnitValue = UnitValue> {
  units: (V & Omit<RankedUnit, keyof UnitValue>)[];
  average: number | null;
  reference: { label: 'parent' | 'average'; value: number } | null;
}

/** Ranks the values (competition ranking, 1-2-2-4) and computes each multiple of the reference. */
export function rankUnits<V extends UnitValue>(
  values: V[],
  direction: Direction,
  parentValue?: number,
): Ranking<V> {
  if (values.length === 0) {
    return {
      units: [],
      average: null,
      reference: parentValue === undefined ? null : { label: 'parent', value: parentValue },
    };
  }
  const average = values.reduce((sum, v) => sum + v.value, 0) / values.length;
  const reference =
    parentValue !== undefined
      ? { label: 'parent' as const, value: parentValue }
      : { label: 'average' as const, value: average };
  const better = (a: number, b: number) => (direction === 'lower-is-better' ? a - b : b - a);
  const sorted = [...values].sort((a, b) => better(a.value, b.value) || a.unitCode.localeCompare(b.unitCode));
  const units = sorted.map((v) => ({
    ...v,
    rank: sorted.findIndex((w) => w.value === v.value) + 1,
    multiple: reference.value !== 0 ? v.value / reference.value : null,
  }));
  return { units, average, reference };
}
