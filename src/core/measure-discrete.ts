/**
 * Targets that are not a single number against a number: ranges ("tăng trưởng 7,5-8,0%/năm"),
 * yes/no milestones ("được công nhận đô thị loại I"), grades on an ordered scale ("hoàn thành tốt
 * nhiệm vụ trở lên") and structures ("cơ cấu kinh tế 75/20/5%").
 */
import type { Achievement, Gap, StructureShare } from './evaluation-types';
import { ratioPercent } from './goal-check';
import type { KindContext, KindResult } from './kind-context';
import { endMonthIndex, periodOf } from './periods';
import { roundHalfAwayFromZero } from './vi-number';

const noData = (what: string): Gap => ({ code: 'no-data', what });

function latestOf(result: KindResult, value: number): void {
  result.forecasts.push({
    method: 'latest',
    value,
    path: [],
    met: result.achievement?.met ?? false,
    ratio: result.achievement?.ratio ?? 0,
  });
}

function achievement(
  ctx: KindContext,
  actual: number,
  goal: number,
  ratio: number,
  met: boolean,
): Achievement {
  return { actual, goal, ratio, met, percent: ratioPercent(ratio, ctx.config), measure: 'latest' };
}

/** Range targets: inside (met), above or below; the ratio is actual/min below and max/actual above. */
export function measureRange(ctx: KindContext): KindResult {
  const result: KindResult = {
    forecasts: [],
    gaps: [],
    sdg: { code: 'method-unsuited', what: 'chỉ tiêu khoảng' },
  };
  const g = ctx.target.goal;
  const v = ctx.latest?.value;
  if (g.type !== 'range') return result;
  if (typeof v !== 'number') return { ...result, gaps: [noData('số liệu đến kỳ đánh giá')] };
  const a = roundHalfAwayFromZero(v, ctx.target.precision);
  const position = a < g.min ? 'below' : a > g.max ? 'above' : 'inside';
  result.range = { position, min: g.min, max: g.max, actual: v };
  const ratio =
    position === 'inside'
      ? 1
      : position === 'below'
        ? g.min === 0
          ? 0
          : v / g.min
        : v === 0
          ? 0
          : g.max / v;
  const favourable =
    (position === 'above' && ctx.target.direction === 'higher-is-better') ||
    (position === 'below' && ctx.target.direction === 'lower-is-better');
  result.achievement = achievement(
    ctx,
    v,
    position === 'below' ? g.min : g.max,
    ratio,
    position === 'inside' || favourable,
  );
  latestOf(result, v);
  return result;
}

/** Whether the as-of is before the end of the target year. */
function beforeTargetYearEnd(ctx: KindContext): boolean {
  return endMonthIndex(periodOf(ctx.asOf)) < ctx.targetYear * 12 + 11;
}

/** Milestones: done (true) or not; done before the end of the term is met early. */
export function measureMilestone(ctx: KindContext): KindResult {
  const result: KindResult = {
    forecasts: [],
    gaps: [],
    sdg: { code: 'method-unsuited', what: 'chỉ tiêu mốc' },
  };
  const v = ctx.latest?.value;
  if (typeof v !== 'boolean') return { ...result, gaps: [noData('tình trạng hoàn thành')] };
  result.achievement = achievement(ctx, v ? 1 : 0, 1, v ? 1 : 0, v);
  result.metEarly = v && beforeTargetYearEnd(ctx);
  latestOf(result, v ? 1 : 0);
  return result;
}

/** Grades: reached when the grade is at or above the required one on the scale (worst → best). */
export function measureGrade(ctx: KindContext): KindResult {
  const result: KindResult = {
    forecasts: [],
    gaps: [],
    sdg: { code: 'method-unsuited', what: 'chỉ tiêu xếp loại' },
  };
  const g = ctx.target.goal;
  const v = ctx.latest?.value;
  if (g.type !== 'grade') return result;
  const index = typeof v === 'string' ? g.scale.indexOf(v) : -1;
  const required = g.scale.indexOf(g.required);
  if (index < 0 || required < 0) return { ...result, gaps: [noData('mức xếp loại')] };
  const met = index >= required;
  result.achievement = achievement(ctx, index, required, met ? 1 : 0, met);
  latestOf(result, index);
  return result;
}

/**
 * Structures: each share against its goal in percentage points; met when every share is within
 * the configured tolerance. The ratio is 1 minus the share of the whole that sits elsewhere than
 * the goal says (half the sum of absolute gaps): 70/25/5 against 75/20/5 is 95%.
 */
export function measureStructure(ctx: KindContext): KindResult {
  const result: KindResult = {
    forecasts: [],
    gaps: [],
    sdg: { code: 'method-unsuited', what: 'chỉ tiêu cơ cấu' },
  };
  const g = ctx.target.goal;
  const v = ctx.latest?.value;
  if (g.type !== 'structure') return result;
  if (!Array.isArray(v) || v.length !== g.shares.length)
    return { ...result, gaps: [noData('tỷ trọng các thành phần')] };
  const tol = ctx.config.structureTolerancePoints;
  const shares: StructureShare[] = g.shares.map((s, i) => {
    const actual = v[i] ?? 0;
    const difference = actual - s.value;
    return {
      name: s.name,
      goal: s.value,
      actual,
      difference,
      met: Math.abs(roundHalfAwayFromZero(difference, ctx.target.precision)) <= tol,
    };
  });
  result.structure = shares;
  const misplaced = shares.reduce((s, x) => s + Math.abs(x.difference), 0) / 2;
  const ratio = Math.max(0, 1 - misplaced / 100);
  result.achievement = achievement(
    ctx,
    100 - misplaced,
    100,
    ratio,
    shares.every((s) => s.met),
  );
  latestOf(result, ratio);
  return result;
}
