/**
 * Compound growth: average annual growth as the geometric mean, and the growth still needed.
 * Rates are in percent (10.71 means +10,71%/năm). Impossible cases are Gap values.
 */
import type { Gap } from './evaluation-types';

/** Average annual growth (%) from `from` to `to` over `years` years: (to/from)^(1/years) - 1. */
export function compoundGrowth(from: number, to: number, years: number, what = 'giá trị gốc'): number | Gap {
  if (from === 0) return { code: 'zero-base', what };
  if (from < 0 || to < 0) return { code: 'negative-base', what };
  if (years <= 0) return { code: 'no-data', what: 'số năm đã thực hiện' };
  return ((to / from) ** (1 / years) - 1) * 100;
}

/** Compound mean (%) of annual growth rates (%): (Π(1 + r))^(1/n) - 1. */
export function averageOfRates(rates: readonly number[]): number | Gap {
  if (rates.length === 0) return { code: 'no-data', what: 'tốc độ tăng hằng năm' };
  const factor = growthFactor(rates);
  if (factor < 0) return { code: 'negative-base', what: 'tốc độ tăng hằng năm' };
  return (factor ** (1 / rates.length) - 1) * 100;
}

/** The product of (1 + r/100) over the rates. */
export function growthFactor(rates: readonly number[]): number {
  return rates.reduce((f, r) => f * (1 + r / 100), 1);
}

/** Growth per year (%) needed over `years` years to turn the factor reached so far into the
 * factor the goal asks for. */
export function requiredGrowthFromFactors(
  factorSoFar: number,
  factorGoal: number,
  years: number,
): number | Gap {
  if (years <= 0) return { code: 'no-data', what: 'số năm còn lại' };
  if (factorSoFar <= 0)
    return { code: factorSoFar === 0 ? 'zero-base' : 'negative-base', what: 'giá trị hiện tại' };
  const ratio = factorGoal / factorSoFar;
  if (ratio < 0) return { code: 'negative-base', what: 'giá trị mục tiêu' };
  return (ratio ** (1 / years) - 1) * 100;
}

/** Growth per year (%) needed to go from `current` to `goal` in `years` years. */
export function requiredGrowth(current: number, goal: number, years: number): number | Gap {
  return requiredGrowthFromFactors(current, goal, years);
}
