/**
 * What a unit's figure for an indicator measures, so that units are compared only on the same
 * measure: the judged quantity (average growth so far, sum so far, latest figure), its unit of
 * measure, the period it covers and its price basis. Two units whose targets share an indicator
 * key may still measure different things (one enters production value in tỷ đồng, another the
 * growth rate; one has a quarter, the others whole years).
 */
import type { TargetEvaluation } from './evaluation-types';
import type { PeriodCode, PriceBasis } from './model';
import { endMonth, formatPeriod, isYearToDate, parsePeriod, termBaseYear, yearToDate } from './periods';

/** The quantity compared: the measure the core judges the target on. */
export type MeasureQuantity = 'average-growth' | 'sum-so-far' | 'latest';

/** How much of its time span a figure covers: whole years, January to a month of the year
 * (quý I, 6 tháng, 9 tháng), or a part of a year alone (quý II, tháng 7). */
export type MeasureCoverage = 'whole-year' | 'year-to-date' | 'part-of-year';

/** The unit of measure of an average growth rate. */
export const GROWTH_RATE_UNIT = '%/năm';

/** What is measured: units are ranked together only when their keys are equal (up to the scale
 * of the unit of measure: triệu đồng and tỷ đồng are the same measure). */
export interface MeasureKey {
  quantity: MeasureQuantity;
  /** Unit of measure of the value: "%/năm" for an average growth, else the target's unit. */
  unit: string;
  /** First year counted by an average growth or a sum; absent for a single figure. */
  fromYear?: number;
  /** The period of the value: last year of an average growth, last period of a sum, the
   * figure's own period. */
  period: PeriodCode;
  coverage: MeasureCoverage;
  /** Price basis of money values and their growth, when the target states one. */
  priceBasis?: Exclude<PriceBasis, 'none'>;
}

/** A unit's measured value with its key. */
export interface Measured {
  key: MeasureKey;
  value: number;
  /** Display decimals of the target. */
  precision: number;
  /** For an average growth from levels: the last level and the base level it is computed from
   * (derived: base = last / (1 + growth)^years), in `levelUnit`. */
  levels?: { last: number; base: number; unit: string };
}

/** Why a unit has no measured value. */
export type NotMeasured = 'no-target' | 'no-data';

/** The coverage of a period code. */
export function coverageOf(period: PeriodCode): MeasureCoverage {
  const p = parsePeriod(period);
  if (!p.ok || p.period.kind === 'year' || p.period.kind === 'term') return 'whole-year';
  return isYearToDate(period) ? 'year-to-date' : 'part-of-year';
}

function yearOf(period: PeriodCode): number | undefined {
  const p = parsePeriod(period);
  if (!p.ok) return undefined;
  return p.period.kind === 'term' ? p.period.endYear : p.period.year;
}

/** Where a sum from January of its first year ends, as a code: the year when it ends in
 * December ("2021-2022" → "2022"), else the year to date ("2023-Q1", "2023-8M"). A sum's basis
 * names its whole span when a code exists, else its last piece ("2023-Q2" after 2023-Q1). */
function sumEnd(basisPeriod: PeriodCode): PeriodCode {
  const { year, month } = endMonth(basisPeriod);
  return month === 12 ? String(year) : formatPeriod(yearToDate(year, month));
}

function priceBasisOf(evaluation: TargetEvaluation): MeasureKey['priceBasis'] {
  const basis = evaluation.target.priceBasis;
  return basis && basis !== 'none' ? basis : undefined;
}

/** The first year a growth or a sum counts: the year after the target's base year (or the
 * term's first year). */
function firstYearOf(evaluation: TargetEvaluation, term: PeriodCode | undefined): number | undefined {
  const base = evaluation.target.baseYear ?? (term ? termBaseYear(term) : undefined);
  return base === undefined ? undefined : base + 1;
}

/**
 * The judged measure of a target's evaluation: for an average-growth target the average growth
 * so far (%/năm) over the years measured; for a total the sum so far; otherwise the figure the
 * achievement rests on (a flow's latest whole year), or the latest numeric figure when there is
 * no achievement (a range). `term` gives the base year when the target sets none.
 */
