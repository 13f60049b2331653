/**
 * Rows of the "Đánh giá" sheet: for each target, the goal, the figure judged, its period, the
 * achievement against the goal and the final labels (the committee's override when there is
 * one, else the suggestion), as the core computes and shows them for the requested as-of.
 */
import {
  bandLabelVi,
  formatGoal,
  formatPeriodVi,
  LABELS,
  verdictLabelVi,
  type DossierEvaluation,
  type ResolutionDossier,
  type ShownNumber,
  type Target,
  type TargetEvaluation,
  type TargetGoal,
} from '../core';

/** One evaluation row; numbers stay numbers, `precision` formats the goal and actual cells. */
export interface EvaluationRow {
  unitCode: string;
  unitName: string;
  code: string;
  name: string;
  unit: string;
  goal: number | string;
  actual: number | string | undefined;
  period: string | undefined;
  /** Achievement against the goal as the core shows it (rounded once by the target's rule). */
  percent: ShownNumber | undefined;
  verdict: string;
  band: string;
  note: string;
  precision: number;
}

/** The goal as one cell: the number itself, or the core's words for the other kinds. */
export function goalCell(target: Target, goal: TargetGoal): number | string {
  return goal.type === 'number' ? goal.value : formatGoal(target, goal);
}

/** The figure judged as the core shows it: a number where it is one, its text otherwise. */
function actualCell(e: TargetEvaluation): number | string | undefined {
  const actual = e.view?.actual;
  if (!actual) return undefined;
  return actual.value !== undefined && e.target.kind !== 'average-growth' ? actual.value : actual.text;
}

/** The evaluation rows of one dossier. */
export function evaluationRows(dossier: ResolutionDossier, evaluation: DossierEvaluation): EvaluationRow[] {
  return evaluation.targets.map((e) => ({
    unitCode: dossier.unit.code,
    unitName: dossier.unit.name,
    code: e.target.code,
    name: e.target.name,
    unit: e.target.unit,
    goal: goalCell(e.target, e.goal ?? e.target.goal),
    actual: actualCell(e),
    period: e.view?.actual?.period ? formatPeriodVi(e.view.actual.period) : undefined,
    percent: e.view?.percentOfGoal,
    verdict: verdictLabelVi(e.final.verdict),
    band: bandLabelVi(e.final.band),
    note: e.gaps.map((g) => `${LABELS.vi.gap[g.code]}: ${g.what}`).join('; '),
    precision: e.target.precision,
  }));
}
