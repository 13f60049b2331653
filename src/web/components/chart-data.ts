/**
 * The series a target's trend chart draws: one point per year of the term, in the measure the
 * goal is stated in (growth % for growth targets entered as levels, running total for totals),
 * and the goal line(s).
 */
import type { Observation, Target } from '../../core';
import { latestObservations } from '../screens/entry/grid-model';

export interface ChartSeries {
  points: { year: number; value: number }[];
  goals: number[];
}

function yearlyValues(
  target: Target,
  observations: readonly Observation[],
  years: number[],
): Map<number, number> {
  const latest = latestObservations(observations.filter((o) => o.targetId === target.id));
  const values = new Map<number, number>();
  for (const year of years) {
    const value = latest.get(`${target.id}|${year}`)?.value;
    if (typeof value === 'number') values.set(year, value);
  }
  return values;
}

export function chartSeries(
  target: Target,
  observations: readonly Observation[],
  years: number[],
): ChartSeries {
  const goal = target.goal;
  const goals = goal.type === 'number' ? [goal.value] : goal.type === 'range' ? [goal.min, goal.max] : [];
  const values = yearlyValues(target, observations, years);
  if (target.baseYear !== undefined && target.baseValue !== undefined && !values.has(target.baseYear))
    values.set(target.baseYear, target.baseValue);
  const sorted = [...values.entries()].sort((a, b) => a[0] - b[0]);
  if (target.kind === 'average-growth' && target.seriesBasis !== 'growth-rate') {
    const points: ChartSeries['points'] = [];
    for (let i = 1; i < sorted.length; i += 1) {
      const [year, value] = sorted[i] ?? [0, 0];
      const [prevYear, prev] = sorted[i - 1] ?? [0, 0];
      if (year === prevYear + 1 && prev > 0) points.push({ year, value: (value / prev - 1) * 100 });
    }
    return { points, goals };
  }
  if (
    target.kind === 'cumulative-total' ||
    (target.kind === 'count' && target.accumulation === 'additions')
  ) {
    let sum = 0;
    const points = sorted
      .filter(([year]) => year !== target.baseYear || target.kind !== 'cumulative-total')
      .map(([year, value]) => ({ year, value: (sum += value) }));
    return { points, goals };
  }
  return { points: sorted.map(([year, value]) => ({ year, value })), goals };
}