export function measureOf(
  evaluation: TargetEvaluation | undefined,
  term?: PeriodCode,
): Measured | NotMeasured {
  if (!evaluation) return 'no-target';
  const target = evaluation.target;
  const achievement = evaluation.achievement;
  const priceBasis = priceBasisOf(evaluation);
  const withBasis = (key: Omit<MeasureKey, 'priceBasis'>): MeasureKey =>
    priceBasis ? { ...key, priceBasis } : key;

  if (target.kind === 'average-growth') {
    const value = evaluation.averageGrowth ?? achievement?.actual;
    const period = achievement?.basis?.period;
    const fromYear = firstYearOf(evaluation, term);
    const lastYear = period === undefined ? undefined : yearOf(period);
    if (value === undefined || period === undefined || fromYear === undefined || lastYear === undefined)
      return 'no-data';
    const measured: Measured = {
      key: withBasis({
        quantity: 'average-growth',
        unit: GROWTH_RATE_UNIT,
        fromYear,
        period,
        coverage: 'whole-year',
      }),
      value,
      precision: target.precision,
    };
    const last = achievement?.basis?.value;
    const years = lastYear - fromYear + 1;
    if (target.seriesBasis !== 'growth-rate' && target.levelUnit && last !== undefined && years > 0)
      measured.levels = { last, base: last / (1 + value / 100) ** years, unit: target.levelUnit };
    return measured;
  }
  if (achievement?.measure === 'sum-so-far' && achievement.basis) {
    const fromYear = firstYearOf(evaluation, term);
    const period = sumEnd(achievement.basis.period);
    const key: Omit<MeasureKey, 'priceBasis'> = {
      quantity: 'sum-so-far',
      unit: target.unit,
      period,
      coverage: coverageOf(period),
    };
    if (fromYear !== undefined) key.fromYear = fromYear;
    return { key: withBasis(key), value: achievement.actual, precision: target.precision };
  }
  const figure =
    achievement?.basis ??
    (evaluation.latest && Number.isFinite(evaluation.latest.value) ? evaluation.latest : undefined);
  if (!figure) return 'no-data';
  return {
    key: withBasis({
      quantity: 'latest',
      unit: target.unit,
      period: figure.period,
      coverage: coverageOf(figure.period),
    }),
    value: achievement?.basis ? achievement.actual : figure.value,
    precision: target.precision,
  };
}

const SCALES: Record<string, number> = {
  '': 1,
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  'nghìn tỷ': 1e12,
};
const SCALED_BASES = ['đồng', 'usd', 'người', 'hộ', 'tấn', 'lượt khách', 'lượt người'];

/** A unit of measure split into its scale and base: "triệu đồng" → 1e6 × "đồng". Units
 * without a known scale are their own base. */
export function unitScale(unit: string): { base: string; factor: number } {
  const u = unit.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  for (const base of SCALED_BASES) {
    if (u !== base && !u.endsWith(` ${base}`)) continue;
    const prefix = u.slice(0, u.length - base.length).trim();
    const factor = SCALES[prefix];
    if (factor !== undefined) return { base, factor };
  }
  return { base: u, factor: 1 };
}

/** The factor that converts a value in `from` to `to` (1000 from tỷ đồng to triệu đồng), or
 * undefined when they are different units. */
export function conversionFactor(from: string, to: string): number | undefined {
  const a = unitScale(from);
  const b = unitScale(to);
  return a.base === b.base ? a.factor / b.factor : undefined;
}

/** How a measured key differs from a reference key: not at all, in what is measured (quantity,
 * unit, price basis), in coverage (a quarter against whole years), or in period. */
export function keyDifference(
  key: MeasureKey,
  reference: MeasureKey,
): 'same' | 'different-measure' | 'different-coverage' | 'different-period' {
  if (
    key.quantity !== reference.quantity ||
    conversionFactor(key.unit, reference.unit) === undefined ||
    key.priceBasis !== reference.priceBasis
  )
    return 'different-measure';
  if (key.coverage !== reference.coverage) return 'different-coverage';
  if (key.period !== reference.period || key.fromYear !== reference.fromYear) return 'different-period';
  return 'same';
}

/** A string equal for keys that measure the same thing (units reduced to their base). */
export function keyId(key: MeasureKey): string {
  return [
    key.quantity,
    unitScale(key.unit).base,
    key.priceBasis ?? '',
    key.coverage,
    key.fromYear ?? '',
    key.period,
  ].join('|');
}
