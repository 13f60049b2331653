/**
 * Evaluates one target as of a period: the figure in force, its comparisons, the measure for the
 * target's kind, the forecast and the suggested judgements with the committee's overrides.
 */
import { defaultAggregation } from './aggregation';
import { FlowLedger } from './flow-ledger';
import { finalAssessment, suggestBand, suggestLight, suggestVerdict } from './assessment';
import { compareBenchmarks, comparePlans, yearOnYear } from './comparisons';
import { type AssessmentConfig, resolveConfig } from './config';
import type { Forecast, Gap, Suggestions, TargetEvaluation, UsedValue } from './evaluation-types';
import { isGap } from './goal-check';
import { elapsedYears, type KindContext, type KindResult } from './kind-context';
import { measureAnnual } from './measure-annual';
import { measureGrade, measureMilestone, measureRange, measureStructure } from './measure-discrete';
import { measureGrowth } from './measure-growth';
import { measureLevel } from './measure-level';
import { measureTotal } from './measure-total';
import { expectedPace } from './pace';
import { viewTarget } from './present-target';
import type { Adjustment, Observation, PeriodCode, ResolutionDossier, Target } from './model';
import { endMonthIndex, parsePeriod, periodOf, termBaseYear, termEndYear } from './periods';
import { historyFor, inForceByPeriod, latestInForce, toUsedValue } from './values';

/** The parts of a dossier one target's evaluation reads. */
export type TargetInputs = Pick<
  ResolutionDossier,
  'observations' | 'plans' | 'benchmarks' | 'adjustments' | 'scenarios' | 'overrides'
> & { term: PeriodCode; approvedPeriods?: readonly PeriodCode[] };

/** Adjustments decided by the end of the as-of, oldest first, and the goal they leave in force. */
export function goalInForce(
  target: Target,
  adjustments: readonly Adjustment[],
  asOf: PeriodCode,
): { target: Target; applied: Adjustment[] } {
  const end = endMonthIndex(periodOf(asOf));
  if (adjustments.length === 0) return { target, applied: [] };
  const applied = adjustments
    .filter((a) => a.targetId === target.id)
    .filter((a) => {
      const [y, m] = a.date.split('-').map(Number);
      return y !== undefined && m !== undefined && y * 12 + m - 1 <= end;
    })
    .sort((a, b) => a.date.localeCompare(b.date));
  const last = applied[applied.length - 1];
  return { target: last ? { ...target, goal: last.newGoal } : target, applied };
}

/** Kinds judged on one figure (the latest), which for a flow must be a whole year's. */
const JUDGED_ON_LATEST: ReadonlySet<Target['kind']> = new Set([
  'end-level',
  'ratio',
  'count',
  'annual-threshold',
]);

const isTotalKind = (t: Target): boolean =>
  t.kind === 'cumulative-total' || (t.kind === 'count' && t.accumulation === 'additions');

/** A month, quarter, half-year or nine months: a part of a year. */
function isPartOfYear(period: PeriodCode): boolean {
  const kind = periodOf(period).kind;
  return kind !== 'year' && kind !== 'term';
}

function measure(ctx: KindContext): KindResult {
  switch (ctx.target.kind) {
    case 'average-growth':
      return measureGrowth(ctx);
    case 'cumulative-total':
      return measureTotal(ctx);
    case 'count':
      return ctx.target.accumulation === 'additions' ? measureTotal(ctx) : measureLevel(ctx);
    case 'annual-threshold':
      return measureAnnual(ctx);
    case 'end-level':
    case 'ratio':
      return measureLevel(ctx);
    case 'range':
      return measureRange(ctx);
    case 'milestone':
      return measureMilestone(ctx);
    case 'grade':
      return measureGrade(ctx);
    case 'structure':
      return measureStructure(ctx);
  }
}

/** The forecast to report: a scenario given by the user, a total already reached, the configured
 * method, the other method, then the latest value held. */
