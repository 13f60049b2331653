/**
 * Roll-ups: one value for a whole (a province, or a new unit made of old ones) from the values of
 * its parts, by the kind of the target, never by a plain sum or mean of whatever was entered:
 * - 'sum': values that add up over units (revenue, production value, investment, population,
 *   area, counts) are summed, each part times its share (an old commune split between two new
 *   ones gives each its share of the figure);
 * - 'ratio-from-parts': ratios and per-capita values are recomputed from numerators and
 *   denominators: Σ(value × denominator × share) / Σ(denominator × share), the denominator being
 *   a named figure of each part (population, labour force, households);
 * - 'growth-from-levels': an average growth entered as levels is recomputed from the summed
 *   levels of the base year and the last year, never averaged from the parts' rates;
 * - 'not-additive': rates entered as rates, milestones, grades, structures and ranges are never
 *   summed ("không cộng được").
 * A roll-up with a part missing its value, its share or its denominator has no value: it says
 * which parts are missing rather than giving a total that is not one.
 */
import { defaultAggregation } from './aggregation';
import type { Target } from './model';

/** How a target's values combine over units. */
export type RollupMethod = 'sum' | 'ratio-from-parts' | 'growth-from-levels' | 'not-additive';

/** Why a target's values do not combine. */
export type NotAdditiveCause = 'rate' | 'milestone' | 'grade' | 'structure' | 'range';

/** The rule for a target. */
export type RollupRule =
  | { method: 'sum' }
  | { method: 'ratio-from-parts' }
  | { method: 'growth-from-levels' }
  | { method: 'not-additive'; cause: NotAdditiveCause };

const PER_HEAD = /bình quân|đầu người|binh-quan|dau-nguoi|\/\s*người|mật độ|tỷ lệ|tỷ trọng|ty-le|ty-trong/i;

/** The roll-up rule of a target, from its kind, unit and name. */
export function rollupRuleOf(
  target: Pick<
    Target,
    'kind' | 'unit' | 'name' | 'indicator' | 'seriesBasis' | 'accumulation' | 'aggregation'
  >,
): RollupRule {
  switch (target.kind) {
    case 'milestone':
      return { method: 'not-additive', cause: 'milestone' };
    case 'grade':
      return { method: 'not-additive', cause: 'grade' };
    case 'structure':
      return { method: 'not-additive', cause: 'structure' };
    case 'range':
      return { method: 'not-additive', cause: 'range' };
    case 'average-growth':
      return defaultAggregation(target) === 'flow' && target.seriesBasis !== 'growth-rate'
        ? { method: 'growth-from-levels' }
        : { method: 'not-additive', cause: 'rate' };
    case 'ratio':
      return { method: 'ratio-from-parts' };
    default: {
      const perHead = PER_HEAD.test(`${target.name.normalize('NFC')} ${target.indicator ?? ''}`);
      if (target.unit.includes('%'))
        return perHead ? { method: 'ratio-from-parts' } : { method: 'not-additive', cause: 'rate' };
      return perHead ? { method: 'ratio-from-parts' } : { method: 'sum' };
    }
  }
}

/** One part of the whole. `share` (0..1], default 1: the part of the unit that belongs to the
 * whole; `null` when a split's share is unknown. */
export interface RollupPart {
  unitCode: string;
  share?: number | null;
  /** The part's value for the period (a level, a total, a ratio). */
  value?: number;
  /** The denominator for 'ratio-from-parts' (population…). */
  denominator?: number;
  /** Levels for 'growth-from-levels': base year and last year. */
  levels?: { base: number; last: number };
}

/** Why the roll-up has no value. */
export type RollupGap =
  'not-additive' | 'missing-value' | 'missing-share' | 'missing-denominator' | 'no-parts';

/** The rolled-up value, or why there is none. */
export interface RollupResult {
  rule: RollupRule;
  /** null when the values do not combine or a part is missing something. */
  value: number | null;
  gap?: RollupGap;
  /** Parts the value rests on. */
  used: string[];
  /** Parts lacking what the rule needs. */
  missing: string[];
  /** Whether some part counts only in part (a split's share below 1). */
  partial: boolean;
  /** 'ratio-from-parts': the summed denominator; 'growth-from-levels': the summed levels. */
  denominator?: number;
  levels?: { base: number; last: number };
}

/** Rolls the parts up by the rule; `years` is the number of years between the base and the last
 * level for a growth (the average growth per year is computed over them). */
