/** The "actual" of a target as people read it: the entered grade, milestone or shares for those
 * kinds (the core measures them as numbers), the measure with its unit otherwise. */
import type { TargetEvaluation } from '../../core/evaluation-types';
import type { Observation } from '../../core/model';
import { formatTargetValue } from '../lib/format';
import { formatCellValue } from '../screens/entry/cell-value';
import { cellKey, latestObservations } from '../screens/entry/grid-model';

export function actualText(
  evaluation: TargetEvaluation,
  observations: readonly Observation[],
  none: string,
): string {
  const { target, latest, achievement } = evaluation;
  const discrete =
    target.goal.type === 'milestone' || target.goal.type === 'grade' || target.goal.type === 'structure';
  if (discrete && latest) {
    const shown = latestObservations(observations.filter((o) => o.targetId === target.id)).get(
      cellKey(target.id, latest.period),
    );
    if (shown) return formatCellValue(target, shown.value);
  }
  if (achievement) return formatTargetValue(target, achievement.actual);
  if (latest) return formatTargetValue(target, latest.value);
  return none;
}
