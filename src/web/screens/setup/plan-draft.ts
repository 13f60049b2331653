/**
 * Plans read from a pasted list, as rows of the table the user confirms: each row's target, value
 * and year as text to correct, checked before anything is sent, then grouped by target with the
 * target's stored plans (a recognised plan replaces the stored one of the same year, kind and
 * source; the others stay), since `PUT /api/targets/:id/plans` sets a target's plans to a list.
 */
import type { Plan, RecognisedPlan, RecognisedPlanList, Target } from '../../../core';
import { formatNumberVi, parseNumberVi } from '../../lib/core';
import type { MessageKey } from '../../lib/messages';

/** One row of the table. */
export interface PlanRow {
  source: string;
  confidence: number;
  doubts: RecognisedPlan['doubts'];
  /** Empty: the row is left out. */
  targetId: string;
  valueText: string;
  yearText: string;
  kind: Plan['kind'];
  planSource: string;
  label: string;
  change?: RecognisedPlan['change'];
}

/** A plan as `PUT /api/targets/:id/plans` takes it. */
export type PlanBody = Omit<Plan, 'targetId'>;

/** Why a row cannot be saved, by field. */
export type PlanRowErrors = Partial<Record<'value' | 'year', MessageKey>>;

/** The rows of a reading, values written the Vietnamese way. */
export function rowsOf(list: RecognisedPlanList): PlanRow[] {
  return list.plans.map((plan) => ({
    source: plan.source,
    confidence: plan.confidence,
    doubts: plan.doubts,
    targetId: plan.targetId ?? '',
    valueText: plan.value !== undefined ? formatNumberVi(plan.value, decimals(plan.value)) : '',
    yearText: plan.year !== undefined ? String(plan.year) : '',
    kind: plan.kind,
    planSource: plan.planSource,
    label: plan.label,
    ...(plan.change ? { change: plan.change } : {}),
  }));
}

function decimals(value: number): number {
  return Math.min((String(value).split('.')[1] ?? '').length, 6);
}

/** What is wrong with a row that has a target (a row without one is left out). */
export function rowErrors(row: PlanRow): PlanRowErrors {
  if (!row.targetId) return {};
  const errors: PlanRowErrors = {};
  const value = parseNumberVi(row.valueText);
  if (row.valueText.trim() === '') errors.value = 'planValueRequired';
  else if (!value.ok) errors.value = 'planValueNotNumber';
  if (!/^(19|20)\d{2}$/.test(row.yearText.trim())) errors.year = 'planYearFormat';
  return errors;
}

/** The plans of the rows, or undefined while a row has an error. */
export function plansOf(rows: readonly PlanRow[]): Plan[] | undefined {
  const plans: Plan[] = [];
  for (const row of rows) {
    if (!row.targetId) continue;
    if (Object.keys(rowErrors(row)).length > 0) return undefined;
    const value = parseNumberVi(row.valueText);
    if (!value.ok) return undefined;
    plans.push({
      targetId: row.targetId,
      period: row.yearText.trim(),
      kind: row.kind,
      source: row.planSource,
      label: row.label,
      value: value.value,
    });
  }
  return plans;
}

const keyOf = (p: Pick<Plan, 'period' | 'kind' | 'source'>) => `${p.period}|${p.kind}|${p.source}`;

/** Each target's whole list of plans after the new ones are put in place, in target order. */
export function plansByTarget(
  plans: readonly Plan[],
  stored: readonly Plan[],
  targets: readonly Target[],
): { targetId: string; plans: PlanBody[] }[] {
  const out: { targetId: string; plans: PlanBody[] }[] = [];
  for (const target of targets) {
    const mine = plans.filter((p) => p.targetId === target.id);
    if (mine.length === 0) continue;
    const merged = new Map<string, Plan>(
      stored.filter((p) => p.targetId === target.id).map((p) => [keyOf(p), p]),
    );
    for (const p of mine) merged.set(keyOf(p), p);
    out.push({ targetId: target.id, plans: [...merged.values()].map(({ targetId: _t, ...body }) => body) });
  }
  return out;
}

/** The targets a plan can be set for: those whose figures are numbers, not dropped. */
export function plannableTargets(targets: readonly Target[]): Target[] {
  return targets.filter((t) => (t.goal.type === 'number' || t.goal.type === 'range') && !t.dropped);
}
