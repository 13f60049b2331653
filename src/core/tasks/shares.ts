/**
 * Shares that add up to 100, printed as the government prints them. Report 1270/BC-TCTTTg
 * (2017) printed "98,62%" and "1,38%" for 16.051 and 223 of 16.274 tasks, whose exact shares are
 * 98,6297% and 1,3703%: every share but the last is truncated, and the last is printed as the
 * complement to 100. Arithmetic is on integers (hundredths of a percent at 2 decimals), so the sum
 * is exactly 100 and no float noise moves a digit.
 */
import { formatNumberVi } from '../vi-number';

/** One printed share. */
export interface PrintedShare {
  count: number;
  /** The share in percent at the decimals asked (exact decimal value). */
  percent: number;
  /** "98,62%" */
  text: string;
}

/**
 * Shares of `counts` in their sum, adding up to exactly 100 at `decimals` places: all but the
 * last non-zero count are truncated, the last non-zero one gets the complement. A zero count is
 * always "0%" (the complement never lands on a count of nothing). An empty sum gives null: there
 * is no share of nothing.
 */
export function sharesTo100(counts: readonly number[], decimals = 2): PrintedShare[] | null {
  if (counts.some((c) => !Number.isInteger(c) || c < 0)) throw new RangeError('counts must be whole, ≥ 0');
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const scale = 100 * 10 ** decimals;
  let lastNonZero = -1;
  counts.forEach((c, i) => {
    if (c > 0) lastNonZero = i;
  });
  const units = counts.map((c) => {
    const n = c * scale;
    return (n - (n % total)) / total;
  });
  const others = units.reduce((sum, u, i) => (i === lastNonZero ? sum : sum + u), 0);
  units[lastNonZero] = scale - others;
  return counts.map((count, i) => {
    const percent = (units[i] as number) / 10 ** decimals;
    return { count, percent, text: `${formatNumberVi(percent, decimals, { trimZeros: true })}%` };
  });
}

/** One share of a whole on its own, truncated as the offices print a single rate ("87,64%"). */
export function truncatedShare(count: number, of: number, decimals = 2): PrintedShare | null {
  if (of <= 0) return null;
  const scale = 100 * 10 ** decimals;
  const n = count * scale;
  const percent = (n - (n % of)) / of / 10 ** decimals;
  return { count, percent, text: `${formatNumberVi(percent, decimals, { trimZeros: true })}%` };
}
