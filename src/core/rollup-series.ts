/**
 * The history of a new unit read through the units it was made of: for each year, the old
 * units' figures rolled up by the kind of the target (rollup.ts), each old unit weighted by the
 * share that went to the new one (1 for a merge, a rename, a change of type or a continuing
 * unit; the recorded share for a split, none when it is not known yet). A growth is recomputed
 * each year from the summed levels of that year and the year before.
 */
import type { PeriodCode } from './model';
import { rollUp, type RollupPart, type RollupResult, type RollupRule } from './rollup';

/** One old unit: its yearly figures (and denominators for ratios) and its share. */
export interface SeriesPart {
  unitCode: string;
  share: number | null;
  values: ReadonlyMap<number, number>;
  denominators?: ReadonlyMap<number, number>;
}

/** A year of the rolled-up history. */
export interface SeriesYear {
  period: PeriodCode;
  result: RollupResult;
}

/** Rolls the parts up year by year over `years`. */
export function rollUpSeries(
  rule: RollupRule,
  parts: readonly SeriesPart[],
  years: readonly number[],
): SeriesYear[] {
  return years.map((year) => {
    const yearParts: RollupPart[] = parts.map((p) => {
      const part: RollupPart = { unitCode: p.unitCode, share: p.share };
      const value = p.values.get(year);
      if (value !== undefined) part.value = value;
      const den = p.denominators?.get(year);
      if (den !== undefined) part.denominator = den;
      const before = p.values.get(year - 1);
      if (rule.method === 'growth-from-levels' && value !== undefined && before !== undefined)
        part.levels = { base: before, last: value };
      return part;
    });
    return { period: String(year), result: rollUp(rule, yearParts, { years: 1 }) };
  });
}
