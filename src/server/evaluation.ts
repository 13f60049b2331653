/**
 * The core's evaluation beside every answer that shows targets: load a dossier, choose the
 * as-of (requested, or the latest period with a figure), evaluate.
 */
import { evaluateDossier } from '../core';
import type { DossierEvaluation, TargetEvaluation } from '../core';
import type { PeriodCode, ResolutionDossier } from '../core';
import { defaultAsOf } from '../core';
import type { Sql } from '../db/database';
import { loadDossier } from '../services/dossier.service';
import { readThrough } from './read-cache';
import { shareAnswer } from './shared-answers';

export { defaultAsOf };

/** Evaluates a dossier as of `asOf` (default {@link defaultAsOf}). */
export function evaluateAt(dossier: ResolutionDossier, asOf?: PeriodCode): DossierEvaluation {
  return evaluateDossier(dossier, { asOf: asOf ?? defaultAsOf(dossier) });
}

/** A resolution loaded and evaluated. */
export async function loadEvaluated(
  db: Sql,
  resolutionId: string,
  asOf?: PeriodCode,
): Promise<{ dossier: ResolutionDossier; evaluation: DossierEvaluation }> {
  const dossier = await loadDossier(db, resolutionId);
  return { dossier, evaluation: evaluateAt(dossier, asOf) };
}

/** The answer of a resolution's read: its id, the dossier and the evaluation. */
export interface ResolutionRead {
  id: string;
  dossier: ResolutionDossier;
  evaluation: DossierEvaluation;
}

/** {@link loadEvaluated} for reading screens: one answer shared by every reader until anything
 * is written (read-cache.ts), or with `unitCode` (the resolution's unit) until its unit's data
 * changes; it must not be changed. `fresh` (one who wrote in the last minute,
 * on any instance) reads the database itself: this instance may not have heard of that write yet. */
export async function readEvaluated(
  db: Sql,
  resolutionId: string,
  asOf?: PeriodCode,
  options: { fresh?: boolean; unitCode?: string } = {},
): Promise<ResolutionRead> {
  const load = async () => ({ id: resolutionId, ...(await loadEvaluated(db, resolutionId, asOf)) });
  if (options.fresh) return load();
  return readThrough(db, `resolution|${resolutionId}|${asOf ?? ''}`, async () => shareAnswer(await load()), {
    ...(options.unitCode !== undefined ? { unitCode: options.unitCode } : {}),
  });
}

/** The evaluation of one target of a resolution as of `asOf`. */
export async function evaluateTargetIn(
  db: Sql,
  resolutionId: string,
  targetId: string,
  asOf?: PeriodCode,
): Promise<TargetEvaluation | null> {
  const { evaluation } = await loadEvaluated(db, resolutionId, asOf);
  return evaluation.targets.find((t) => t.target.id === targetId) ?? null;
}
