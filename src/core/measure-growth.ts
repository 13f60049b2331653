/**
 * Average annual growth targets ("giá trị sản xuất tăng bình quân 15%/năm"). The measure is the
 * compound average growth so far, from the base-year level to the latest whole year, or from
 * the annual growth rates; it is compared as a ratio of rates (10,71% = 71,4% of 15%), and the
 * honest view is the growth still needed in each remaining year.
 */
import type { Forecast, Gap, UsedValue } from './evaluation-types';
import { compoundGrowth, growthFactor, requiredGrowthFromFactors } from './growth';
import {
  type KindContext,
  yearFigures,
  type KindResult,
  makeAchievement,
  makeForecast,
  numericGoal,
  take,
} from './kind-context';

interface GrowthSoFar {
  /** Years measured (last year - base year). */
  years: number;
  lastYear: number;
  /** Level reached divided by base level (or the product of 1 + rate). */
  factor: number;
  /** Index levels from the base (base = the base value, or 100 for rates), to extrapolate. */
  baseLevel: number;
  /** The figure of the last year measured. */
  last?: UsedValue;
}

function growthSoFar(ctx: KindContext, gaps: Gap[]): GrowthSoFar | undefined {
  const years = yearFigures(ctx);
  const planYears = [...years.keys()]
    .filter((y) => y > ctx.baseYear && y <= ctx.targetYear)
    .sort((a, b) => a - b);
  if (planYears.length === 0) {
    gaps.push({ code: 'no-data', what: 'số liệu năm trong nhiệm kỳ' });
    return undefined;
  }
  if (ctx.target.seriesBasis === 'growth-rate') {
    const rates: number[] = [];
    for (let y = ctx.baseYear + 1; years.has(y); y++) rates.push(years.get(y)?.value ?? 0);
    if (rates.length === 0) {
      gaps.push({ code: 'no-data', what: `tốc độ tăng năm ${ctx.baseYear + 1}` });
      return undefined;
    }
    const so: GrowthSoFar = {
      years: rates.length,
      lastYear: ctx.baseYear + rates.length,
      factor: growthFactor(rates),
      baseLevel: 100,
    };
    const last = years.get(so.lastYear);
    if (last) so.last = last;
    return so;
  }
  const base = ctx.target.baseValue ?? years.get(ctx.baseYear)?.value;
  if (base === undefined) {
    gaps.push({ code: 'no-base', what: `giá trị năm gốc ${ctx.baseYear}` });
    return undefined;
  }
  if (base <= 0) {
    gaps.push({ code: base === 0 ? 'zero-base' : 'negative-base', what: `giá trị năm gốc ${ctx.baseYear}` });
    return undefined;
  }
  const lastYear = planYears[planYears.length - 1] ?? ctx.baseYear;
  const lastUsed = years.get(lastYear);
  const last = lastUsed?.value ?? base;
  const so: GrowthSoFar = { years: lastYear - ctx.baseYear, lastYear, factor: last / base, baseLevel: base };
  if (lastUsed) so.last = lastUsed;
  return so;
}

/** Computes achievement, requirement and forecasts of an average-growth target. */
export function measureGrowth(ctx: KindContext): KindResult {
  const gaps: Gap[] = [];
  const goal = numericGoal(ctx.target);
  const so = growthSoFar(ctx, gaps);
  const result: KindResult = {
    forecasts: [],
    gaps,
    sdg: { code: 'method-unsuited', what: 'chỉ tiêu tốc độ tăng' },
  };
  if (!so || goal === undefined) return result;
  const avg = take(compoundGrowth(1, so.factor, so.years, 'giá trị gốc'), gaps);
  if (avg === undefined) return result;
  result.averageGrowth = avg;
  const ach = take(makeAchievement(avg, goal, 'average-growth', ctx, so.last), gaps);
  if (ach) result.achievement = ach;

  const termYears = ctx.targetYear - ctx.baseYear;
  const remaining = termYears - so.years;
  const goalFactor = (1 + goal / 100) ** termYears;
  result.requirement = { remainingYears: Math.max(0, remaining) };
  if (remaining <= 0) {
    result.forecasts.push(makeForecast('latest', avg, goal, ctx));
    return result;
  }
  const needed = take(requiredGrowthFromFactors(so.factor, goalFactor, remaining), gaps);
  if (needed !== undefined) result.requirement.growthPerYear = needed;

  const lastLevel = so.baseLevel * so.factor;
  const pathOf = (levels: (k: number) => number): Forecast['path'] =>
    Array.from({ length: remaining }, (_, i) => ({
      period: String(so.lastYear + i + 1),
      value: levels(i + 1),
    }));
  const rateBasis = ctx.target.seriesBasis === 'growth-rate';

  // Trend: the average so far carries on, so the term average stays where it is.
  result.forecasts.push(
    makeForecast(
      'trend',
      avg,
      goal,
      ctx,
      pathOf((k) => (rateBasis ? avg : lastLevel * (1 + avg / 100) ** k)),
    ),
  );
  // Linear: levels keep adding the average yearly increase so far.
  const slope = (lastLevel - so.baseLevel) / so.years;
  const endLevel = lastLevel + slope * remaining;
  if (endLevel > 0) {
    const linear = ((endLevel / so.baseLevel) ** (1 / termYears) - 1) * 100;
    result.forecasts.push(
      makeForecast(
        'linear',
        linear,
        goal,
        ctx,
        pathOf((k) => lastLevel + slope * k),
      ),
    );
  }
  const scenario = scenarioForecast(ctx, so, goal, termYears, remaining);
  if (scenario) result.forecasts.push(scenario);
  return result;
}

function scenarioForecast(
  ctx: KindContext,
  so: GrowthSoFar,
  goal: number,
  termYears: number,
  remaining: number,
): Forecast | undefined {
  const s = ctx.scenario;
  if (!s) return undefined;
  const rateBasis = ctx.target.seriesBasis === 'growth-rate';
  let endFactor: number | undefined;
  let path: Forecast['path'] = [];
  if (s.values && s.values.length > 0) {
    path = s.values.map((v) => ({ period: v.period, value: v.value }));
    const lastValue = s.values[s.values.length - 1]?.value ?? 0;
    endFactor = rateBasis ? so.factor * growthFactor(s.values.map((v) => v.value)) : lastValue / so.baseLevel;
  } else if (s.growthRate !== undefined) {
    endFactor = so.factor * (1 + s.growthRate / 100) ** remaining;
    const lastLevel = so.baseLevel * so.factor;
    const rate = s.growthRate;
    path = Array.from({ length: remaining }, (_, i) => ({
      period: String(so.lastYear + i + 1),
      value: rateBasis ? rate : lastLevel * (1 + rate / 100) ** (i + 1),
    }));
  }
  if (endFactor === undefined || endFactor <= 0) return undefined;
  return makeForecast('scenario', (endFactor ** (1 / termYears) - 1) * 100, goal, ctx, path);
}
