/**
 * Rows of the "Đánh giá" sheet: for each target, the goal, the latest figure, its period, the
 * achievement against the goal and the final labels (the committee's override when there is
 * one, else the suggestion), as computed by the core for the requested as-of period.
 */
import type { DossierEvaluation, TargetEvaluation } from '../core/evaluation-types';
import { bandLabelVi, LABELS, verdictLabelVi } from '../core/labels';
import type { ResolutionDossier, TargetGoal } from '../core/model';
import { comparePeriods, isWithinAsOf } from '../core/periods';
import { formatPeriodVi } from '../core/periods-vi';
import { formatNumberVi } from '../core/vi-number';
import { figureCellValue } from './figure-value';

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
  /** Achievement ratio (0.714 for 71,4%), shown as a percentage. */
  ratio: number | undefined;
  verdict: string;
  band: string;
  note: string;
  precision: number;
}

/** The goal as one cell: the number itself, or words for ranges, milestones, grades, structures. */
export function goalCell(goal: TargetGoal, precision: number): number | string {
  switch (goal.type) {
    case 'number':
      return goal.value;
    case 'range':
      return `${formatNumberVi(goal.min, precision)}–${formatNumberVi(goal.max, precision)}`;
    case 'milestone':
      return 'Hoàn thành';
    case 'grade':
      return goal.required;
    case 'structure':
      return goal.shares.map((s) => `${s.name}: ${formatNumberVi(s.value, precision)}`).join('; ');
  }
}

function actualCell(dossier: ResolutionDossier, e: TargetEvaluation): number | string | undefined {
  if (e.achievement && (e.target.kind === 'average-growth' || e.target.kind === 'cumulative-total'))
    return e.achievement.actual;
  const latest = e.latest;
  if (latest) return latest.value;
  // Milestones, grades and structures: the figure itself.
  const own = dossier.observations
    .filter((o) => o.targetId === e.target.id && isWithinAsOf(o.period, e.asOf))
    .sort((a, b) => comparePeriods(b.period, a.period) || b.revision - a.revision)[0];
  return own ? figureCellValue(own.value) : undefined;
}

/** The evaluation rows of one dossier. */
export function evaluationRows(dossier: ResolutionDossier, evaluation: DossierEvaluation): EvaluationRow[] {
  return evaluation.targets.map((e) => ({
    unitCode: dossier.unit.code,
    unitName: dossier.unit.name,
    code: e.target.code,
    name: e.target.name,
    unit: e.target.unit,
    goal: goalCell(e.target.goal, e.target.precision),
    actual: actualCell(dossier, e),
    period: e.latest ? formatPeriodVi(e.latest.period) : undefined,
    ratio: e.achievement && Number.isFinite(e.achievement.ratio) ? e.achievement.ratio : undefined,
    verdict: verdictLabelVi(e.final.verdict),
    band: bandLabelVi(e.final.band),
    note: e.gaps.map((g) => `${LABELS.vi.gap[g.code]}: ${g.what}`).join('; '),
    precision: e.target.precision,
  }));
}
