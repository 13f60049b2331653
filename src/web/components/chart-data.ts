/**
 * The series a target's trend chart draws: the core's yearly series (growth % for growth targets
 * entered as levels, running total for totals, a flow's year added up from its quarters), the goal
 * line(s) and the expected path.
 */
import { yearSeries, type Observation, type Target, type YearSeries } from '../../core';

export type ChartSeries = YearSeries;

/** The chart data of a target over the given years, from the core. */
export function chartSeries(
  target: Target,
  observations: readonly Observation[],
  years: number[],
): ChartSeries {
  return yearSeries(target, observations, years);
}