export function rollUp(
  rule: RollupRule,
  parts: readonly RollupPart[],
  options: { years?: number } = {},
): RollupResult {
  const base = { rule, used: [] as string[], missing: [] as string[], partial: false };
  if (rule.method === 'not-additive') return { ...base, value: null, gap: 'not-additive' };
  if (parts.length === 0) return { ...base, value: null, gap: 'no-parts' };
  const missingShare = parts.filter((p) => p.share === null).map((p) => p.unitCode);
  if (missingShare.length) return { ...base, value: null, gap: 'missing-share', missing: missingShare };
  const share = (p: RollupPart) => (p.share === undefined || p.share === null ? 1 : p.share);
  const partial = parts.some((p) => share(p) < 1);
  const used = parts.map((p) => p.unitCode);
  if (rule.method === 'sum') {
    const missing = parts.filter((p) => !isNum(p.value)).map((p) => p.unitCode);
    if (missing.length) return { ...base, value: null, gap: 'missing-value', missing, partial };
    return { ...base, used, partial, value: parts.reduce((s, p) => s + (p.value as number) * share(p), 0) };
  }
  if (rule.method === 'ratio-from-parts') {
    const noValue = parts.filter((p) => !isNum(p.value)).map((p) => p.unitCode);
    if (noValue.length) return { ...base, value: null, gap: 'missing-value', missing: noValue, partial };
    const noDen = parts
      .filter((p) => !isNum(p.denominator) || (p.denominator as number) <= 0)
      .map((p) => p.unitCode);
    if (noDen.length) return { ...base, value: null, gap: 'missing-denominator', missing: noDen, partial };
    const den = parts.reduce((s, p) => s + (p.denominator as number) * share(p), 0);
    const num = parts.reduce((s, p) => s + (p.value as number) * (p.denominator as number) * share(p), 0);
    return { ...base, used, partial, value: num / den, denominator: den };
  }
  const noLevels = parts
    .filter((p) => !p.levels || !isNum(p.levels.base) || !isNum(p.levels.last))
    .map((p) => p.unitCode);
  if (noLevels.length) return { ...base, value: null, gap: 'missing-value', missing: noLevels, partial };
  const levels = {
    base: parts.reduce((s, p) => s + (p.levels?.base ?? 0) * share(p), 0),
    last: parts.reduce((s, p) => s + (p.levels?.last ?? 0) * share(p), 0),
  };
  const years = options.years ?? 1;
  const value =
    levels.base > 0 && levels.last > 0 && years > 0
      ? ((levels.last / levels.base) ** (1 / years) - 1) * 100
      : null;
  return value === null
    ? { ...base, value: null, gap: 'missing-value', used, partial, levels }
    : { ...base, value, used, partial, levels };
}

function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** The rule and the gap in Vietnamese, as shown under a roll-up ("không cộng được: …"). */
export function phraseRollup(result: RollupResult, options: { denominatorName?: string } = {}): string {
  const n = result.used.length;
  const share = result.partial ? ' (đơn vị chia tách tính theo tỷ lệ)' : '';
  const missing = result.missing.length ? `: ${result.missing.join(', ')}` : '';
  switch (result.gap) {
    case 'not-additive': {
      const cause = result.rule.method === 'not-additive' ? result.rule.cause : 'rate';
      const what: Record<NotAdditiveCause, string> = {
        rate: 'tốc độ, tỷ lệ nhập dưới dạng % không cộng giữa các đơn vị',
        milestone: 'chỉ tiêu đạt/không đạt không cộng giữa các đơn vị',
        grade: 'xếp loại không cộng giữa các đơn vị',
        structure: 'cơ cấu không cộng giữa các đơn vị',
        range: 'chỉ tiêu trong khoảng không cộng giữa các đơn vị',
      };
      return `Không cộng được: ${what[cause]}.`;
    }
    case 'missing-share':
      return `Chưa cộng được: chưa có tỷ lệ chia tách${missing}.`;
    case 'missing-denominator':
      return `Chưa tính được: thiếu ${options.denominatorName ?? 'mẫu số'}${missing}.`;
    case 'missing-value':
      return `Chưa cộng được: thiếu số liệu${missing}.`;
    case 'no-parts':
      return 'Chưa có đơn vị nào để cộng.';
    default:
      break;
  }
  if (result.rule.method === 'sum') return `Tổng của ${n} đơn vị${share}.`;
  if (result.rule.method === 'ratio-from-parts')
    return `Tính lại từ tử số và mẫu số của ${n} đơn vị (quyền số: ${options.denominatorName ?? 'mẫu số'})${share}, không lấy bình quân các tỷ lệ.`;
  return `Tính lại tốc độ tăng từ tổng giá trị của ${n} đơn vị năm đầu và năm cuối${share}, không lấy bình quân các tốc độ.`;
}
