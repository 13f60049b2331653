/**
 * How a target's evaluation is shown, decided once for every surface (dashboard cards, review
 * table, Word and Excel appendix, exports, the command line): the goal as a table writes it, the
 * figure with its unit, the percentages rounded by the target's or plan's own rule, the change on
 * the same period, what is still needed, the pace and the forecast in the target's own terms.
 * Numbers keep their rounded value and decimals beside the text, so a spreadsheet cell shows the
 * very figure the sentence prints ("52,15%" in both, never "52,1%" beside it).
 */
import type { AssessmentConfig } from './config';
import type { TargetEvaluation } from './evaluation-types';
import { qualifiedVi } from './goal-check';
import { QUALIFIER_SYMBOLS } from './labels';
import { MILESTONE_WORDS } from './figure-text';
import { hedged } from './narrate-parts';
import { isPeriodCode, isPeriodInside, parsePeriod } from './periods';
import type { Observation, PeriodCode, Target, TargetGoal, ValueStatus } from './model';
import { formatNumberVi, formatQuantityVi, roundAt, type RoundingMode } from './vi-number';

/** A number as shown: the rounded value, the decimals printed (trailing zeros dropped) and the
 * text. */
export interface ShownNumber {
  value: number;
  decimals: number;
  text: string;
}

/** A number rounded once at `decimals` in `mode`, trailing zeros dropped ("122%", "52,15%"). */
export function showNumber(
  x: number,
  decimals: number,
  mode: RoundingMode = 'half-away-from-zero',
): ShownNumber {
  const value = roundAt(x, decimals, mode);
  const text = formatNumberVi(value, decimals, { trimZeros: true });
  const comma = text.indexOf(',');
  return { value, decimals: comma < 0 ? 0 : text.length - comma - 1, text };
}

/** A ratio as a percentage shown: 0.52148 → {52.15, 2, "52,15%"}. */
export function showPercent(ratio: number, decimals: number, mode?: RoundingMode): ShownNumber {
  const n = showNumber(ratio * 100, decimals, mode);
  return { ...n, text: `${n.text}%` };
}

/** The rounding rule of a target's percentages: its own decimals and mode, else the config's. */
export function percentRule(
  t: Pick<Target, 'percentDecimals' | 'rounding'>,
  config: AssessmentConfig,
): { decimals: number; mode: RoundingMode } {
  return { decimals: t.percentDecimals ?? config.percentDecimals, mode: t.rounding ?? config.rounding };
}

/** A value of the target with its unit at the target's precision: "9.710,8 tỷ đồng", "65,2%". */
export function formatTargetValue(t: Pick<Target, 'unit' | 'precision'>, value: number): string {
  return formatQuantityVi(value, t.unit, t.precision);
}

/** The goal as a table writes it, with its qualifier as a symbol: "≥ 65%", "7,5-8%", "Hoàn
 * thành", "hoàn thành tốt", "75/20/5%". The one goal formatter of every surface; a table with a
 * unit column of its own asks for the numbers without their unit ("≥ 65", "7,5-8", "75/20/5"). */
export function formatGoal(t: Target, goal: TargetGoal = t.goal, options: { unit?: boolean } = {}): string {
  const n = (x: number): string => formatNumberVi(x, t.precision, { trimZeros: true });
  const withUnit = options.unit !== false;
  const q = (x: number): string =>
    withUnit ? formatQuantityVi(x, t.unit, t.precision, { trimZeros: true }) : n(x);
  switch (goal.type) {
    case 'number':
      return `${QUALIFIER_SYMBOLS[t.qualifier]}${q(goal.value)}`;
    case 'range':
      return `${n(goal.min)}-${q(goal.max)}`;
    case 'milestone':
      return 'Hoàn thành';
    case 'grade':
      return goal.required;
    case 'structure':
      return `${goal.shares.map((s) => n(s.value)).join('/')}${withUnit ? '%' : ''}`;
  }
}

/** The goal in words, as a sentence writes it: "65% trở lên", "dưới 1%". */
export function goalWords(t: Target, value: number): string {
  return qualifiedVi(t.qualifier, formatQuantityVi(value, t.unit, t.precision, { trimZeros: true }));
}

/** A figure as entered, as a cell shows it: numbers at the target's precision, "Đạt"/"Chưa đạt"
 * for milestones, grades by name, shares "70/25/5". */
export function formatFigure(t: Target, value: Observation['value']): string {
  if (typeof value === 'number') return formatTargetValue(t, value);
  if (typeof value === 'boolean') return value ? MILESTONE_WORDS.reached : MILESTONE_WORDS.notReached;
  if (typeof value === 'string') return value;
  return `${value.map((v) => formatNumberVi(v, t.precision)).join('/')}%`;
}