export function chooseForecast(
  forecasts: readonly Forecast[],
  config: AssessmentConfig,
): Forecast | undefined {
  const other = config.forecastMethod === 'trend' ? 'linear' : 'trend';
  for (const method of ['scenario', 'reached', config.forecastMethod, other, 'latest'] as const) {
    const f = forecasts.find((x) => x.method === method);
    if (f) return f;
  }
  return undefined;
}

/** Whether a figure is the target's own and its period is valid: the figures an evaluation reads. */
const isOwnValid = (o: Observation, targetId: string): boolean =>
  o.targetId === targetId && parsePeriod(o.period).ok;

/** The target's own figures with a valid period: the list itself when all of them are (as
 * `evaluateDossier` hands them over, grouped by target), without copying it. */
function ownFigures(all: readonly Observation[], targetId: string): readonly Observation[] {
  return all.every((o) => isOwnValid(o, targetId)) ? all : all.filter((o) => isOwnValid(o, targetId));
}

/** The default config, resolved once: most evaluations pass none, and it is only read. */
const DEFAULT_CONFIG: AssessmentConfig = resolveConfig();

/** Evaluates one target of a resolution as of a period. */
export function evaluateTarget(
  target: Target,
  inputs: TargetInputs,
  options: { asOf: PeriodCode; config?: Partial<AssessmentConfig>; view?: boolean },
): TargetEvaluation {
  const base = options.config ? resolveConfig(options.config) : DEFAULT_CONFIG;
  // A target may set its own percent decimals: the percentage shown is the one banded.
  const config =
    target.percentDecimals === undefined && target.rounding === undefined
      ? base
      : {
          ...base,
          ...(target.percentDecimals !== undefined ? { percentDecimals: target.percentDecimals } : {}),
          ...(target.rounding !== undefined ? { rounding: target.rounding } : {}),
        };
  const { asOf } = options;
  const { target: effective, applied } = goalInForce(target, inputs.adjustments, asOf);
  const observations = ownFigures(inputs.observations, target.id);
  const inForce = inForceByPeriod(observations);
  const latestObservation = latestInForce(inForce, asOf);
  const ctx: KindContext = {
    target: effective,
    observations,
    inForce,
    asOf,
    config,
    baseYear: target.baseYear ?? termBaseYear(inputs.term),
    targetYear: target.targetYear ?? termEndYear(inputs.term),
  };
  const aggregation = defaultAggregation(effective);
  const adds = aggregation === 'flow' || isTotalKind(effective);
  if (adds) ctx.ledger = new FlowLedger(observations, inForce);
  // A periodic report states the amount of its own period: as of "9 tháng", the nine months
  // added up from the quarters when no figure for them was entered.
  const ofAsOf = adds && isPartOfYear(asOf) ? ctx.ledger?.amountOf(asOf) : undefined;
  const latestUsed: UsedValue | undefined =
    ofAsOf && (!latestObservation || ofAsOf.parts.length > 1 || ofAsOf.period === latestObservation.period)
      ? {
          period: ofAsOf.period,
          value: ofAsOf.value,
          status: ofAsOf.status,
          revision: latestObservation?.period === ofAsOf.period ? latestObservation.revision : 1,
        }
      : toUsedValue(latestObservation);
  const partOfYear = latestUsed !== undefined && isPartOfYear(latestUsed.period);
  if (aggregation === 'flow' && partOfYear && JUDGED_ON_LATEST.has(effective.kind)) {
    // A quarter's revenue is a part of the year's: the goal set for a year is judged on whole
    // years, entered or added up from their parts.
    ctx.wholeYearsOnly = true;
    const lastYear = Math.floor((endMonthIndex(periodOf(asOf)) + 1) / 12) - 1;
    for (let y = lastYear; y > ctx.baseYear; y--) {
      const whole = ctx.ledger?.amount(y * 12, y * 12 + 11);
      if (!whole) continue;
      // The year's own figure when it was entered, else the sum of its parts.
      const own = whole.parts.length === 1 ? inForce.get(String(y)) : undefined;
      ctx.latest = own
        ? own
        : {
            targetId: target.id,
            period: String(y),
            value: whole.value,
            status: whole.status,
            revision: 1,
            comment: `Cộng từ ${whole.parts.join(', ')}`,
          };
      break;
    }
  } else if (latestObservation) ctx.latest = latestObservation;
  const scenario = inputs.scenarios.find((s) => s.targetId === target.id);
  if (scenario) ctx.scenario = scenario;

  const kind = measure(ctx);
  const gaps: Gap[] = [...kind.gaps];
  const latest = latestUsed;
  const forecast = chooseForecast(kind.forecasts, config);
  const band = suggestBand(kind.achievement, config);
  // Against the same period of last year, like with like (levels, not rates or structures).
  const yoy =
    latest && target.seriesBasis !== 'growth-rate' && target.kind !== 'structure'
      ? yearOnYear(latest, observations, ctx.ledger)
      : undefined;
  // Inputs read field by field: an absent value is passed as undefined, not spread in.
  const pace = expectedPace({ ctx, kind, latest, yearOnYear: yoy && !isGap(yoy) ? yoy : undefined });
  const termEnded = endMonthIndex(periodOf(asOf)) >= ctx.targetYear * 12 + 11;
  const verdict = suggestVerdict(
    {
      target: effective,
      termEnded,
      elapsedShare: elapsedYears(asOf, ctx.baseYear) / Math.max(1, ctx.targetYear - ctx.baseYear),
      achievement: kind.achievement,
      forecast,
      metEarly: kind.metEarly,
      pace,
    },
    config,
  );
  const suggestions: Suggestions = {
    band,
    verdict,
    light: suggestLight(verdict, band, effective),
    sdg: kind.sdg ?? { code: 'method-unsuited', what: 'loại chỉ tiêu' },
  };
  const evaluation: TargetEvaluation = {
    target,
    asOf,
    plans: [],
    benchmarks: [],
    suggestions,
    final: finalAssessment(
      suggestions,
      inputs.overrides.filter((o) => o.targetId === target.id),
    ),
    gaps,
    forecasts: kind.forecasts,
    aggregation,
  };
  if (applied.length > 0) {
    evaluation.goal = effective.goal;
    evaluation.appliedAdjustments = applied;
  }
  if (latestObservation) {
    evaluation.latestObservation = latestObservation;
    evaluation.history = historyFor(observations, latestObservation.period);
  } else if (!gaps.some((g) => g.code === 'no-data')) {
    gaps.push({ code: 'no-data', what: 'số liệu đến kỳ đánh giá' });
  }
  if (latest) {
    evaluation.latest = latest;
    evaluation.plans = comparePlans(
      latest,
      inputs.plans.filter((p) => p.targetId === target.id),
      gaps,
    );
    evaluation.benchmarks = compareBenchmarks(
      latest,
      inputs.benchmarks.filter((b) => b.targetId === target.id),
      gaps,
    );
    if (yoy && !isGap(yoy)) evaluation.yearOnYear = yoy;
    // A periodic report (a quarter, 6 or 9 months, a month) always states "so với cùng kỳ".
    else if (yoy && partOfYear) gaps.push(yoy);
  }
  if (kind.achievement) evaluation.achievement = kind.achievement;
  if (kind.averageGrowth !== undefined) evaluation.averageGrowth = kind.averageGrowth;
  if (kind.requirement) evaluation.requirement = kind.requirement;
  if (forecast) evaluation.forecast = forecast;
  if (kind.annualChecks) evaluation.annualChecks = kind.annualChecks;
  if (kind.range) evaluation.range = kind.range;
  if (kind.structure) evaluation.structure = kind.structure;
  if (kind.metEarly !== undefined) evaluation.metEarly = kind.metEarly;
  if (pace) evaluation.pace = pace;
  if (options.view !== false) evaluation.view = viewTarget(evaluation, base, inputs.approvedPeriods);
  return evaluation;
}
