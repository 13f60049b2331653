/**
 * Evaluates a whole resolution as of a period: every target in resolution order, the summary
 * and the Vietnamese narrative.
 */
import type { AssessmentConfig } from './config';
import type { DossierEvaluation } from './evaluation-types';
import { evaluateTarget, type TargetInputs } from './evaluate-target';
import type { PeriodCode, ResolutionDossier } from './model';
import { narrate } from './narrate';
import { summarize } from './summarize';

/** Options of an evaluation: the as-of period and a partial config. */
export interface EvaluateOptions {
  /** The period the evaluation is made at ("2023", "2022-Q1"); figures after it are ignored. */
  asOf: PeriodCode;
  config?: Partial<AssessmentConfig>;
  /** Build the Vietnamese narrative and each target's view (default true). Roll-ups and
   * rankings over many units skip them: they cost more than the evaluation itself. */
  narrative?: boolean;
}

/** Evaluates every target of a dossier as of a period (targets in the dossier's order). */
export function evaluateDossier(dossier: ResolutionDossier, options: EvaluateOptions): DossierEvaluation {
  const byTarget = inputsByTarget(dossier);
  const empty = emptyInputs(dossier.congress.term, dossier.approvedPeriods);
  const targetOptions = { ...options, view: options.narrative !== false };
  const targets = dossier.targets.map((t) => evaluateTarget(t, byTarget.get(t.id) ?? empty, targetOptions));
  const summary = summarize(targets);
  const evaluation: DossierEvaluation = { asOf: options.asOf, targets, summary, narrative: [] };
  if (options.narrative === false) return evaluation;
  evaluation.narrative = narrate(dossier, evaluation, options.config ? { config: options.config } : {});
  return evaluation;
}

function emptyInputs(term: PeriodCode, approvedPeriods?: readonly PeriodCode[]): TargetInputs {
  const inputs: TargetInputs = {
    term,
    observations: [],
    plans: [],
    benchmarks: [],
    adjustments: [],
    scenarios: [],
    overrides: [],
  };
  if (approvedPeriods) inputs.approvedPeriods = approvedPeriods;
  return inputs;
}

/** Each target's own rows, grouped in one pass, so that evaluating a resolution stays linear in
 * the number of figures (filtering the whole dossier per target would be quadratic). */
function inputsByTarget(dossier: ResolutionDossier): Map<string, TargetInputs> {
  const groups = new Map<string, TargetInputs>();
  const groupOf = (targetId: string): TargetInputs => {
    let group = groups.get(targetId);
    if (!group) {
      group = emptyInputs(dossier.congress.term, dossier.approvedPeriods);
      groups.set(targetId, group);
    }
    return group;
  };
  // Figures come mostly target by target: the group of the previous figure is tried first.
  let last: TargetInputs | undefined;
  let lastId: string | undefined;
  for (const o of dossier.observations) {
    if (o.targetId !== lastId || !last) {
      lastId = o.targetId;
      last = groupOf(o.targetId);
    }
    last.observations.push(o);
  }
  for (const p of dossier.plans) groupOf(p.targetId).plans.push(p);
  for (const b of dossier.benchmarks) groupOf(b.targetId).benchmarks.push(b);
  for (const a of dossier.adjustments) groupOf(a.targetId).adjustments.push(a);
  for (const s of dossier.scenarios) groupOf(s.targetId).scenarios.push(s);
  for (const o of dossier.overrides) groupOf(o.targetId).overrides.push(o);
  return groups;
}
