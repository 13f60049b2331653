/**
 * Evaluates one target as of a period: the figure in force, its comparisons, the measure for the
 * target's kind, the forecast and the suggested judgements with the committee's overrides.
 */
import { defaultAggregation, yearFromParts } from './aggregation';
import { finalAssessment, suggestBand, suggestLight, suggestVerdict } from './assessment';
import { compareBenchmarks, comparePlans, yearOnYear } from './comparisons';
import { type AssessmentConfig, resolveConfig } from './config';
import type { Forecast, Gap, Suggestions, TargetEvaluation } from './evaluation-types';
import { isGap } from './goal-check';
import type { KindContext, KindResult } from './kind-context';
import { measureAnnual } from './measure-annual';
import { measureGrade, measureMilestone, measureRange, measureStructure } from './measure-discrete';
import { measureGrowth } from './measure-growth';
import { measureLevel } from './measure-level';
import { measureTotal } from './measure-total';
import type { Adjustment, Observation, PeriodCode, ResolutionDossier, Target } from './model';
import {
  endMonthIndex,
  endYear,
  isWithinAsOf,
  parsePeriod,
  periodOf,
  termBaseYear,
  termEndYear,
} from './periods';
import { historyFor, selectLatest, toUsedValue } from './values';

/** The parts of a dossier one target's evaluation reads. */
export type TargetInputs = Pick<
  ResolutionDossier,
  'observations' | 'plans' | 'benchmarks' | 'adjustments' | 'scenarios' | 'overrides'
> & { term: PeriodCode };

/** Adjustments decided by the end of the as-of, oldest first, and the goal they leave in force. */
export function goalInForce(
  target: Target,
  adjustments: readonly Adjustment[],
  asOf: PeriodCode,
): { target: Target; applied: Adjustment[] } {
  const end = endMonthIndex(periodOf(asOf));
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

function isWholeYear(o: Observation): boolean {
  return periodOf(o.period).kind === 'year';
}

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

/** Evaluates one target of a resolution as of a period. */
export function evaluateTarget(
  target: Target,
  inputs: TargetInputs,
  options: { asOf: PeriodCode; config?: Partial<AssessmentConfig> },
): TargetEvaluation {
  const base = resolveConfig(options.config);
  // A target may set its own percent decimals: the percentage shown is the one banded.
  const config =
    target.percentDecimals !== undefined ? { ...base, percentDecimals: target.percentDecimals } : base;
  const { asOf } = options;
  const { target: effective, applied } = goalInForce(target, inputs.adjustments, asOf);
  const observations = inputs.observations.filter(
    (o) => o.targetId === target.id && parsePeriod(o.period).ok,
  );
  const latestObservation = selectLatest(observations, asOf);
  const ctx: KindContext = {
    target: effective,
    observations,
    asOf,
    config,
    baseYear: target.baseYear ?? termBaseYear(inputs.term),
    targetYear: target.targetYear ?? termEndYear(inputs.term),
  };
  const aggregation = defaultAggregation(effective);
  const partOfYear = latestObservation !== undefined && isPartOfYear(latestObservation.period);
  if (aggregation === 'flow' && partOfYear && JUDGED_ON_LATEST.has(effective.kind)) {
    // A quarter's revenue is a part of the year's: the goal set for a year is judged on whole years.
    ctx.wholeYearsOnly = true;
    const wholeYear = selectLatest(observations, asOf, isWholeYear);
    const year = endYear(latestObservation.period);
    // A year that has ended with its parts entered but no figure of its own: add the parts up.
    const derived =
      (!wholeYear || Number(wholeYear.period) < year) && isWithinAsOf(String(year), asOf)
        ? yearFromParts(observations, year)
        : undefined;
    const judged = derived ?? wholeYear;
    if (judged) ctx.latest = judged;
  } else if (latestObservation) ctx.latest = latestObservation;
  const scenario = inputs.scenarios.find((s) => s.targetId === target.id);
  if (scenario) ctx.scenario = scenario;

  const kind = measure(ctx);
  const gaps: Gap[] = [...kind.gaps];
  const latest = toUsedValue(latestObservation);
  const forecast = chooseForecast(kind.forecasts, config);
  const band = suggestBand(kind.achievement, config);
  const verdict = suggestVerdict(
    { target: effective, achievement: kind.achievement, forecast, metEarly: kind.metEarly },
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
    if (target.seriesBasis !== 'growth-rate' && target.kind !== 'structure') {
      const yoy = yearOnYear(latest, observations);
      if (!isGap(yoy)) evaluation.yearOnYear = yoy;
      // A periodic report (a quarter, 6 or 9 months, a month) always states "so với cùng kỳ".
      else if (partOfYear) gaps.push(yoy);
    }
  }
  if (kind.achievement) evaluation.achievement = kind.achievement;
  if (kind.averageGrowth !== undefined) evaluation.averageGrowth = kind.averageGrowth;
  if (kind.requirement) evaluation.requirement = kind.requirement;
  if (forecast) evaluation.forecast = forecast;
  if (kind.annualChecks) evaluation.annualChecks = kind.annualChecks;
  if (kind.range) evaluation.range = kind.range;
  if (kind.structure) evaluation.structure = kind.structure;
  if (kind.metEarly !== undefined) evaluation.metEarly = kind.metEarly;
  return evaluation;
}
