/**
 * Flows and stocks: whether a target's figures add up over the periods of a year (a quarter's
 * revenue is a part of the year's) or are levels at a point (a poverty rate). See `Aggregation`
 * in model.ts for what each means for the evaluation.
 */
import type { Aggregation, Target } from './model';

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
