/**
 * A scenario evaluated in the browser by the core itself: the target with one Scenario (growth
 * per remaining year) replacing any stored one, as of the review's period. The server would
 * compute the same figures; nothing is saved.
 */
import { evaluateTarget } from '../../../core';
import type { TargetEvaluation } from '../../../core';
import type { ResolutionDossier } from '../../../core';

export function evaluateScenario(
  dossier: ResolutionDossier,
  targetId: string,
  growthRate: number,
  asOf: string,
): TargetEvaluation | undefined {
  const target = dossier.targets.find((candidate) => candidate.id === targetId);
  if (!target) return undefined;
  const scenarios = [...dossier.scenarios.filter((s) => s.targetId !== targetId), { targetId, growthRate }];
  return evaluateTarget(target, { ...dossier, scenarios, term: dossier.congress.term }, { asOf });
}
