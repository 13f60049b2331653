/** The "actual" of a target as people read it: the entered grade, milestone or shares for those
 * kinds (the core measures them as numbers), the measure with its unit otherwise. */
import type { TargetEvaluation } from '../../core/evaluation-types';
import { formatTargetValue } from '../lib/format';
import { formatCellValue } from '../screens/entry/cell-value';

export function actualText(evaluation: TargetEvaluation, none: string): string {
  const { target, latest, achievement, latestObservation } = evaluation;
  const discrete =
    target.goal.type === 'milestone' || target.goal.type === 'grade' || target.goal.type === 'structure';
  // The core measures these kinds as numbers (a grade's rank, 0/1) and only numeric figures get
  // a `latest`; people read the figure as entered, which the core keeps as `latestObservation`.
  if (discrete && latestObservation) return formatCellValue(target, latestObservation.value);
  if (achievement) return formatTargetValue(target, achievement.actual);
  if (latest) return formatTargetValue(target, latest.value);
  return none;
}

/** The forecast for the end of the term as people read it: a grade by its name, a milestone as
 * done or not; none for structures (their forecast is a number with no reading of its own). */
export function forecastText(evaluation: TargetEvaluation): string | undefined {
  const { target, forecast } = evaluation;
  if (!forecast) return undefined;
  const goal = target.goal;
  if (goal.type === 'structure') return undefined;
  if (goal.type === 'grade') return goal.scale[Math.round(forecast.value)] ?? undefined;
  if (goal.type === 'milestone') return formatCellValue(target, forecast.value >= 1);
  return formatTargetValue(target, forecast.value);
}