/** What every surface shows of one target's evaluation. */
export interface TargetView {
  /** The goal in force, as a table writes it. */
  goal: string;
  /** The measure judged, as people read it (the figure as entered for milestones, grades and
   * structures; the average growth, the sum so far or the latest figure otherwise). */
  actual?: { text: string; value?: number; period?: PeriodCode; status?: ValueStatus; approved?: boolean };
  /** The latest figure when it is not the one judged (a quarter beside the last whole year). */
  latest?: { text: string; value: number; period: PeriodCode; status: ValueStatus };
  /** Achievement against the goal, rounded by the target's rule: the figure banded. */
  percentOfGoal?: ShownNumber;
  /** Each plan compared, rounded by the plan's own rule. */
  plans: { label: string; period: PeriodCode; percent: ShownNumber }[];
  /** Change on the same period of last year: % for amounts, percentage points for shares. */
  yearOnYear?: { change: ShownNumber; unit: 'percent' | 'points'; text: string };
  /** What is still needed per remaining year, in the target's own terms; absent once met. */
  need?: string;
  /** Why the light is what it is: the pace needed against the pace reached. */
  pace?: string;
  /** The forecast to the end of the term, in the target's own terms (a grade by name, a
   * milestone as Đạt/Chưa đạt); absent where no forecast reads on its own (structures). */
  forecast?: string;
  /** The forecast against the goal, rounded by the target's rule. */
  forecastPercent?: ShownNumber;
}

const isTotal = (t: Target): boolean =>
  t.kind === 'cumulative-total' || (t.kind === 'count' && t.accumulation === 'additions');

/** Whether changes of a target read in percentage points (a share in %, not a growth rate). */
export function changesInPoints(t: Pick<Target, 'unit' | 'kind'>): boolean {
  return t.unit.trim() === '%' && t.kind !== 'average-growth';
}

function rateText(x: number, t: Target): string {
  return `${formatNumberVi(x, Math.max(t.precision, 1), { trimZeros: true })}%/năm`;
}

function needText(e: TargetEvaluation): string | undefined {
  const { target: t, requirement: r, achievement: a } = e;
  if (!r || r.remainingYears <= 0 || a?.met) return undefined;
  if (t.kind === 'average-growth' && r.growthPerYear !== undefined) return rateText(r.growthPerYear, t);
  if (isTotal(t) && r.amountPerYear !== undefined) return `${formatTargetValue(t, r.amountPerYear)}/năm`;
  if (changesInPoints(t) && r.amountPerYear !== undefined) {
    const points = formatNumberVi(Math.abs(r.amountPerYear), Math.max(1, t.precision), { trimZeros: true });
    return `${r.amountPerYear < 0 ? 'giảm' : 'tăng'} ${points} điểm phần trăm/năm`;
  }
  // A level in money or people grows by a rate; a count (communes, members) by a number.
  if (r.growthPerYear !== undefined && t.direction === 'higher-is-better' && t.kind !== 'count')
    return `tăng ${rateText(r.growthPerYear, t)}`;
  if (r.amountPerYear !== undefined) {
    const size = formatTargetValue(t, Math.abs(r.amountPerYear));
    return `${r.amountPerYear < 0 ? 'giảm' : 'tăng'} ${size}/năm`;
  }
  return undefined;
}

/** Why the light is red or orange, in the target's own terms; nothing for a target on track. */
function paceText(e: TargetEvaluation): string | undefined {
  const { target: t, pace, requirement: r, averageGrowth } = e;
  if (e.final.light !== 'red' && e.final.light !== 'orange') return undefined;
  if (
    t.kind === 'average-growth' &&
    averageGrowth !== undefined &&
    r?.growthPerYear !== undefined &&
    r.remainingYears > 0
  ) {
    const years =
      t.targetYear !== undefined && t.baseYear !== undefined
        ? t.targetYear - t.baseYear - r.remainingYears
        : undefined;
    const so = years !== undefined && years > 0 ? `${formatNumberVi(years, 0)} năm qua đạt` : 'đã đạt';
    return `cần tăng ${rateText(r.growthPerYear, t)}, ${so} ${rateText(averageGrowth, t)}`;
  }
  // A milestone is red or orange when it is not reached past half the time to its due date.
  if (t.goal.type === 'milestone' && !e.achievement?.met && e.suggestions.verdict === 'very-high-effort')
    return `chưa đạt, đã quá nửa thời gian đến hạn${t.targetYear !== undefined ? ` năm ${t.targetYear}` : ''}`;
  if (!pace) return undefined;
  const shown = (x: number): string => (pace.method === 'rate' ? rateText(x, t) : formatTargetValue(t, x));
  return `theo lộ trình cần ${shown(pace.expected)}, đã đạt ${shown(pace.actual)}`;
}

