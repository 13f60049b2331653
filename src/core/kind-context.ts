/**
 * What the per-kind computations receive and return. `evaluate-target.ts` assembles the context,
 * calls the computation for the target's kind and turns the result into a TargetEvaluation.
 */
import type { AssessmentConfig } from './config';
import type {
  Achievement,
  AnnualCheck,
  Forecast,
  ForecastMethod,
  Gap,
  RangePosition,
  Requirement,
  SdgProgress,
  StructureShare,
  UsedValue,
} from './evaluation-types';
import { goalRatio, isGap, meetsGoal, ratioPercent } from './goal-check';
import type { FlowLedger } from './flow-ledger';
import type { Observation, PeriodCode, Scenario, Target } from './model';
import { endMonthIndex, periodOf } from './periods';
import { yearValuesIn } from './values';

/** Inputs of a per-kind computation. */
export interface KindContext {
  /** The target with the goal in force as of the period. */
  target: Target;
  /** This target's figures only. */
  observations: readonly Observation[];
  /** The figure in force for each period code of `observations`, found once per evaluation. */
  inForce: ReadonlyMap<PeriodCode, Observation>;
  asOf: PeriodCode;
  config: AssessmentConfig;
  /** Year the term's growth is measured from (target.baseYear or the term's start year). */
  baseYear: number;
  /** Year the goal is for (target.targetYear or the term's end year). */
  targetYear: number;
  /** The figure in force for the latest period ended by the as-of (for a flow judged against a
   * level goal: the latest whole year, see `Aggregation` in model.ts). */
  latest?: Observation;
  /** Set for a flow whose latest figure is a part of a year: only whole years are judged. */
  wholeYearsOnly?: boolean;
  /** For a flow: amounts over any span, derived from figures of any span (quarters add up to
   * their year). Absent for stocks and rates, which never add. */
  ledger?: FlowLedger;
  scenario?: Scenario;
}

/** Output of a per-kind computation. */
export interface KindResult {
  achievement?: Achievement;
  averageGrowth?: number;
  requirement?: Requirement;
  /** Every forecast computable for the kind. */
  forecasts: Forecast[];
  annualChecks?: AnnualCheck[];
  range?: RangePosition;
  structure?: StructureShare[];
  metEarly?: boolean;
  sdg?: SdgProgress | Gap;
  gaps: Gap[];
}

/** The whole-year figures ended by the as-of, by year: for a flow, entered or added up from its
 * parts (quarters, halves, the year to date and the rest); for a stock, entered only. */
export function yearFigures(ctx: KindContext): Map<number, UsedValue> {
  const entered = yearValuesIn(ctx.inForce, ctx.asOf);
  const ledger = ctx.ledger;
  if (!ledger) return entered;
  const out = new Map<number, UsedValue>();
  const last = Math.floor((endMonthIndex(periodOf(ctx.asOf)) + 1) / 12) - 1;
  for (let y = ctx.baseYear; y <= last; y++) {
    const a = ledger.amount(y * 12, y * 12 + 11);
    const own = entered.get(y);
    if (a && a.parts.length === 1 && own) out.set(y, own);
    else if (a) out.set(y, { period: String(y), value: a.value, status: a.status, revision: 1 });
  }
  return out;
}

/** Years elapsed from the start of the base year's successor to the end of a period:
 * 2023 from base 2020 → 3; 2023-H1 → 2,5. */
export function elapsedYears(period: PeriodCode, baseYear: number): number {
  return (endMonthIndex(periodOf(period)) + 1) / 12 - 1 - baseYear;
}

/** A forecast with its ratio and met flag against a numeric goal. */
export function makeForecast(
  method: ForecastMethod,
  value: number,
  goal: number,
  ctx: KindContext,
  path: Forecast['path'] = [],
): Forecast {
  const ratio = goalRatio(value, goal, ctx.target.direction, 'mục tiêu');
  const f: Forecast = { method, value, path, met: meetsGoal(value, goal, ctx.target, ctx.config) };
  if (!isGap(ratio)) f.ratio = ratio;
  return f;
}

/** An achievement against a numeric goal, or the Gap that prevents it. */
export function makeAchievement(
  actual: number,
  goal: number,
  measure: NonNullable<Achievement['measure']>,
  ctx: KindContext,
  basis?: UsedValue,
): Achievement | Gap {
  const ratio = goalRatio(actual, goal, ctx.target.direction, 'mục tiêu');
  if (isGap(ratio)) return ratio;
  const a: Achievement = {
    actual,
    goal,
    ratio,
    met: meetsGoal(actual, goal, ctx.target, ctx.config),
    percent: ratioPercent(ratio, ctx.config),
    measure,
  };
  if (ctx.target.kind === 'ratio' || ctx.target.unit === '%') a.pointsDifference = actual - goal;
  if (basis) a.basis = basis;
  return a;
}

/** The numeric goal of a target, if its goal is a number. */
export function numericGoal(t: Target): number | undefined {
  return t.goal.type === 'number' ? t.goal.value : undefined;
}

/** Pushes a result or a gap: returns the value when it is not a Gap. */
export function take<T>(x: T | Gap, gaps: Gap[]): T | undefined {
  if (isGap(x)) {
    gaps.push(x);
    return undefined;
  }
  return x;
}
