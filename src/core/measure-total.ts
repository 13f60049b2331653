/**
 * Totals over the term ("tổng vốn đầu tư 2021-2025: 180.000 tỷ") and counts made of additions
 * ("kết nạp 640 đảng viên"). The measure is the sum so far, from the first month of the term to
 * the last month the figures cover without a break (93.867 / 180.000 = 52,15%): whole years,
 * quarters or months added up, the year to date, or one figure for several years. A break (a
 * year with no figure before later ones) is said as a gap, never bridged: the sum is then not
 * judged. A total already reached is met early.
 */
import type { Forecast, Gap, UsedValue } from './evaluation-types';
import { FlowLedger, spanCode } from './flow-ledger';
import { compoundGrowth } from './growth';
import {
  type KindContext,
  type KindResult,
  makeAchievement,
  makeForecast,
  numericGoal,
  take,
} from './kind-context';
import { endMonthIndex, periodOf } from './periods';
import { formatMonthSpanVi } from './periods-vi';

/** The months that no figure covers between the end of the chain and a later figure. */
function breakGap(from: number, to: number): Gap {
  const code = spanCode(from, to);
  return { code: 'missing-period', what: formatMonthSpanVi(from, to), ...(code ? { period: code } : {}) };
}

/** Computes achievement, requirement and forecasts of a total or an additions count. */
export function measureTotal(ctx: KindContext): KindResult {
  const gaps: Gap[] = [];
  const result: KindResult = {
    forecasts: [],
    gaps,
    sdg: { code: 'method-unsuited', what: 'chỉ tiêu tổng cộng dồn' },
  };
  const goal = numericGoal(ctx.target);
  if (goal === undefined) return result;
  const ledger = ctx.ledger ?? new FlowLedger(ctx.observations, ctx.inForce);
  const start = (ctx.baseYear + 1) * 12;
  const limit = Math.min(endMonthIndex(periodOf(ctx.asOf)), ctx.targetYear * 12 + 11);
  const reach = ledger.reach(start, limit);
  const next = ledger.nextFigureMonth(reach ?? start - 1, limit);
  if (next !== undefined) {
    // Figures exist after a stretch that nothing covers: the sum would silently leave it out.
    gaps.push(breakGap(reach === undefined ? start : reach + 1, next - 1));
    return result;
  }
  if (reach === undefined) {
    gaps.push({ code: 'no-data', what: 'số liệu các năm trong nhiệm kỳ' });
    return result;
  }
  const total = ledger.amount(start, reach);
  if (!total) return result;
  const sum = total.value;
  const basis: UsedValue = { period: total.period, value: sum, status: total.status, revision: 1 };
  const ach = take(makeAchievement(sum, goal, 'sum-so-far', ctx, basis), gaps);
  if (ach) result.achievement = ach;

  const lastWholeYear = Math.floor((reach + 1) / 12) - 1;
  const whole: number[] = [];
  for (let y = ctx.baseYear + 1; y <= lastWholeYear; y++) {
    const a = ledger.amount(y * 12, y * 12 + 11);
    if (a) whole.push(a.value);
  }
  const remaining = ctx.targetYear - lastWholeYear;
  const termEnded = endMonthIndex(periodOf(ctx.asOf)) >= ctx.targetYear * 12 + 11;
  result.requirement = { remainingYears: Math.max(0, remaining) };
  if (ach?.met) {
    result.metEarly = !termEnded;
    result.forecasts.push(makeForecast('reached', sum, goal, ctx));
  }
  if (remaining <= 0 || termEnded) {
    result.forecasts.push(makeForecast('latest', sum, goal, ctx));
    return result;
  }
  result.requirement.amountPerYear = Math.max(0, goal - sum) / remaining;

  const wholeSum =
    lastWholeYear > ctx.baseYear ? (ledger.amount(start, lastWholeYear * 12 + 11)?.value ?? sum) : 0;
  const pathOf = (amount: (k: number) => number): Forecast['path'] => {
    let running = wholeSum;
    return Array.from({ length: remaining }, (_, i) => {
      running += amount(i + 1);
      return { period: String(lastWholeYear + i + 1), value: running };
    });
  };
  const endOf = (path: Forecast['path']): number => path[path.length - 1]?.value ?? wholeSum;
  const lastAmount = whole[whole.length - 1];
  if (whole.length >= 2 && lastAmount !== undefined) {
    const g = take(compoundGrowth(whole[0] ?? 0, lastAmount, whole.length - 1, 'số liệu năm đầu'), gaps);
    if (g !== undefined) {
      const path = pathOf((k) => lastAmount * (1 + g / 100) ** k);
      result.forecasts.push(makeForecast('trend', endOf(path), goal, ctx, path));
    }
  }
  if (lastWholeYear > ctx.baseYear) {
    // The mean of the whole years so far (a figure for several years counts by its years).
    const mean = wholeSum / (lastWholeYear - ctx.baseYear);
    const path = pathOf(() => mean);
    result.forecasts.push(makeForecast('linear', endOf(path), goal, ctx, path));
  }
  const s = ctx.scenario;
  if (s?.values && s.values.length > 0) {
    let running = wholeSum;
    const path = s.values.map((v) => ({ period: v.period, value: (running += v.value) }));
    result.forecasts.push(makeForecast('scenario', endOf(path), goal, ctx, path));
  } else if (s?.growthRate !== undefined && lastAmount !== undefined) {
    const rate = s.growthRate;
    const path = pathOf((k) => lastAmount * (1 + rate / 100) ** k);
    result.forecasts.push(makeForecast('scenario', endOf(path), goal, ctx, path));
  }
  result.forecasts.push(makeForecast('latest', sum, goal, ctx));
  return result;
}
