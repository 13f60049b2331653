/**
 * Annual thresholds, checked every year ("hằng năm có trên 90% đảng viên hoàn thành tốt nhiệm
 * vụ"; "thu ngân sách tăng 10%/năm"). Each whole year of the term so far is checked; the target is
 * met only if every year is.
 */
import type { AnnualCheck, Gap } from './evaluation-types';
import { meetsGoal } from './goal-check';
import {
  type KindContext,
  yearFigures,
  type KindResult,
  makeAchievement,
  makeForecast,
  numericGoal,
  take,
} from './kind-context';
import { numericValue, toUsedValue } from './values';

/** Checks each year of an annual-threshold target and judges the latest. */
export function measureAnnual(ctx: KindContext): KindResult {
  const gaps: Gap[] = [];
  const result: KindResult = {
    forecasts: [],
    gaps,
    sdg: { code: 'method-unsuited', what: 'chỉ tiêu ngưỡng hằng năm' },
  };
  const goal = numericGoal(ctx.target);
  if (goal === undefined) return result;
  const years = yearFigures(ctx);
  const checks: AnnualCheck[] = [...years.entries()]
    .filter(([y]) => y > ctx.baseYear && y <= ctx.targetYear)
    .sort(([a], [b]) => a - b)
    .map(([, v]) => ({
      period: v.period,
      value: v.value,
      met: meetsGoal(v.value, goal, ctx.target, ctx.config),
    }));
  result.annualChecks = checks;
  const lastCheck = checks[checks.length - 1];
  const current = lastCheck?.value ?? numericValue(ctx.latest);
  if (current === undefined) {
    gaps.push({ code: 'no-data', what: 'số liệu năm trong nhiệm kỳ' });
    return result;
  }
  const lastUsed = lastCheck ? years.get(Number(lastCheck.period)) : toUsedValue(ctx.latest);
  const ach = take(makeAchievement(current, goal, 'latest', ctx, lastUsed), gaps);
  const allMet = checks.every((c) => c.met);
  if (ach) {
    ach.met = checks.length > 0 ? allMet : ach.met;
    result.achievement = ach;
  }
  const remaining = ctx.targetYear - (lastCheck ? Number(lastCheck.period) : ctx.baseYear);
  result.requirement = { remainingYears: Math.max(0, remaining) };
  const forecast = makeForecast('latest', current, goal, ctx);
  forecast.met = Boolean(forecast.met) && allMet;
  result.forecasts.push(forecast);
  return result;
}
