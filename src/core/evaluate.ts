/**
 * Evaluates a whole resolution as of a period: every target in resolution order, the summary
 * and the Vietnamese narrative.
 */
import type { AssessmentConfig } from './config';
import type { DossierEvaluation } from './evaluation-types';
import { evaluateTarget } from './evaluate-target';
import type { PeriodCode, ResolutionDossier } from './model';
import { narrate } from './narrate';
import { summarize } from './summarize';

/** Options of an evaluation: the as-of period and a partial config. */
export interface EvaluateOptions {
  /** The period the evaluation is made at ("2023", "2022-Q1"); figures after it are ignored. */
  asOf: PeriodCode;
  config?: Partial<AssessmentConfig>;
}

/** Evaluates every target of a dossier as of a period (targets in the dossier's order). */
export function evaluateDossier(dossier: ResolutionDossier, options: EvaluateOptions): DossierEvaluation {
  const inputs = { ...dossier, term: dossier.congress.term };
  const targets = dossier.targets.map((t) => evaluateTarget(t, inputs, options));
  const summary = summarize(targets);
  const evaluation: DossierEvaluation = { asOf: options.asOf, targets, summary, narrative: [] };
  evaluation.narrative = narrate(dossier, evaluation, options.config ? { config: options.config } : {});
  return evaluation;
}
