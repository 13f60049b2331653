/**
 * The figure a report prints for a target and period: the core's figure in force (one rule for
 * every reader, see `figuresInForce`).
 */
import { figureKey, figuresInForce, type Observation, type ResolutionDossier } from '../core';

/** Index of the figure in force per target and period. */
export type ObservationIndex = Map<string, Observation>;

/** Builds the index of the figure in force per target and period. */
export function indexObservations(dossier: ResolutionDossier): ObservationIndex {
  return figuresInForce(dossier.observations);
}

/** The figure in force of a target for a period, if any. */
export function figureFor(
  index: ObservationIndex,
  targetId: string,
  period: string,
): Observation | undefined {
  return index.get(figureKey(targetId, period));
}
