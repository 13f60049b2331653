/**
 * Totals over the term ("tổng vốn đầu tư 2021-2025: 180.000 tỷ") and counts made of additions
 * ("kết nạp 640 đảng viên"). The measure is the sum so far: whole years, plus the year-to-date
 * figure of a year not yet over (93.867 / 180.000 = 52,15%). A total already reached is met early.
 */
import type { Forecast, Gap } from './evaluation-types';
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
import { amountsSoFar } from './values';

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
  const years: number[] = [];
  for (let y = ctx.baseYear + 1; y <= ctx.targetYear; y++) years.push(y);
  const amounts = amountsSoFar(ctx.observations, ctx.asOf, years);
  if (amounts.length === 0) {
    gaps.push({ code: 'no-data', what: 'số liệu các năm trong nhiệm kỳ' });
    return result;
  }
  const sum = amounts.reduce((s, a) => s + a.value, 0);
  const ach = take(makeAchievement(sum, goal, 'sum-so-far', ctx, amounts[amounts.length - 1]), gaps);
  if (ach) result.achievement = ach;

  const whole = amounts.filter((a) => /^\d{4}$/.test(a.period));
  const lastWholeYear = whole.length > 0 ? Number(whole[whole.length - 1]?.period) : ctx.baseYear;
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

  const wholeSum = whole.reduce((s, a) => s + a.value, 0);
  const pathOf = (amount: (k: number) => number): Forecast['path'] => {
    let running = wholeSum;
    return Array.from({ length: remaining }, (_, i) => {
      running += amount(i + 1);
      return { period: String(lastWholeYear + i + 1), value: running };
    });
  };
  const endOf = (path: Forecast['path']): number => path[path.length - 1]?.value ?? wholeSum;
  if (whole.length >= 2) {
    const first = whole[0]?.value ?? 0;
    const last = whole[whole.length - 1]?.value ?? 0;
    const g = take(compoundGrowth(first, last, whole.length - 1, 'số liệu năm đầu'), gaps);
    if (g !== undefined) {
      const path = pathOf((k) => last * (1 + g / 100) ** k);
      result.forecasts.push(makeForecast('trend', endOf(path), goal, ctx, path));
    }
  }
  if (whole.length >= 1) {
    const mean = wholeSum / whole.length;
    const path = pathOf(() => mean);
    result.forecasts.push(makeForecast('linear', endOf(path), goal, ctx, path));
  }
  const s = ctx.scenario;
  if (s?.values && s.values.length > 0) {
    let running = wholeSum;
    const path = s.values.map((v) => ({ period: v.period, value: (running += v.value) }));
    result.forecasts.push(makeForecast('scenario', endOf(path), goal, ctx, path));
  } else if (s?.growthRate !== undefined && whole.length >= 1) {
    const last = whole[whole.length - 1]?.value ?? 0;
    const rate = s.growthRate;
    const path = pathOf((k) => last * (1 + rate / 100) ** k);
    result.forecasts.push(makeForecast('scenario', endOf(path), goal, ctx, path));
  }
  result.forecasts.push(makeForecast('latest', sum, goal, ctx));
  return result;
}
