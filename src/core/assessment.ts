/**
 * Suggested judgements, each later overridable by the committee with a reason: the band against
 * the Congress target, the end-of-term verdict and the traffic light. Percentages are rounded at
 * the configured decimals before they are compared (round before banding).
 */
import type { AssessmentConfig } from './config';
import type { Achievement, FinalAssessment, Forecast, Pace, Suggestions } from './evaluation-types';
import { exceedsGoal, isGoalAtBound, ratioPercent } from './goal-check';
import type { AssessmentOverride, Band, Light, Target, Verdict } from './model';
import { formatNumberVi } from './vi-number';

/** The band of an achievement percentage (already rounded) under the config. */
export function bandOf(percent: number | undefined, config: AssessmentConfig): Band {
  if (percent === undefined || !Number.isFinite(percent)) return 'not-assessable';
  const { high, low } = config.bandThresholds;
  const inclusive = config.bandEdges === 'inclusive';
  if (inclusive ? percent >= high : percent > high) return 'above-80';
  if (inclusive ? percent >= low : percent > low) return 'above-50';
  return 'below-50';
}

/** The band of an achievement (its ratio rounded at the configured decimals first). */
export function suggestBand(achievement: Achievement | undefined, config: AssessmentConfig): Band {
  if (!achievement) return 'not-assessable';
  return bandOf(achievement.percent ?? ratioPercent(achievement.ratio, config), config);
}

/** What the verdict is suggested from. */
export interface VerdictInput {
  target: Target;
  achievement?: Achievement;
  forecast?: Forecast;
  metEarly?: boolean;
  /** Where the measure should be by now (see pace.ts). */
  pace?: Pace;
  /** Whether the as-of is at or after the end of the target year. */
  termEnded?: boolean;
  /** Share of the time from the base year to the end of the target year elapsed at the as-of. */
  elapsedShare?: number;
}

/**
 * The end-of-term verdict: 'propose-adjust' for a dropped target (or, when configured, one whose
 * forecast falls below `proposeAdjustBelowPercent`); 'not-assessable' without data;
 * 'met-early' for a total or milestone already reached; otherwise by the forecast: 'exceed' when
 * it goes beyond the goal (higher-is-better only, and never for a share whose goal is 100%),
 * 'meet' when it meets it, 'very-high-effort'.
 */
export function suggestVerdict(input: VerdictInput, config: AssessmentConfig): Verdict {
  const { target, achievement, forecast, pace } = input;
  if (target.dropped) return 'propose-adjust';
  // A milestone not reached in the first half of the time to its due date is not late yet; from
  // the middle on (the mid-term review) it needs very high effort.
  if (target.kind === 'milestone' && !achievement?.met && (input.elapsedShare ?? 1) < 0.5) return 'not-due';
  if (input.termEnded && achievement) return verdictAtEnd(target, achievement, config);
  // No forecast beyond holding the latest figure yet (the first months of a term): the pace.
  if (pace && !input.metEarly && (!forecast || forecast.method === 'latest'))
    return pace.onPace ? 'on-track' : 'very-high-effort';
  if (!achievement || !forecast) return 'not-assessable';
  if (input.metEarly) return 'met-early';
  if (config.proposeAdjustBelowPercent !== undefined && forecast.ratio !== undefined) {
    if (ratioPercent(forecast.ratio, config) < config.proposeAdjustBelowPercent) return 'propose-adjust';
  }
  if (!forecast.met) return 'very-high-effort';
  return beyondGoal(target, forecast.value, config) ? 'exceed' : 'meet';
}

/** Whether a value that meets the goal goes beyond it ("vượt"): higher-is-better only, never for
 * a share whose goal is 100%. */
function beyondGoal(target: Target, value: number, config: AssessmentConfig): boolean {
  if (target.goal.type === 'number')
    return !isGoalAtBound(target.goal.value, target) && exceedsGoal(value, target.goal.value, target, config);
  return target.goal.type === 'range' && value > target.goal.max && target.direction === 'higher-is-better';
}

