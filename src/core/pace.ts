/**
 * Where a target should be by now on the way to its goal, so that a term is judged against its
 * pace and not against the end-of-term value (six months into 2025-2030, a total at a tenth of
 * its goal is on time, not "dưới 50%"). Totals and counts of additions: a straight line from
 * zero; levels in money or people: compound from the base value; shares in % and other levels
 * that move by points: a straight line from the base value; growth targets: the rate so far (the
 * average of the whole years, or the latest period against the same period of last year) against
 * the goal's rate.
 */
import type { AssessmentConfig } from './config';
import type { Pace, UsedValue, YearOnYear } from './evaluation-types';
import { goalRatio, isGap, meetsGoal } from './goal-check';
import type { KindContext, KindResult } from './kind-context';
import { elapsedYears, numericGoal } from './kind-context';
import type { Target } from './model';

/** What the pace is computed from. */
export interface PaceInput {
  ctx: KindContext;
  kind: KindResult;
  latest?: UsedValue;
  yearOnYear?: YearOnYear;
}

const isTotal = (t: Target): boolean =>
  t.kind === 'cumulative-total' || (t.kind === 'count' && t.accumulation === 'additions');

function paceOf(
  method: Pace['method'],
  actual: number,
  expected: number,
  elapsed: number,
  ctx: KindContext,
  config: AssessmentConfig,
): Pace | undefined {
  const ratio = goalRatio(actual, expected, ctx.target.direction, 'lộ trình');
  if (isGap(ratio)) return undefined;
  const { direction, precision } = ctx.target;
  const onPace = meetsGoal(actual, expected, { direction, precision, qualifier: 'none' }, config);
  return { method, actual, expected, ratio, onPace, elapsedYears: elapsed };
}

/** The pace of a target as of the evaluation, or undefined when it cannot be said. */
export function expectedPace({ ctx, kind, latest, yearOnYear }: PaceInput): Pace | undefined {
  const t = ctx.target;
  const goal = numericGoal(t);
  const termYears = ctx.targetYear - ctx.baseYear;
  if (goal === undefined || termYears <= 0) return undefined;
  if (t.kind === 'average-growth') {
    const rate =
      kind.averageGrowth ??
      (t.seriesBasis === 'growth-rate' ? latest?.value : yearOnYear ? yearOnYear.change * 100 : undefined);
    if (rate === undefined || !latest) return undefined;
    return paceOf('rate', rate, goal, elapsedYears(latest.period, ctx.baseYear), ctx, ctx.config);
  }
  if (isTotal(t)) {
    const a = kind.achievement;
    if (!a?.basis) return undefined;
    const elapsed = Math.min(termYears, elapsedYears(a.basis.period, ctx.baseYear));
    if (elapsed <= 0) return undefined;
    return paceOf('linear', a.actual, (goal * elapsed) / termYears, elapsed, ctx, ctx.config);
  }
  if (
    t.kind === 'end-level' ||
    t.kind === 'ratio' ||
    (t.kind === 'count' && t.accumulation !== 'additions')
  ) {
    const a = kind.achievement;
    const basis = a?.basis;
    if (!a || !basis) return undefined;
    const elapsed = Math.min(termYears, elapsedYears(basis.period, ctx.baseYear));
    const base = t.baseValue;
    if (base === undefined || elapsed <= 0) return undefined;
    const share = elapsed / termYears;
    const byPoints = t.kind === 'ratio' || t.unit.trim() === '%' || t.kind === 'count';
    if (!byPoints && base > 0 && goal > 0) {
      return paceOf('compound', a.actual, base * (goal / base) ** share, elapsed, ctx, ctx.config);
    }
    return paceOf('linear', a.actual, base + (goal - base) * share, elapsed, ctx, ctx.config);
  }
  return undefined;
}
