/**
 * Flows and stocks: whether a target's figures add up over the periods of a year (a quarter's
 * revenue is a part of the year's) or are levels at a point (a poverty rate). See `Aggregation`
 * in model.ts for what each means for the evaluation.
 */
import type { Aggregation, Observation, Target, ValueStatus } from './model';
import { bestFor, numericValue } from './values';

/** Whether a unit of measure is money ("tỷ đồng", "triệu USD", "đồng"). */
export function isMoneyUnit(unit: string): boolean {
  return /(^|\s)(đồng|usd)$/i.test(unit.trim());
}

/** The aggregation of a target: its own, or the default by kind and unit (see `Aggregation` in model.ts). */
export function defaultAggregation(
  target: Pick<Target, 'kind' | 'unit' | 'accumulation' | 'seriesBasis' | 'aggregation'>,
): Aggregation {
  if (target.aggregation) return target.aggregation;
  switch (target.kind) {
    case 'cumulative-total':
      return 'flow';
    case 'count':
      return target.accumulation === 'additions' ? 'flow' : 'stock';
    case 'average-growth':
      return target.seriesBasis === 'growth-rate' ? 'stock' : 'flow';
    case 'end-level':
    case 'annual-threshold':
      return isMoneyUnit(target.unit) ? 'flow' : 'stock';
    default:
      return 'stock';
  }
}

const STATUS_ORDER: readonly ValueStatus[] = ['estimate', 'preliminary', 'official'];

/** The parts of a year whose amounts add up to the year's, in the order tried. */
function partsOfYear(year: number): string[][] {
  return [
    [1, 2, 3, 4].map((q) => `${year}-Q${q}`),
    [`${year}-H1`, `${year}-H2`],
    [`${year}-9M`, `${year}-Q4`],
  ];
}

/**
 * A flow's whole-year figure added up from its parts when no figure for the year was entered: the
 * four quarters, the two halves, or nine months and the fourth quarter. The weakest status of the
 * parts is the sum's ("ước" if one part is an estimate). Undefined when no set of parts is
 * complete. Only for flows: a stock's quarters do not add up.
 */
export function yearFromParts(observations: readonly Observation[], year: number): Observation | undefined {
  for (const parts of partsOfYear(year)) {
    const figures = parts.map((period) => bestFor(observations, period));
    const values = figures.map(numericValue);
    if (values.some((v) => v === undefined)) continue;
    const first = figures[0] as Observation;
    const weakest = Math.min(...figures.map((f) => STATUS_ORDER.indexOf((f as Observation).status)));
    return {
      targetId: first.targetId,
      period: String(year),
      value: (values as number[]).reduce((sum, v) => sum + v, 0),
      status: STATUS_ORDER[weakest] ?? 'estimate',
      revision: 1,
      comment: `Cộng từ ${parts.join(', ')}`,
    };
  }
  return undefined;
}
