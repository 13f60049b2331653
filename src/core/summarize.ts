/**
 * Counts over a resolution: per band, per verdict, per light and per field, from the final
 * judgements (the committee's overrides included). Every list holds every label, zeros too, in
 * the order of the model's constants, so that the counts always add up to the total.
 */
import type { CountOf, FinalAssessment, Summary, TargetEvaluation } from './evaluation-types';
import type { AssessmentConfig } from './config';
import { exceedsGoal, meetsGoal } from './goal-check';
import { BANDS, FIELDS, LIGHTS, VERDICTS, type Field, type PeriodCode } from './model';

function countBy<L extends string>(labels: readonly L[], values: readonly L[]): CountOf<L>[] {
  const counts = new Map<L, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return labels.map((label) => ({ label, count: counts.get(label) ?? 0 }));
}

/** Summarises evaluations: counts per band, verdict, light, and per field (fields without
 * targets are left out). */
export function summarize(evaluations: readonly TargetEvaluation[]): Summary {
  const finals = evaluations.map((e) => e.final);
  const finalsByField = new Map<Field, FinalAssessment[]>();
  for (const e of evaluations) {
    const own = finalsByField.get(e.target.field);
    if (own) own.push(e.final);
    else finalsByField.set(e.target.field, [e.final]);
  }
  return {
    total: evaluations.length,
    bands: countBy(
      BANDS,
      finals.map((f) => f.band),
    ),
    verdicts: countBy(
      VERDICTS,
      finals.map((f) => f.verdict),
    ),
    lights: countBy(
      LIGHTS,
      finals.map((f) => f.light),
    ),
    byField: FIELDS.map((field) => {
      const own = finalsByField.get(field) ?? [];
      return {
        field,
        total: own.length,
        bands: countBy(
          BANDS,
          own.map((f) => f.band),
        ),
        verdicts: countBy(
          VERDICTS,
          own.map((f) => f.verdict),
        ),
      };
    }).filter((f) => f.total > 0),
  };
}

/** The count of one label in a list of counts (0 when absent). */
export function countOf<L extends string>(counts: readonly CountOf<L>[], label: L): number {
  return counts.find((c) => c.label === label)?.count ?? 0;
}

/** The HĐND's annual plan read as a set of targets of its own: how many targets with an annual
 * plan for the period met it ("đạt và vượt") and how many went beyond it, judged by each target's
 * direction and qualifier (a poverty rate under its plan meets it). */
export interface PlanSummary {
  period: PeriodCode;
  /** Targets with an annual plan whose period holds the figure judged. */
  total: number;
  /** Met or exceeded ("đạt và vượt kế hoạch"). */
  met: number;
  /** Of those, beyond the plan ("vượt"). */
  exceeded: number;
}

/** Counts targets against their annual plans ('annual-plan' plans) for one period. */
export function summarizePlans(
  evaluations: readonly TargetEvaluation[],
  period: PeriodCode,
  config: AssessmentConfig,
): PlanSummary {
  let total = 0;
  let met = 0;
  let exceeded = 0;
  for (const e of evaluations) {
    if (e.target.dropped) continue;
    const plan = e.plans.find((p) => p.period === period && p.kind === 'annual-plan');
    if (!plan) continue;
    total++;
    if (meetsGoal(plan.actual, plan.plan, e.target, config)) {
      met++;
      if (exceedsGoal(plan.actual, plan.plan, e.target, config)) exceeded++;
    }
  }
  return { period, total, met, exceeded };
}
