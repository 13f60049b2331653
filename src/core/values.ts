/**
 * Choosing the figure to use. For a period, official beats preliminary beats estimate, then the
 * highest revision, then the latest record; every figure is kept, the others are only
 * superseded. As of a period, the latest period that has ended by then is used (the longer span
 * first when two end in the same month: the year before its fourth quarter).
 */
import type { UsedValue } from './evaluation-types';
import type { Observation, PeriodCode, ValueStatus } from './model';
import { endMonthIndex, isWithinAsOf, isYearToDate, parsePeriod, periodOf, startMonthIndex } from './periods';

const STATUS_RANK: Record<ValueStatus, number> = { estimate: 0, preliminary: 1, official: 2 };

/** Positive when `a` supersedes `b` (status, then revision, then recording time). */
export function compareSupersession(a: Observation, b: Observation): number {
  const byStatus = STATUS_RANK[a.status] - STATUS_RANK[b.status];
  if (byStatus !== 0) return byStatus;
  if (a.revision !== b.revision) return a.revision - b.revision;
  return (a.recordedAt ?? '').localeCompare(b.recordedAt ?? '');
}

/** Of a figure and the one in force so far for the same period, the one in force. */
function figureInForce(o: Observation, best: Observation | undefined): Observation {
  return best && compareSupersession(o, best) <= 0 ? best : o;
}

/** The figure in force for exactly `period`, or undefined. */
export function bestFor(observations: readonly Observation[], period: PeriodCode): Observation | undefined {
  let best: Observation | undefined;
  for (const o of observations) if (o.period === period) best = figureInForce(o, best);
  return best;
}

/** The figure in force for every period code, in the order the codes first appear: what
 * {@link bestFor} gives for each, found in one pass instead of one pass per period. */
export function inForceByPeriod(observations: readonly Observation[]): Map<PeriodCode, Observation> {
  const out = new Map<PeriodCode, Observation>();
  for (const o of observations) out.set(o.period, figureInForce(o, out.get(o.period)));
  return out;
}

/** The key of a figure: its target and period. */
export function figureKey(targetId: string, period: PeriodCode): string {
  return `${targetId}|${period}`;
}

/** The figure in force of a (target, period), with the highest revision recorded for it: a
 * correction names that revision, while the figure shown is the one in force (an official figure
 * stays in force when a later estimate is recorded beside it). */
export type FigureInForce = Observation & { latestRevision: number };

/** The figure in force for every (target, period), by {@link figureKey}: the one rule of
 * {@link compareSupersession}, for every reader (grid, reports, exports, the database's
 * "current" dossier). */
export function figuresInForce(observations: readonly Observation[]): Map<string, FigureInForce> {
  const out = new Map<string, FigureInForce>();
  for (const o of observations) {
    const key = figureKey(o.targetId, o.period);
    const seen = out.get(key);
    if (!seen) {
      out.set(key, { ...o, latestRevision: o.revision });
      continue;
    }
    const latestRevision = Math.max(seen.latestRevision, o.revision);
    out.set(key, compareSupersession(o, seen) > 0 ? { ...o, latestRevision } : { ...seen, latestRevision });
  }
  return out;
}

/** All figures for one period, the one in force first, then the superseded ones. */
export function historyFor(observations: readonly Observation[], period: PeriodCode): Observation[] {
  return observations.filter((o) => o.period === period).sort((a, b) => compareSupersession(b, a));
}

/** The figure in force for the latest period ended by `asOf` (invalid period codes are skipped):
 * the latest by the month it ends, the longer span first when two end in the same month. */
export function selectLatest(
  observations: readonly Observation[],
  asOf: PeriodCode,
  accept?: (o: Observation) => boolean,
): Observation | undefined {
  return latestInForce(inForceByPeriod(accept ? observations.filter(accept) : observations), asOf);
}

/** {@link selectLatest} from the figures in force by period ({@link inForceByPeriod}): of two
 * codes for the same months, the one that appears first. */
export function latestInForce(
  inForce: ReadonlyMap<PeriodCode, Observation>,
  asOf: PeriodCode,
): Observation | undefined {
  // Read when first needed, so that an invalid as-of only throws where a figure is compared with it.
  let asOfEnd: number | undefined;
  let latest: Observation | undefined;
  let latestEnd = 0;
  let latestStart = 0;
  for (const figure of inForce.values()) {
    const parsed = parsePeriod(figure.period);
    if (!parsed.ok) continue;
    const end = endMonthIndex(parsed.period);
    asOfEnd ??= endMonthIndex(periodOf(asOf));
    if (end > asOfEnd) continue;
    const start = startMonthIndex(parsed.period);
    if (latest === undefined || end > latestEnd || (end === latestEnd && start < latestStart)) {
      latest = figure;
      latestEnd = end;
      latestStart = start;
    }
  }
  return latest;
}

/** The numeric value of a figure, if it is a finite number. */
export function numericValue(o: Observation | undefined): number | undefined {
  return o && typeof o.value === 'number' && Number.isFinite(o.value) ? o.value : undefined;
}

/** A figure as used in a computation (numeric figures only). */
export function toUsedValue(o: Observation | undefined): UsedValue | undefined {
  const value = numericValue(o);
  if (!o || value === undefined) return undefined;
  return {
    period: o.period,
    value,
    status: o.status,
    revision: o.revision,
    ...(o.hedge ? { hedge: o.hedge } : {}),
  };
}

/** The numeric whole-year figures ended by `asOf`, by year. */
export function yearValues(observations: readonly Observation[], asOf: PeriodCode): Map<number, UsedValue> {
  return yearValuesIn(inForceByPeriod(observations), asOf);
}

/** {@link yearValues} from the figures in force by period ({@link inForceByPeriod}). */
export function yearValuesIn(
  inForce: ReadonlyMap<PeriodCode, Observation>,
  asOf: PeriodCode,
): Map<number, UsedValue> {
  const out = new Map<number, UsedValue>();
  for (const figure of inForce.values()) {
    const p = parsePeriod(figure.period);
    if (!p.ok || p.period.kind !== 'year' || !isWithinAsOf(figure.period, asOf)) continue;
    const used = toUsedValue(figure);
    if (used) out.set(p.period.year, used);
  }
  return out;
}

/**
 * The amount of each given year so far: the whole-year figure when it has ended by `asOf`,
 * otherwise the latest year-to-date figure (Q1, H1, 9M, a January month) ended by then.
 */
export function amountsSoFar(
  observations: readonly Observation[],
  asOf: PeriodCode,
  years: readonly number[],
): UsedValue[] {
  const whole = yearValues(observations, asOf);
  const out: UsedValue[] = [];
  for (const year of years) {
    const y = whole.get(year);
    if (y) {
      out.push(y);
      continue;
    }
    const ytd = selectLatest(observations, asOf, (o) => {
      const p = parsePeriod(o.period);
      return p.ok && p.period.kind !== 'term' && p.period.year === year && isYearToDate(o.period);
    });
    const used = toUsedValue(ytd);
    if (used) out.push(used);
  }
  return out;
}
