/** Placeholder until the core's evaluation lands: see evaluateScenario below. */
import type { TargetEvaluation } from '../../../core/evaluation-types';
import type { ResolutionDossier } from '../../../core/model';

export function evaluateScenario(
  _dossier: ResolutionDossier,
  _targetId: string,
  _growth: number,
  _asOf: string,
): TargetEvaluation | undefined {
  return undefined;
}