/** Once the term is over: vượt / hoàn thành when met, cơ bản đạt from `basicallyMetPercent`, else
 * không đạt. */
function verdictAtEnd(target: Target, achievement: Achievement, config: AssessmentConfig): Verdict {
  if (achievement.met) return beyondGoal(target, achievement.actual, config) ? 'exceed' : 'meet';
  const percent = achievement.percent ?? ratioPercent(achievement.ratio, config);
  return percent >= config.basicallyMetPercent ? 'basically-met' : 'not-met';
}

/** The traffic light: green when on track (exceed, meet, met early); orange when it needs very
 * high effort but stands above the lowest band; red when below it or proposed for adjustment;
 * grey when not assessable or dropped. */
export function suggestLight(verdict: Verdict, band: Band, target: Target): Light {
  switch (verdict) {
    case 'exceed':
    case 'meet':
    case 'met-early':
    case 'on-track':
      return 'green';
    case 'basically-met':
      return 'orange';
    case 'not-met':
      return 'red';
    case 'not-due':
      return 'grey';
    case 'very-high-effort':
      return band === 'below-50' || band === 'not-assessable' ? 'red' : 'orange';
    case 'propose-adjust':
      return target.dropped ? 'grey' : 'red';
    case 'not-assessable':
      return 'grey';
  }
}

/** Applies the committee's overrides to the suggestions (the last override per scheme wins). */
export function finalAssessment(
  suggestions: Suggestions,
  overrides: readonly AssessmentOverride[],
): FinalAssessment {
  const final: FinalAssessment = {
    band: suggestions.band,
    verdict: suggestions.verdict,
    light: suggestions.light,
    overridden: [],
  };
  if (overrides.length === 0) return final;
  const last = new Map<AssessmentOverride['scheme'], AssessmentOverride>();
  for (const o of overrides) last.set(o.scheme, o);
  for (const o of last.values()) {
    if (o.scheme === 'band') final.band = o.label as Band;
    else if (o.scheme === 'verdict') final.verdict = o.label as Verdict;
    else final.light = o.label as Light;
    final.overridden.push({ scheme: o.scheme, reason: o.reason });
  }
  return final;
}

/** Order of lights on every list: red first, not assessable last. */
export const LIGHT_ORDER: Record<Light, number> = { red: 0, orange: 1, green: 2, grey: 3 };

/** Red first, then within a colour the lowest achievement first (none last): the order leaders
 * read a board in. */
export function compareRedFirst(
  a: { light: Light; ratio?: number | null | undefined },
  b: { light: Light; ratio?: number | null | undefined },
): number {
  return LIGHT_ORDER[a.light] - LIGHT_ORDER[b.light] || (a.ratio ?? Infinity) - (b.ratio ?? Infinity);
}

/** Sorts items red first (then orange, green, grey), keeping the given order within a colour. */
export function sortRedFirst<T extends { final: { light: Light } }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => LIGHT_ORDER[a.item.final.light] - LIGHT_ORDER[b.item.final.light] || a.i - b.i)
    .map((x) => x.item);
}

/** The band label with the configured thresholds: "Đạt trên 80% mục tiêu", "Đạt dưới 50% mục tiêu". */
export function bandLabel(band: Band, config: AssessmentConfig, lang: 'vi' | 'en' = 'vi'): string {
  const { high, low } = config.bandThresholds;
  const n = (x: number): string => (lang === 'vi' ? formatNumberVi(x, 2, { trimZeros: true }) : String(x));
  const vi: Record<Band, string> = {
    'above-80': `Đạt trên ${n(high)}% mục tiêu`,
    'above-50': `Đạt trên ${n(low)}% mục tiêu`,
    'below-50': `Đạt dưới ${n(low)}% mục tiêu`,
    'not-assessable': 'Chưa đánh giá được',
  };
  const en: Record<Band, string> = {
    'above-80': `Above ${n(high)}% of the target`,
    'above-50': `Above ${n(low)}% of the target`,
    'below-50': `Below ${n(low)}% of the target`,
    'not-assessable': 'Not assessable',
  };
  return (lang === 'vi' ? vi : en)[band];
}