function forecastText(e: TargetEvaluation): string | undefined {
  const { target: t, forecast } = e;
  if (!forecast) return undefined;
  const goal = e.goal ?? t.goal;
  if (goal.type === 'structure') return undefined;
  if (goal.type === 'grade') return goal.scale[Math.round(forecast.value)];
  if (goal.type === 'milestone')
    return forecast.value >= 1 ? MILESTONE_WORDS.reached : MILESTONE_WORDS.notReached;
  if (t.kind === 'average-growth') return rateText(forecast.value, t);
  return formatTargetValue(t, forecast.value);
}

/** Whether every year of a figure's span lies in an approved period ("2021-2023" needs 2021,
 * 2022 and 2023). */
export function isApprovedFigure(period: PeriodCode, approved: readonly PeriodCode[]): boolean {
  const p = parsePeriod(period);
  if (!p.ok) return false;
  const inside = (code: PeriodCode): boolean =>
    approved.some((a) => isPeriodCode(a) && isPeriodInside(code, a));
  if (p.period.kind !== 'term') return inside(p.code);
  for (let y = p.period.startYear; y <= p.period.endYear; y++) if (!inside(String(y))) return false;
  return true;
}

/** What every surface shows of an evaluation, by the target's own rules; with the approved
 * periods, whether the figure judged is approved. */
export function viewTarget(
  e: TargetEvaluation,
  config: AssessmentConfig,
  approvedPeriods?: readonly PeriodCode[],
): TargetView {
  const t = e.target;
  const rule = percentRule(t, config);
  const view: TargetView = { goal: formatGoal(t, e.goal ?? t.goal), plans: [] };
  const o = e.latestObservation;
  const discrete = t.goal.type === 'milestone' || t.goal.type === 'grade' || t.goal.type === 'structure';
  const a = e.achievement;
  if (discrete && o) view.actual = { text: formatFigure(t, o.value), period: o.period, status: o.status };
  else if (t.kind === 'average-growth' && e.averageGrowth !== undefined)
    view.actual = {
      text: rateText(e.averageGrowth, t),
      value: e.averageGrowth,
      ...(a?.basis ? { period: a.basis.period, status: a.basis.status } : {}),
    };
  else if (a && (isTotal(t) || a.basis))
    view.actual = {
      text: hedged(formatTargetValue(t, a.actual), isTotal(t) ? undefined : a.basis?.hedge),
      value: a.actual,
      ...(a.basis ? { period: a.basis.period, status: a.basis.status } : {}),
    };
  else if (e.latest)
    view.actual = {
      text: hedged(formatTargetValue(t, e.latest.value), e.latest.hedge),
      value: e.latest.value,
      period: e.latest.period,
      status: e.latest.status,
    };
  if (view.actual?.period !== undefined && approvedPeriods)
    view.actual.approved = isApprovedFigure(view.actual.period, approvedPeriods);
  const l = e.latest;
  if (
    l &&
    !discrete &&
    view.actual?.period !== undefined &&
    view.actual.period !== l.period &&
    t.kind !== 'average-growth'
  )
    view.latest = {
      text: hedged(formatTargetValue(t, l.value), l.hedge),
      value: l.value,
      period: l.period,
      status: l.status,
    };
  if (a && Number.isFinite(a.ratio)) view.percentOfGoal = showPercent(a.ratio, rule.decimals, rule.mode);
  view.plans = e.plans.map((p) => ({
    label: p.label,
    period: p.period,
    percent: showPercent(p.ratio, p.percentDecimals ?? rule.decimals, p.rounding ?? rule.mode),
  }));
  const y = e.yearOnYear;
  if (y) {
    const points = changesInPoints(t);
    const change = points
      ? showNumber(y.absoluteChange, Math.max(1, t.precision), rule.mode)
      : showNumber(y.change * 100, rule.decimals, rule.mode);
    const sign = change.value > 0 ? '+' : '';
    view.yearOnYear = {
      change,
      unit: points ? 'points' : 'percent',
      text: points ? `${sign}${change.text} điểm %` : `${sign}${change.text}%`,
    };
  }
  const need = needText(e);
  if (need) view.need = need;
  const pace = paceText(e);
  if (pace) view.pace = pace;
  const forecast = forecastText(e);
  if (forecast) view.forecast = forecast;
  if (forecast && e.forecast?.ratio !== undefined && Number.isFinite(e.forecast.ratio))
    view.forecastPercent = showPercent(e.forecast.ratio, rule.decimals, rule.mode);
  return view;
}
