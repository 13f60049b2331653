/**
 * The yearly series a chart of a target draws, in the measure its goal is stated in: the growth of
 * each year for a growth target (from levels, through their flows' parts when a year was entered
 * by quarter, or the rates entered), the running sum for a total, the level otherwise; with the
 * goal line(s) and the path expected from the base to the goal (see pace.ts). Computed here so
 * every chart shows the core's figures.
 */
import { defaultAggregation } from './aggregation';
import { FlowLedger } from './flow-ledger';
import type { Observation, Target } from './model';
import { figureKey, figuresInForce } from './values';

/** A chart's data: one point per year with a figure, the goal lines and the expected path. */
export interface YearSeries {
  points: { year: number; value: number }[];
  goals: number[];
  /** Where the measure should be each year on the way to the goal, when it can be drawn. */
  expected: { year: number; value: number }[];
}

const isTotal = (t: Target): boolean =>
  t.kind === 'cumulative-total' || (t.kind === 'count' && t.accumulation === 'additions');

/** The figure of each year: a flow's whole-year amount (entered or added up), else the year's own. */
function yearlyValues(
  target: Target,
  observations: readonly Observation[],
  years: readonly number[],
): Map<number, number> {
  const own = observations.filter((o) => o.targetId === target.id);
  const values = new Map<number, number>();
  if (defaultAggregation(target) === 'flow' || isTotal(target)) {
    const ledger = new FlowLedger(own);
    for (const year of years) {
      const a = ledger.amount(year * 12, year * 12 + 11);
      if (a) values.set(year, a.value);
    }
    return values;
  }
  const inForce = figuresInForce(own);
  for (const year of years) {
    const value = inForce.get(figureKey(target.id, String(year)))?.value;
    if (typeof value === 'number') values.set(year, value);
  }
  return values;
}

/** The series of a target over the given years (usually the term's, base year first). */
export function yearSeries(
  target: Target,
  observations: readonly Observation[],
  years: readonly number[],
): YearSeries {
  const goal = target.goal;
  const goals = goal.type === 'number' ? [goal.value] : goal.type === 'range' ? [goal.min, goal.max] : [];
  const values = yearlyValues(target, observations, years);
  if (target.baseYear !== undefined && target.baseValue !== undefined && !values.has(target.baseYear))
    values.set(target.baseYear, target.baseValue);
  const sorted = [...values.entries()].sort((a, b) => a[0] - b[0]);
  const expected = expectedPath(target, years);
  if (target.kind === 'average-growth' && target.seriesBasis !== 'growth-rate') {
    const points: YearSeries['points'] = [];
    for (let i = 1; i < sorted.length; i += 1) {
      const [year, value] = sorted[i] ?? [0, 0];
      const [prevYear, prev] = sorted[i - 1] ?? [0, 0];
      if (year === prevYear + 1 && prev > 0) points.push({ year, value: (value / prev - 1) * 100 });
    }
    return { points, goals, expected };
  }
  if (isTotal(target)) {
    let sum = 0;
    const points = sorted
      .filter(([year]) => year !== target.baseYear || target.kind !== 'cumulative-total')
      .map(([year, value]) => ({ year, value: (sum += value) }));
    return { points, goals, expected };
  }
  return { points: sorted.map(([year, value]) => ({ year, value })), goals, expected };
}

/** The path from the base to the goal: a straight line for totals, counts and shares, compound
 * for levels in money or people, the goal's rate itself for growth. */
function expectedPath(target: Target, years: readonly number[]): YearSeries['expected'] {
  const goal = target.goal;
  const base = target.baseYear;
  const end = target.targetYear ?? years[years.length - 1];
  if (goal.type !== 'number' || base === undefined || end === undefined || end <= base) return [];
  const span = end - base;
  const planYears = years.filter((y) => y > base && y <= end);
  if (target.kind === 'average-growth') return planYears.map((year) => ({ year, value: goal.value }));
  if (isTotal(target)) return planYears.map((year) => ({ year, value: (goal.value * (year - base)) / span }));
  const from = target.baseValue;
  if (from === undefined) return [];
  const byPoints = target.kind === 'ratio' || target.unit.trim() === '%' || target.kind === 'count';
  return planYears.map((year) => {
    const share = (year - base) / span;
    const value =
      !byPoints && from > 0 && goal.value > 0
        ? from * (goal.value / from) ** share
        : from + (goal.value - from) * share;
    return { year, value };
  });
}
