/**
 * Comparisons of the latest figure with its yardsticks: each plan separately ("đạt 32% dự toán
 * tỉnh giao, 25,7% dự toán thành phố giao"), the same period of last year ("tăng 67,8% so với
 * cùng kỳ"), and benchmarks of other units ("gấp 1,53 lần bình quân chung của tỉnh").
 */
import type { Gap, PlanComparison, TargetEvaluation, UsedValue, YearOnYear } from './evaluation-types';
import type { FlowLedger } from './flow-ledger';
import type { Benchmark, Observation, Plan } from './model';
import { isPeriodInside, parsePeriod, previousYearSamePeriod } from './periods';
import { bestFor, numericValue } from './values';

/** Each plan whose period contains the latest figure's period, in the order given. A plan of
 * zero is a 'zero-base' Gap. Plans for other periods only yield 'no-plan' when none fits. */
export function comparePlans(latest: UsedValue, plans: readonly Plan[], gaps: Gap[]): PlanComparison[] {
  const fitting = plans.filter((p) => parsePeriod(p.period).ok && isPeriodInside(latest.period, p.period));
  if (plans.length > 0 && fitting.length === 0)
    gaps.push({ code: 'no-plan', what: `kế hoạch cho kỳ ${latest.period}` });
  const out: PlanComparison[] = [];
  for (const p of fitting) {
    if (p.value === 0) {
      gaps.push({ code: 'zero-base', what: p.label });
      continue;
    }
    out.push({
      kind: p.kind,
      source: p.source,
      label: p.label,
      period: p.period,
      plan: p.value,
      actual: latest.value,
      ratio: latest.value / p.value,
      ...(p.percentDecimals !== undefined ? { percentDecimals: p.percentDecimals } : {}),
      ...(p.rounding !== undefined ? { rounding: p.rounding } : {}),
      ...(p.phrasing !== undefined ? { phrasing: p.phrasing } : {}),
    });
  }
  return out;
}

/** The latest figure against the same period of last year, or a Gap. Like with like only: the
 * same span (a quarter alone against a quarter alone, nine months against nine months); for a
 * flow, last year's amount may be added up from its parts (`ledger`). */
export function yearOnYear(
  latest: UsedValue,
  observations: readonly Observation[],
  ledger?: FlowLedger,
): YearOnYear | Gap {
  const previousPeriod = previousYearSamePeriod(latest.period);
  if (!previousPeriod) return { code: 'no-previous-period', what: `cùng kỳ của ${latest.period}` };
  const previous =
    numericValue(bestFor(observations, previousPeriod)) ?? ledger?.amountOf(previousPeriod)?.value;
  if (previous === undefined) return { code: 'no-previous-period', what: `số liệu kỳ ${previousPeriod}` };
  if (previous === 0) return { code: 'zero-base', what: `số liệu kỳ ${previousPeriod}` };
  if (previous < 0) return { code: 'negative-base', what: `số liệu kỳ ${previousPeriod}` };
  const index = latest.value / previous;
  return {
    previousPeriod,
    previous,
    current: latest.value,
    index,
    change: index - 1,
    absoluteChange: latest.value - previous,
  };
}

/** The latest figure as a multiple of each benchmark for the same period. */
export function compareBenchmarks(
  latest: UsedValue,
  benchmarks: readonly Benchmark[],
  gaps: Gap[],
): TargetEvaluation['benchmarks'] {
  const out: TargetEvaluation['benchmarks'] = [];
  for (const b of benchmarks) {
    if (b.period !== latest.period) continue;
    if (b.value === 0) {
      gaps.push({ code: 'zero-base', what: b.label });
      continue;
    }
    const row: TargetEvaluation['benchmarks'][number] = {
      label: b.label,
      period: b.period,
      value: b.value,
      multiple: latest.value / b.value,
    };
    if (b.rank) row.rank = b.rank;
    out.push(row);
  }
  return out;
}
