/**
 * What the province reads per unit: how many targets are met ("24/28"), and whether the unit's
 * figures of a period are complete and on time.
 *
 * Met: the final verdict is exceed, meet, met-early or basically-met (during the term, the
 * forecast to its end; after it, what was reached); the denominator is the assessable targets
 * (not dropped, verdict other than not-assessable and not-due), so "24/28" never counts a target
 * that cannot be judged yet as failed; the targets left out are counted apart.
 *
 * Completeness of a period: a year expects a figure of every active target except milestones
 * (reported when reached); a part of a year (quarter, half, nine months, month) expects figures
 * of flows only (revenue, production value: the amounts reported during the year), stocks being
 * reported for the year. A flow's figure may be entered as the period itself or as parts that add
 * up to it (the quarters of a year), read through the FlowLedger. On time: every figure it rests
 * on was first recorded by the deadline the province set (an instant in milliseconds: the end of
 * the due day in Vietnam's time, computed by the caller).
 */
import { defaultAggregation } from './aggregation';
import type { TargetEvaluation } from './evaluation-types';
import { FlowLedger } from './flow-ledger';
import type { Observation, PeriodCode, Target, Verdict } from './model';
import { parsePeriod } from './periods';
import { bestFor } from './values';

const MET: readonly Verdict[] = ['exceed', 'meet', 'met-early', 'basically-met'];
const NOT_JUDGED: readonly Verdict[] = ['not-assessable', 'not-due'];

/** Targets met out of those that can be judged. */
export interface MetCount {
  met: number;
  /** Targets that can be judged. */
  of: number;
  /** Active targets that cannot be judged yet. */
  notJudged: number;
  /** "24/28". */
  text: string;
}

/** Counts the targets met among the evaluations of one unit (dropped targets left out). */
export function countMet(evaluations: readonly TargetEvaluation[]): MetCount {
  const active = evaluations.filter((e) => !e.target.dropped);
  const judged = active.filter((e) => !NOT_JUDGED.includes(e.final.verdict));
  const met = judged.filter((e) => MET.includes(e.final.verdict)).length;
  return {
    met,
    of: judged.length,
    notJudged: active.length - judged.length,
    text: `${met}/${judged.length}`,
  };
}

/** Whether a target expects a figure for the period (see the module comment). */
export function expectsFigure(target: Target, period: PeriodCode): boolean {
  if (target.dropped || target.kind === 'milestone') return false;
  const parsed = parsePeriod(period);
  if (!parsed.ok) return false;
  if (parsed.period.kind === 'year') return true;
  return defaultAggregation(target) === 'flow' && target.seriesBasis !== 'growth-rate';
}

/** A figure with the instant its first revision was recorded (milliseconds since the epoch). */
export interface TimedObservation extends Observation {
  firstRecordedAtMs: number;
}

/** The completeness and timeliness of one unit's figures for one period. */
export interface PeriodCompleteness {
  period: PeriodCode;
  expected: number;
  entered: number;
  onTime: number;
  /** Ids of targets expected and not entered. */
  missing: string[];
  /** Whether the deadline has passed (as of `nowMs`) with figures missing or entered late. */
  late: boolean;
  /** 'complete' (every figure), 'partial', 'none'. */
  state: 'complete' | 'partial' | 'none';
}

/** Completeness of a unit's period. `observations` are every revision (deleted ones left out by
 * the caller); `deadlineMs`/`nowMs` are instants. */
export function periodCompleteness(
  targets: readonly Target[],
  observations: readonly TimedObservation[],
  period: PeriodCode,
  options: { deadlineMs?: number; nowMs?: number } = {},
): PeriodCompleteness {
  const expected = targets.filter((t) => expectsFigure(t, period));
  const byTarget = new Map<string, TimedObservation[]>();
  for (const o of observations) byTarget.set(o.targetId, [...(byTarget.get(o.targetId) ?? []), o]);
  let entered = 0;
  let onTime = 0;
  const missing: string[] = [];
  for (const t of expected) {
    const own = byTarget.get(t.id) ?? [];
    const used = figuresFor(t, own, period);
    if (!used) {
      missing.push(t.id);
      continue;
    }
    entered++;
    const first = (p: PeriodCode) =>
      Math.min(...own.filter((o) => o.period === p).map((o) => o.firstRecordedAtMs));
    if (options.deadlineMs === undefined || used.every((p) => first(p) <= (options.deadlineMs as number)))
      onTime++;
  }
  const due =
    options.deadlineMs !== undefined && options.nowMs !== undefined && options.nowMs > options.deadlineMs;
  return {
    period,
    expected: expected.length,
    entered,
    onTime,
    missing,
    late: due && onTime < expected.length,
    state:
      entered === 0
        ? expected.length === 0
          ? 'complete'
          : 'none'
        : entered < expected.length
          ? 'partial'
          : 'complete',
  };
}

/** The periods of the figures a target's period rests on, or undefined when not entered. */
function figuresFor(
  target: Target,
  own: readonly Observation[],
  period: PeriodCode,
): PeriodCode[] | undefined {
  if (bestFor(own, period)) return [period];
  if (defaultAggregation(target) !== 'flow') return undefined;
  const amount = new FlowLedger(own).amountOf(period);
  return amount ? amount.parts : undefined;
}

/** "đã nhập 12/14 số liệu, 10 đúng hạn" (the on-time part only when a deadline is set). */
export function completenessVi(c: PeriodCompleteness, withDeadline: boolean): string {
  if (c.expected === 0) return 'không có số liệu phải nhập';
  const base = `đã nhập ${c.entered}/${c.expected} số liệu`;
  return withDeadline ? `${base}, ${c.onTime} đúng hạn` : base;
}
