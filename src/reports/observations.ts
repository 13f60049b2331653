/**
 * Picking the figure a report prints for a target and period: the highest status (chính thức >
 * sơ bộ > ước), then the latest revision. Mirrors what the core uses for `latest`.
 */
import type { Observation, ResolutionDossier, ValueStatus } from '../core';

const STATUS_RANK: Record<ValueStatus, number> = { estimate: 0, preliminary: 1, official: 2 };

/** Index of observations by target and period, best figure only. */
export type ObservationIndex = Map<string, Observation>;

/** Builds the index of the best figure per target and period. */
export function indexObservations(dossier: ResolutionDossier): ObservationIndex {
  const index: ObservationIndex = new Map();
  for (const o of dossier.observations) {
    const key = `${o.targetId}|${o.period}`;
    const current = index.get(key);
    if (!current || better(o, current)) index.set(key, o);
  }
  return index;
}

function better(a: Observation, b: Observation): boolean {
  const s = STATUS_RANK[a.status] - STATUS_RANK[b.status];
  if (s !== 0) return s > 0;
  return a.revision > b.revision;
}

/** The best figure of a target for a period, if any. */
export function figureFor(
  index: ObservationIndex,
  targetId: string,
  period: string,
): Observation | undefined {
  return index.get(`${targetId}|${period}`);
}
