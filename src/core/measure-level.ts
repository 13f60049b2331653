/**
 * Level targets: a value to reach by the target year (end-level: "thu nhập bình quân 100 triệu
 * đồng năm 2025"), a ratio ("lao động qua đào tạo ≥ 65%", "tỷ lệ hộ nghèo ≤ 1%") and a count kept
 * as a running level. The measure is the latest value against the goal.
 */
import type { Forecast, Gap } from './evaluation-types';
import { compoundGrowth, requiredGrowth } from './growth';
import {
  elapsedYears,
  type KindContext,
  yearFigures,
  type KindResult,
  makeAchievement,
  makeForecast,
  numericGoal,
  take,
} from './kind-context';
import { endYear } from './periods';
import { sdgProgress } from './sdg';
import { numericValue, toUsedValue } from './values';

/** A share in % lies in [0, 100]: forecasts of one are kept inside. */
function clampShare(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/** Whether a target measures a rate (a share in %): no compound trend, no SDG measure. */
export function isRateTarget(ctx: KindContext): boolean {
  return ctx.target.kind === 'ratio' || ctx.target.unit.trim() === '%';
}

/** Computes achievement, requirement and forecasts of a level, ratio or level-count target. */
export function measureLevel(ctx: KindContext): KindResult {
  const gaps: Gap[] = [];
  const result: KindResult = { forecasts: [], gaps };
  const goal = numericGoal(ctx.target);
  const current = numericValue(ctx.latest);
  if (goal === undefined) return result;
  if (current === undefined || !ctx.latest) {
    gaps.push({
      code: 'no-data',
      what: ctx.wholeYearsOnly ? 'số liệu cả năm (chỉ tiêu cộng theo kỳ)' : 'số liệu đến kỳ đánh giá',
    });
    return result;
  }
  const rate = isRateTarget(ctx);
  const bound = ctx.target.unit.trim() === '%' ? clampShare : (v: number): number => v;
  const t = elapsedYears(ctx.latest.period, ctx.baseYear);
  const termYears = ctx.targetYear - ctx.baseYear;
  const remaining = termYears - t;
  const base = ctx.target.baseValue ?? yearFigures(ctx).get(ctx.baseYear)?.value;

  const ach = take(makeAchievement(current, goal, 'latest', ctx, toUsedValue(ctx.latest)), gaps);
  if (ach) result.achievement = ach;
  let avg: number | undefined;
  if (!rate && base !== undefined && t > 0) {
    avg = take(compoundGrowth(base, current, t, `giá trị năm gốc ${ctx.baseYear}`), gaps);
    if (avg !== undefined) result.averageGrowth = avg;
  }
  result.sdg = rate
    ? { code: 'method-unsuited', what: 'chỉ tiêu tỷ lệ' }
    : sdgProgress(
        { base, current, goal, elapsed: t, termYears, what: `giá trị năm gốc ${ctx.baseYear}` },
        ctx.config,
      );

  if (remaining <= 0) {
    result.requirement = { remainingYears: 0 };
    result.forecasts.push(makeForecast('latest', current, goal, ctx));
    return result;
  }
  result.requirement = { remainingYears: remaining, amountPerYear: (goal - current) / remaining };
  if (!rate && current > 0 && goal > 0) {
    const g = take(requiredGrowth(current, goal, remaining), gaps);
    if (g !== undefined) result.requirement.growthPerYear = g;
  }

  const firstYear = endYear(ctx.latest.period) + (t % 1 === 0 ? 1 : 0);
  const pathOf = (at: (dt: number) => number): Forecast['path'] => {
    const path: Forecast['path'] = [];
    for (let y = firstYear; y <= ctx.targetYear; y++)
      path.push({ period: String(y), value: bound(at(y - ctx.baseYear - t)) });
    return path;
  };
  if (avg !== undefined) {
    const growth = avg;
    const at = (dt: number): number => current * (1 + growth / 100) ** dt;
    result.forecasts.push(makeForecast('trend', bound(at(remaining)), goal, ctx, pathOf(at)));
  }
  if (base !== undefined && t > 0) {
    const slope = (current - base) / t;
    const at = (dt: number): number => current + slope * dt;
    result.forecasts.push(makeForecast('linear', bound(at(remaining)), goal, ctx, pathOf(at)));
  }
  const s = ctx.scenario;
  if (s?.values && s.values.length > 0) {
    const last = s.values[s.values.length - 1]?.value ?? current;
    result.forecasts.push(
      makeForecast(
        'scenario',
        bound(last),
        goal,
        ctx,
        s.values.map((v) => ({ ...v, value: bound(v.value) })),
      ),
    );
  } else if (s?.growthRate !== undefined) {
    const rateS = s.growthRate;
    const at = (dt: number): number => current * (1 + rateS / 100) ** dt;
    result.forecasts.push(makeForecast('scenario', bound(at(remaining)), goal, ctx, pathOf(at)));
  }
  result.forecasts.push(makeForecast('latest', current, goal, ctx));
  return result;
}
